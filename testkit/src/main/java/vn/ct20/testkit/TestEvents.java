package vn.ct20.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;

/** A real Kafka consumer and producer for tests: read what a service published, send it events. */
public final class TestEvents {
    /** The source of the placeholder returned for a record that is not an event envelope. */
    public static final String UNREADABLE = "unreadable";
    private TestEvents() {
    }

    /**
     * Reads {@code topic} from the beginning (a fresh consumer group) until {@code count} events match,
     * or {@code timeout} passes; returns the matching events in topic order per partition.
     */
    public static List<EventEnvelope> await(String topic, Predicate<EventEnvelope> match, int count, Duration timeout) {
        List<EventEnvelope> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    EventEnvelope event = read(record.value());
                    if (match.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }

    /** Sends a record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send a test event to " + topic, e);
        }
    }

    public static String toJson(EventEnvelope event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static EventEnvelope read(String value) {
        try {
            return EventJson.mapper().readValue(value, EventEnvelope.class);
        } catch (Exception e) {
            return new EventEnvelope(null, null, null, UNREADABLE, null, null, null, null);
        }
    }
}
