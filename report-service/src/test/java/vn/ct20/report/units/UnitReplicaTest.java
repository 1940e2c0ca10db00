package vn.ct20.report.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.Topic;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;

/** The idempotent consumer, with the real broker and database. */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class UnitReplicaTest {
    @Inject
    EntityManager entityManager;

    @Test
    void aRedeliveredEventChangesNothing() {
        EventEnvelope first = UnitFixtures.event("14", "Tỉnh Sơn La", "PROVINCE", "VN", 1);
        UnitFixtures.send(first);
        UnitFixtures.awaitReplica(entityManager, "14", 30_000);

        // The same event (same id) delivered again, here with a tampered payload to make any effect visible.
        EventEnvelope redelivered = EventEnvelope.of(first.id(), first.type(), first.source(), first.subject(), first.time(),
                UnitFixtures.event("14", "Tỉnh Sơn La (bản sao)", "PROVINCE", "VN", 2).data());
        UnitFixtures.send(redelivered);
        // A later, distinct event proves the consumer has read past the redelivered one.
        UnitFixtures.send(UnitFixtures.event("15", "Tỉnh Yên Bái", "PROVINCE", "VN", 1));
        UnitFixtures.awaitReplica(entityManager, "15", 30_000);

        assertEquals("Tỉnh Sơn La", UnitFixtures.replicaName(entityManager, "14"));
        assertEquals(1L, count("SELECT count(*) FROM processed_event WHERE event_id = ?1", first.id()));
    }

    @Test
    void anOlderStateArrivingLateDoesNotOverwriteANewerOne() {
        UnitFixtures.send(UnitFixtures.event("17", "Tỉnh Hòa Bình (mới)", "PROVINCE", "VN", 5));
        UnitFixtures.awaitReplica(entityManager, "17", 30_000);
        UnitFixtures.send(UnitFixtures.event("17", "Tỉnh Hòa Bình (cũ)", "PROVINCE", "VN", 4));
        UnitFixtures.send(UnitFixtures.event("19", "Tỉnh Thái Nguyên", "PROVINCE", "VN", 1));
        UnitFixtures.awaitReplica(entityManager, "19", 30_000);
        assertEquals("Tỉnh Hòa Bình (mới)", UnitFixtures.replicaName(entityManager, "17"));
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheConsumerMovesOn() {
        TestEvents.send(Topic.UNIT_EVENTS.topicName(), "poison", "{not json");
        var deadLetters = TestEvents.await(Topic.UNIT_EVENTS.deadLetterTopicName(), e -> TestEvents.UNREADABLE.equals(e.source()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, deadLetters.size(), "the poison record is parked on " + Topic.UNIT_EVENTS.deadLetterTopicName());
        UnitFixtures.send(UnitFixtures.event("11", "Tỉnh Điện Biên", "PROVINCE", "VN", 1));
        UnitFixtures.awaitReplica(entityManager, "11", 30_000);
    }

    private long count(String sql, Object parameter) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
