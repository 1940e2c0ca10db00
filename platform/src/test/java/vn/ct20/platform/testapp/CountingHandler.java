package vn.ct20.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.Topic;
import vn.ct20.platform.consumer.EventHandler;

/** A consumer of the test application that counts how often each event subject was applied: an effect the test can see. */
@ApplicationScoped
public class CountingHandler implements EventHandler {
    private final Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();

    @Override
    public String consumerName() {
        return "platform-test-counter";
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.UNIT_EVENTS);
    }

    @Override
    public void handle(EventEnvelope event) {
        applied.computeIfAbsent(event.subject(), s -> new AtomicInteger()).incrementAndGet();
    }

    int timesApplied(String subject) {
        AtomicInteger count = applied.get(subject);
        return count == null ? 0 : count.get();
    }
}
