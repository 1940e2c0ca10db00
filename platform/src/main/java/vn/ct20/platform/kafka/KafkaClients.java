package vn.ct20.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Makes Kafka clients from the {@code kafka.*} configuration (bootstrap servers and, for an
 * operator's cluster, its security settings), with the settings reliability needs.
 */
@ApplicationScoped
public class KafkaClients {
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private Map<String, Object> base() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        // Quarkus adds keys for its own use; Kafka warns about unknown ones but ignores them.
        config.keySet().removeIf(key -> key.startsWith("devservices") || key.startsWith("health") || key.startsWith("snappy"));
        return config;
    }

    public String bootstrapServers() {
        return String.valueOf(kafkaConfig.get("bootstrap.servers"));
    }

    public Admin admin() {
        Map<String, Object> config = base();
        config.put("request.timeout.ms", 5000);
        config.put("default.api.timeout.ms", 10000);
        return Admin.create(config);
    }

    /** Idempotent, acks=all: a record is either on every in-sync replica once, or reported failed. */
    public KafkaProducer<String, String> reliableProducer(String clientId) {
        Map<String, Object> config = base();
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // Fail fast while the broker is down: the rows stay in the outbox and go out later.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    public KafkaConsumer<String, String> consumer(String groupId, String clientId) {
        Map<String, Object> config = base();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }
}
