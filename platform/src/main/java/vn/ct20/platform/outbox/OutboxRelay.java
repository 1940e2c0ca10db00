package vn.ct20.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ct20.platform.kafka.KafkaClients;
import vn.ct20.platform.kafka.TopicSetup;

/**
 * Publishes outbox rows to Kafka after their transaction commits: woken at once by each commit,
 * and sweeping every {@code ct20.outbox.sweep-interval} for anything left (a crash, a broker
 * outage). Several replicas can run it side by side: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, and only the oldest pending row of each key is claimed, so the
 * events of one aggregate are published in the order they were written. A row is marked published
 * only after Kafka acknowledged it on all in-sync replicas.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The oldest pending row of each key: a later event waits until the one before it is published. */
    /** An event waiting to be published. */
    public record Pending(UUID id, String topic, String messageKey, String eventType, String envelope) {
    }

    private static final String CLAIM_HEADS = """
            SELECT o.id, o.topic, o.message_key, o.event_type, o.envelope
              FROM outbox_event o
             WHERE o.published_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM outbox_event earlier
                                WHERE earlier.topic = o.topic AND earlier.message_key = o.message_key
                                  AND earlier.published_at IS NULL AND earlier.seq < o.seq)
             ORDER BY o.seq
             LIMIT ?1
               FOR UPDATE OF o SKIP LOCKED""";

    @Inject
    EntityManager entityManager;

    @Inject
    KafkaClients clients;

    @Inject
    TopicSetup topics;

    @ConfigProperty(name = "ct20.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "ct20.outbox.sweep-interval", defaultValue = "PT1S")
    Duration sweepInterval;

    @ConfigProperty(name = "ct20.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "ct20.outbox.retention", defaultValue = "P7D")
    Duration retention;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @Inject
    MeterRegistry metrics;

    /** Events not yet on Kafka; a number that keeps growing means the relay is stuck (see the log). */
    private final AtomicLong pending = new AtomicLong();
    private Counter published;
    private Counter failures;
    private long lastPendingCount;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private long lastCleanup;

    void onStart(@Observes StartupEvent event) {
        metrics.gauge("ct20.outbox.pending", pending);
        published = metrics.counter("ct20.outbox.published");
        failures = metrics.counter("ct20.outbox.publish.failures");
        if (!enabled) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "ct20-outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** False when the relay should run and its thread has died: nothing would be published any more. */
    public boolean isAlive() {
        return !enabled || worker == null || !running || worker.isAlive();
    }

    /** Called after a commit that wrote outbox rows. */
    void wake() {
        wakeUps.release();
    }

    private void run() {
        try {
            while (running && !topics.awaitReady(1, TimeUnit.SECONDS)) {
                // The topics are created in the background; publishing before they answer can lose records.
            }
            producer = clients.reliableProducer(serviceName + "-outbox-relay");
            long failedAttempts = 0;
            while (running) {
                wakeUps.tryAcquire(sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                try {
                    while (running && publishBatch() == batchSize) {
                        // A full batch: there may be more right behind it.
                    }
                    failedAttempts = 0;
                    cleanupPublished();
                    countPending();
                } catch (RuntimeException e) {
                    failedAttempts++;
                    failures.increment();
                    if (failedAttempts == 1 || failedAttempts % 30 == 0) {
                        LOG.warnf("Outbox relay could not publish (attempt %d), will retry: %s", failedAttempts, e.getMessage());
                    }
                    countPending();
                    Thread.sleep(Math.min(200L * failedAttempts, 5_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Publishes one batch in one transaction; returns how many rows it published. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            @SuppressWarnings("unchecked")
            List<Pending> rows = entityManager.createNativeQuery(CLAIM_HEADS, Pending.class).setParameter(1, batchSize).getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            List<Future<?>> acks = new ArrayList<>(rows.size());
            List<UUID> ids = new ArrayList<>(rows.size());
            for (Pending row : rows) {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.messageKey(), row.envelope());
                record.headers().add(new RecordHeader("ce_type", row.eventType().getBytes()));
                acks.add(producer.send(record));
                ids.add(row.id());
            }
            producer.flush();
            for (Future<?> ack : acks) {
                ack.get(30, TimeUnit.SECONDS); // throws if Kafka did not take it: the rows stay pending
            }
            entityManager.createNativeQuery("UPDATE outbox_event SET published_at = now(), attempts = attempts + 1 WHERE id IN (?1)")
                    .setParameter(1, ids)
                    .executeUpdate();
            published.increment(rows.size());
            return rows.size();
        });
    }

    /** Refreshes the pending gauge, at most every 5 seconds (an index-only count on the partial index). */
    private void countPending() {
        long now = System.currentTimeMillis();
        if (now - lastPendingCount < 5_000) {
            return;
        }
        lastPendingCount = now;
        try {
            pending.set(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL").getSingleResult()).longValue()));
        } catch (RuntimeException e) {
            LOG.debugf("Could not count pending outbox events: %s", e.getMessage());
        }
    }

    private void cleanupPublished() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < 3_600_000L) {
            return;
        }
        lastCleanup = now;
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM outbox_event WHERE published_at < now() - cast(?1 AS interval)")
                .setParameter(1, retention.toSeconds() + " seconds")
                .executeUpdate());
    }
}
