package vn.ct20.plan.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ct20.events.EventType;
import vn.ct20.events.Topic;
import vn.ct20.events.unit.UnitChangedV1;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;

/**
 * Thousands of events written right after start-up all arrive. An idempotent producer that
 * produces just after topic creation can lose records silently (KAFKA-15591: 8,968 of 10,000
 * delivered in one test here); this fails if the start-up guard against it is removed.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class OutboxBulkDeliveryTest {
    static final int EVENTS = 3_000;

    @Inject
    Outbox outbox;

    @Test
    void everyEventOfABurstIsDelivered() {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < EVENTS; i++) {
                UnitChangedV1 unit = new UnitChangedV1("B" + batch + i, "Đơn vị thử " + i, "COMMUNE", "VN",
                        LocalDate.of(2025, 7, 1), null, null, 0);
                outbox.publish(EventType.UNIT_CHANGED_V1, unit.key(), unit);
            }
        });
        Set<String> subjects = new HashSet<>();
        TestEvents.await(Topic.UNIT_EVENTS.topicName(), e -> e.subject() != null && e.subject().startsWith("B" + batch),
                EVENTS, Duration.ofSeconds(120)).forEach(e -> subjects.add(e.subject()));
        assertEquals(EVENTS, subjects.size(), "every event of the burst reached the topic");
    }
}
