package vn.ct20.platform.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ct20.events.Topic;

/**
 * Creates the suite's topics (and their dead-letter topics) at start-up and waits until every
 * partition answers a ListOffsets request before anything is produced. Producing right after
 * createTopics can lose records silently (KAFKA-15591); waiting for the partitions closes that gap.
 * Runs in the background and retries, so a service starts even while Kafka is down.
 */
@ApplicationScoped
public class TopicSetup {
    private static final Logger LOG = Logger.getLogger(TopicSetup.class);

    @Inject
    KafkaClients clients;

    @ConfigProperty(name = "ct20.kafka.replication-factor", defaultValue = "1")
    short replicationFactor;

    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile boolean stopping;
    private Thread worker;

    void onStart(@Observes StartupEvent event) {
        worker = new Thread(this::createUntilReady, "ct20-topic-setup");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** Blocks until the topics exist and answer; false if the timeout passed first. */
    public boolean awaitReady(long timeout, TimeUnit unit) throws InterruptedException {
        return ready.await(timeout, unit);
    }

    private void createUntilReady() {
        long backoffMs = 500;
        while (!stopping) {
            try (Admin admin = clients.admin()) {
                createTopics(admin);
                awaitPartitions(admin);
                ready.countDown();
                LOG.infof("Kafka topics ready: %s", topicNames());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Kafka topics not ready yet (%s); retrying in %d ms", e.getMessage(), backoffMs);
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMs = Math.min(backoffMs * 2, 10_000);
            }
        }
    }

    private void createTopics(Admin admin) throws InterruptedException, ExecutionException {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            Map<String, String> config = new HashMap<>();
            if (topic.compacted()) {
                config.put("cleanup.policy", "compact");
            }
            topics.add(new NewTopic(topic.topicName(), topic.partitions(), replicationFactor).configs(config));
            topics.add(new NewTopic(topic.deadLetterTopicName(), 1, replicationFactor));
        }
        var result = admin.createTopics(topics);
        for (var future : result.values().values()) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    private void awaitPartitions(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (Topic topic : Topic.values()) {
            for (int p = 0; p < topic.partitions(); p++) {
                request.put(new TopicPartition(topic.topicName(), p), OffsetSpec.latest());
            }
            request.put(new TopicPartition(topic.deadLetterTopicName(), 0), OffsetSpec.latest());
        }
        admin.listOffsets(request).all().get(10, TimeUnit.SECONDS);
    }

    private static List<String> topicNames() {
        return Topic.all().stream().map(Topic::topicName).toList();
    }
}
