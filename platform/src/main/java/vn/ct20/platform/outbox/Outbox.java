package vn.ct20.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;
import vn.ct20.events.EventType;

/**
 * Records an event in the {@code outbox_event} table inside the caller's transaction: the event
 * exists if and only if the business change commits. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {
    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    private final ObjectMapper json = EventJson.mapper();
    private final Clock clock = Clock.systemUTC();

    /**
     * @param subject the aggregate id; it is the record key, so one aggregate's events stay in order
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventType type, String subject, Record payload) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type.type() + " carries " + type.payloadType().getSimpleName()
                    + ", not " + payload.getClass().getSimpleName());
        }
        UUID id = UUID.randomUUID();
        EventEnvelope envelope = EventEnvelope.of(id, type.type(), "/ct20/" + serviceName, subject,
                OffsetDateTime.now(clock), json.valueToTree(payload));
        String value;
        try {
            value = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type.type() + " cannot be written as JSON", e);
        }
        entityManager.createNativeQuery("""
                        INSERT INTO outbox_event (id, topic, message_key, event_type, envelope)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, id)
                .setParameter(2, type.topic().topicName())
                .setParameter(3, subject)
                .setParameter(4, type.type())
                .setParameter(5, value)
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    /**
     * Records many events of one type in the caller's transaction with batched inserts, for bulk
     * changes such as loading reference data.
     *
     * @param payloadsBySubject each event's subject (record key) and payload, in publishing order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishAll(EventType type, java.util.Map<String, ? extends Record> payloadsBySubject) {
        if (payloadsBySubject.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String source = "/ct20/" + serviceName;
        entityManager.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox_event (id, topic, message_key, event_type, envelope) VALUES (?, ?, ?, ?, ?)""")) {
                int pending = 0;
                for (var entry : payloadsBySubject.entrySet()) {
                    UUID id = UUID.randomUUID();
                    EventEnvelope envelope = EventEnvelope.of(id, type.type(), source, entry.getKey(), now,
                            json.valueToTree(entry.getValue()));
                    insert.setObject(1, id);
                    insert.setString(2, type.topic().topicName());
                    insert.setString(3, entry.getKey());
                    insert.setString(4, type.type());
                    insert.setString(5, json.writeValueAsString(envelope));
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Event " + type.type() + " cannot be written as JSON", e);
            }
        });
        wakeRelayAfterCommit();
        return payloadsBySubject.size();
    }

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
