package vn.ct20.plan.unit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.Topic;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestInfra;
import vn.ct20.testkit.TestTokens;

/** The outbox delivers unit events to a real consumer of the real broker, also across an outage. */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class UnitEventsTest {
    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");

    @Inject
    EntityManager entityManager;

    @Test
    void aNewUnitIsPublishedOnTheUnitTopic() {
        create("""
                {"code":"X21","name":"Tỉnh Tuyên Quang","kind":"PROVINCE","parentCode":"VN","validFrom":"2004-01-01"}""");
        List<EventEnvelope> events = TestEvents.await(Topic.UNIT_EVENTS.topicName(),
                e -> "X21@2004-01-01".equals(e.subject()), 1, Duration.ofSeconds(30));
        assertEquals(1, events.size(), "one event for the new unit");
        EventEnvelope event = events.get(0);
        assertEquals("ct20.unit.changed.v1", event.type());
        assertEquals("/ct20/plan-service", event.source());
        assertEquals("Tỉnh Tuyên Quang", event.data().get("name").asText());
        assertEquals("VN", event.data().get("parentCode").asText());
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreDeliveredAfterItRestarts() {
        TestInfra.stopKafka();
        try {
            create("""
                    {"code":"X22","name":"Tỉnh Quảng Ninh","kind":"PROVINCE","parentCode":"VN","validFrom":"2004-01-01"}""");
            create("""
                    {"code":"X24","name":"Tỉnh Bắc Giang","kind":"PROVINCE","parentCode":"VN","validFrom":"2004-01-01"}""");
            assertEquals(2L, pendingOutboxRows("X22@2004-01-01", "X24@2004-01-01"),
                    "the events wait in the outbox while the broker is down");
        } finally {
            TestInfra.startKafka();
        }
        List<EventEnvelope> events = TestEvents.await(Topic.UNIT_EVENTS.topicName(),
                e -> List.of("X22@2004-01-01", "X24@2004-01-01").contains(e.subject()), 2, Duration.ofSeconds(60));
        events = TestEvents.await(Topic.UNIT_EVENTS.topicName(),
                e -> List.of("X22@2004-01-01", "X24@2004-01-01").contains(e.subject()), 10, Duration.ofSeconds(3));
        // Delivery is at least once: a batch in flight when the broker came back may be sent again,
        // with the same event id, which consumers use to process it once.
        assertEquals(Set.of("X22@2004-01-01", "X24@2004-01-01"),
                events.stream().map(EventEnvelope::subject).collect(Collectors.toSet()), "both events arrive once the broker is back");
        assertEquals(2, events.stream().map(EventEnvelope::id).distinct().count(), "as two distinct events");
        long deadline = System.currentTimeMillis() + 10_000;
        while (pendingOutboxRows("X22@2004-01-01", "X24@2004-01-01") > 0 && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(0L, pendingOutboxRows("X22@2004-01-01", "X24@2004-01-01"), "and are marked published");
    }

    @Test
    void eventsOfOneUnitKeepTheirOrderAndAreNotDuplicated() {
        create("""
                {"code":"X25","name":"Tỉnh Phú Thọ","kind":"PROVINCE","parentCode":"VN","validFrom":"2004-01-01"}""");
        List<EventEnvelope> events = TestEvents.await(Topic.UNIT_EVENTS.topicName(),
                e -> "X25@2004-01-01".equals(e.subject()), 2, Duration.ofSeconds(5));
        assertEquals(1, events.size(), "published exactly once");
        assertTrue(events.get(0).id() != null);
    }

    private void create(String body) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .post("/api/v1/units").then().statusCode(201);
    }

    private long pendingOutboxRows(String... keys) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND message_key IN (?1)")
                .setParameter(1, List.of(keys))
                .getSingleResult()).longValue();
    }
}
