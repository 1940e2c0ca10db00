package vn.ct20.platform.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;
import vn.ct20.events.Topic;
import vn.ct20.platform.kafka.KafkaClients;
import vn.ct20.platform.kafka.TopicSetup;

/**
 * Runs every {@link EventHandler} bean on its own thread with its own Kafka consumer group.
 * Offsets are committed after the effects: delivery is at least once, and the processed-event
 * table makes the effect happen once. Each poll is applied in one transaction. A record that cannot be read, or whose handling fails
 * {@code ct20.consumer.max-attempts} times, is copied to the dead-letter topic with the error in
 * its headers, and the consumer moves on.
 */
@ApplicationScoped
public class EventConsumers {
    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    @Inject
    @All
    List<EventHandler> handlers;

    @Inject
    KafkaClients clients;

    @Inject
    TopicSetup topics;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @ConfigProperty(name = "ct20.consumer.max-attempts", defaultValue = "3")
    int maxAttempts;

    @ConfigProperty(name = "ct20.consumer.retry-backoff", defaultValue = "PT0.2S")
    Duration retryBackoff;

    private final ObjectMapper json = EventJson.mapper();
    private final List<Runner> runners = new ArrayList<>();
    private final java.util.Map<String, Thread> threads = new java.util.concurrent.ConcurrentHashMap<>();

    void onStart(@Observes StartupEvent event) {
        for (EventHandler handler : handlers) {
            Runner runner = new Runner(handler);
            runners.add(runner);
            Thread thread = new Thread(runner, "ct20-consumer-" + handler.consumerName());
            thread.setDaemon(true);
            threads.put(handler.consumerName(), thread);
            thread.start();
        }
    }

    /** Each consumer by name, and whether its thread still runs (one that died, e.g. of an Error, consumes nothing more). */
    public java.util.Map<String, Boolean> consumersAlive() {
        java.util.Map<String, Boolean> alive = new java.util.TreeMap<>();
        threads.forEach((name, thread) -> alive.put(name, thread.isAlive()));
        return alive;
    }

    void onStop(@Observes ShutdownEvent event) {
        runners.forEach(Runner::stop);
    }

    /** The Kafka group id of a handler: one group per service and consumer. */
    public String groupId(EventHandler handler) {
        return "ct20." + serviceName + "." + handler.consumerName();
    }

    /**
     * Handles one event once, in a transaction of its own: records its id and applies it.
     *
     * @return false when this consumer had already processed the event
     */
    public boolean processOnce(EventHandler handler, EventEnvelope event) {
        return QuarkusTransaction.requiringNew().call(() -> applyOnce(handler, event));
    }

    /** Records the event id and applies the event, inside the caller's transaction. */
    private boolean applyOnce(EventHandler handler, EventEnvelope event) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, handler.consumerName())
                .setParameter(2, event.id())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        handler.handle(event);
        return true;
    }

    private final class Runner implements Runnable {
        private final EventHandler handler;
        private volatile boolean running = true;
        private volatile KafkaConsumer<String, String> consumer;

        Runner(EventHandler handler) {
            this.handler = handler;
        }

        void stop() {
            running = false;
            KafkaConsumer<String, String> current = consumer;
            if (current != null) {
                current.wakeup();
            }
        }

        @Override
        public void run() {
            try {
                while (running && !topics.awaitReady(1, TimeUnit.SECONDS)) {
                    // Wait for the topics to exist before subscribing.
                }
            } catch (InterruptedException e) {
                return;
            }
            String group = groupId(handler);
            while (running) {
                try (KafkaConsumer<String, String> kafka = clients.consumer(group, group + "-" + ProcessHandle.current().pid());
                     KafkaProducer<String, String> deadLetters = clients.reliableProducer(group + "-dlt")) {
                    consumer = kafka;
                    kafka.subscribe(handler.topics().stream().map(Topic::topicName).toList());
                    while (running) {
                        ConsumerRecords<String, String> records = kafka.poll(Duration.ofMillis(500));
                        if (!records.isEmpty()) {
                            handleBatch(records, deadLetters);
                            kafka.commitSync();
                        }
                    }
                } catch (WakeupException e) {
                    return; // stopping
                } catch (Exception e) {
                    // Uncommitted records are read again by the next consumer: nothing is skipped.
                    LOG.errorf(e, "Consumer %s failed; restarting it in 2 s", handler.consumerName());
                    try {
                        Thread.sleep(2_000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }

        /**
         * Applies a whole poll in one transaction (a replay of thousands of events takes seconds,
         * not minutes); if that fails, goes through the records one by one, so that only the
         * failing record is retried and, in the end, dead-lettered.
         */
        private void handleBatch(ConsumerRecords<String, String> records, KafkaProducer<String, String> deadLetters) {
            Map<ConsumerRecord<String, String>, EventEnvelope> readable = new LinkedHashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                try {
                    EventEnvelope event = json.readValue(record.value(), EventEnvelope.class);
                    if (event.id() == null || event.type() == null) {
                        throw new IllegalArgumentException("envelope without id or type");
                    }
                    readable.put(record, event);
                } catch (Exception e) {
                    deadLetter(record, deadLetters, "unreadable envelope: " + e.getMessage());
                }
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> readable.values().forEach(event -> applyOnce(handler, event)));
            } catch (RuntimeException batchFailed) {
                readable.forEach((record, event) -> handleWithRetries(record, event, deadLetters));
            }
        }

        private void handleWithRetries(ConsumerRecord<String, String> record, EventEnvelope event,
                                       KafkaProducer<String, String> deadLetters) {
            for (int attempt = 1; ; attempt++) {
                try {
                    processOnce(handler, event);
                    return;
                } catch (RuntimeException e) {
                    if (attempt >= maxAttempts) {
                        deadLetter(record, deadLetters, rootMessage(e));
                        return;
                    }
                    LOG.warnf("Consumer %s failed on event %s (attempt %d of %d): %s",
                            handler.consumerName(), event.id(), attempt, maxAttempts, rootMessage(e));
                    try {
                        Thread.sleep(retryBackoff.toMillis() * attempt);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        private void deadLetter(ConsumerRecord<String, String> record, KafkaProducer<String, String> producer, String error) {
            String topic = record.topic() + Topic.DEAD_LETTER_SUFFIX;
            ProducerRecord<String, String> copy = new ProducerRecord<>(topic, record.key(), record.value());
            copy.headers().add(new RecordHeader("ct20-error", error.getBytes(StandardCharsets.UTF_8)));
            copy.headers().add(new RecordHeader("ct20-consumer", handler.consumerName().getBytes(StandardCharsets.UTF_8)));
            copy.headers().add(new RecordHeader("ct20-origin",
                    (record.topic() + "/" + record.partition() + "@" + record.offset()).getBytes(StandardCharsets.UTF_8)));
            try {
                producer.send(copy).get(30, TimeUnit.SECONDS);
                LOG.errorf("Consumer %s sent %s/%d@%d to %s: %s", handler.consumerName(), record.topic(),
                        record.partition(), record.offset(), topic, error);
            } catch (Exception e) {
                // Not acknowledged: fail the batch so the record is read again rather than lost.
                throw new IllegalStateException("Dead-letter topic " + topic + " did not take the record", e);
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
