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
import vn.ct20.testkit.TestUnits;

/** The idempotent consumer, with the real broker and database. */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class UnitReplicaTest {
    @Inject
    EntityManager entityManager;

    @Inject
    vn.ct20.platform.document.IssuingBodies bodies;

    /** A report names a unit as it was named at the end of its period: 2024's district, 2026's merged commune. */
    @Test
    void unitsAreNamedAsTheyWereAtTheDate() {
        java.time.LocalDate merged = java.time.LocalDate.of(2025, 7, 1);
        TestUnits.send(TestUnits.event(new vn.ct20.events.unit.UnitChangedV1("T9901", "Xã Cũ Một", "COMMUNE", "VN", TestUnits.FROM,
                merged.minusDays(1), "T9902", 1)));
        TestUnits.send(TestUnits.event(new vn.ct20.events.unit.UnitChangedV1("T9902", "Xã Mới Hợp Nhất", "COMMUNE", "VN", merged, null, null, 1)));
        TestUnits.send(TestUnits.event(new vn.ct20.events.unit.UnitChangedV1("T9903", "Phường Trước Đổi Tên", "COMMUNE", "VN", TestUnits.FROM,
                merged.minusDays(1), null, 1)));
        TestUnits.send(TestUnits.event(new vn.ct20.events.unit.UnitChangedV1("T9903", "Phường Sau Đổi Tên", "COMMUNE", "VN", merged, null, null, 2)));
        TestUnits.awaitReplica("T9902");
        long deadline = System.currentTimeMillis() + 20_000;
        while (count("SELECT count(*) FROM unit_replica WHERE code = ?1", "T9903") < 2 && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        var codes = java.util.List.of("T9901", "T9902", "T9903", "NO-SUCH");
        assertEquals(java.util.Map.of("T9901", "Xã Cũ Một", "T9902", "Xã Mới Hợp Nhất", "T9903", "Phường Trước Đổi Tên", "NO-SUCH", "NO-SUCH"),
                bodies.names(codes, java.time.LocalDate.of(2024, 12, 14)));
        // After the merger the ceased commune keeps its last name; the renamed ward has its new one.
        assertEquals(java.util.Map.of("T9901", "Xã Cũ Một", "T9902", "Xã Mới Hợp Nhất", "T9903", "Phường Sau Đổi Tên", "NO-SUCH", "NO-SUCH"),
                bodies.names(codes, java.time.LocalDate.of(2026, 6, 14)));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        EventEnvelope first = TestUnits.event("14", "Tỉnh Sơn La", "PROVINCE", "VN", 1);
        TestUnits.send(first);
        TestUnits.awaitReplica("14");

        // The same event (same id) delivered again, here with a tampered payload to make any effect visible.
        EventEnvelope redelivered = EventEnvelope.of(first.id(), first.type(), first.source(), first.subject(), first.time(),
                TestUnits.event("14", "Tỉnh Sơn La (bản sao)", "PROVINCE", "VN", 2).data());
        TestUnits.send(redelivered);
        // A later, distinct event proves the consumer has read past the redelivered one.
        TestUnits.send(TestUnits.event("15", "Tỉnh Yên Bái", "PROVINCE", "VN", 1));
        TestUnits.awaitReplica("15");

        assertEquals("Tỉnh Sơn La", TestUnits.replicaName("14"));
        assertEquals(1L, count("SELECT count(*) FROM processed_event WHERE event_id = ?1", first.id()));
    }

    @Test
    void anOlderStateArrivingLateDoesNotOverwriteANewerOne() {
        TestUnits.send(TestUnits.event("17", "Tỉnh Hòa Bình (mới)", "PROVINCE", "VN", 5));
        TestUnits.awaitReplica("17");
        TestUnits.send(TestUnits.event("17", "Tỉnh Hòa Bình (cũ)", "PROVINCE", "VN", 4));
        TestUnits.send(TestUnits.event("19", "Tỉnh Thái Nguyên", "PROVINCE", "VN", 1));
        TestUnits.awaitReplica("19");
        assertEquals("Tỉnh Hòa Bình (mới)", TestUnits.replicaName("17"));
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheConsumerMovesOn() {
        TestEvents.send(Topic.UNIT_EVENTS.topicName(), "poison", "{not json");
        var deadLetters = TestEvents.await(Topic.UNIT_EVENTS.deadLetterTopicName(), e -> TestEvents.UNREADABLE.equals(e.source()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, deadLetters.size(), "the poison record is parked on " + Topic.UNIT_EVENTS.deadLetterTopicName());
        TestUnits.send(TestUnits.event("11", "Tỉnh Điện Biên", "PROVINCE", "VN", 1));
        TestUnits.awaitReplica("11");
    }

    private long count(String sql, Object parameter) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
