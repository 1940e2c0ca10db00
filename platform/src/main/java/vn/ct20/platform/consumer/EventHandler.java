package vn.ct20.platform.consumer;

import java.util.Set;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.Topic;

/**
 * A consumer of CT20 events. Implement it as an {@code @ApplicationScoped} bean and
 * {@link EventConsumers} runs it: each event is handled at most once per consumer name, inside
 * the same transaction that records its id, so a redelivered event changes nothing.
 */
public interface EventHandler {

    /** Stable name: part of the Kafka group id and of the processed-event key. Never rename it lightly. */
    String consumerName();

    Set<Topic> topics();

    /**
     * Applies one event. Runs inside a transaction; throw to roll it back. After
     * {@code ct20.consumer.max-attempts} failures the record goes to the topic's dead-letter topic.
     */
    void handle(EventEnvelope event);
}
