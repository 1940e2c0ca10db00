package vn.ct20.report.units;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;
import vn.ct20.events.Topic;
import vn.ct20.events.unit.UnitChangedV1;
import vn.ct20.testkit.TestEvents;

/** Publishes unit events as plan-service would, through the real broker, and waits for the replica. */
public final class UnitFixtures {
    public static final LocalDate FROM = LocalDate.of(2004, 1, 1);

    private UnitFixtures() {
    }

    public static EventEnvelope event(String code, String name, String kind, String parent, long version) {
        UnitChangedV1 unit = new UnitChangedV1(code, name, kind, parent, FROM, null, null, version);
        return EventEnvelope.of(UUID.randomUUID(), "ct20.unit.changed.v1", "/ct20/plan-service", unit.key(),
                OffsetDateTime.now(), EventJson.mapper().valueToTree(unit));
    }

    public static void send(EventEnvelope event) {
        TestEvents.send(Topic.UNIT_EVENTS.topicName(), event.subject(), TestEvents.toJson(event));
    }

    /** Lai Châu (12) with Phong Thổ (109) and Tam Đường (110); Lạng Sơn (20) with Cao Lộc (180). */
    public static void laiChauAndLangSon(EntityManager entityManager) {
        send(event("VN", "Việt Nam", "COUNTRY", null, 0));
        send(event("12", "Tỉnh Lai Châu", "PROVINCE", "VN", 0));
        send(event("109", "Huyện Phong Thổ", "DISTRICT", "12", 0));
        send(event("110", "Huyện Tam Đường", "DISTRICT", "12", 0));
        send(event("20", "Tỉnh Lạng Sơn", "PROVINCE", "VN", 0));
        send(event("180", "Huyện Cao Lộc", "DISTRICT", "20", 0));
        awaitReplica(entityManager, "180", 30_000);
        awaitReplica(entityManager, "110", 30_000);
    }

    public static void awaitReplica(EntityManager entityManager, String code, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (replicaName(entityManager, code) != null) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError("unit " + code + " did not reach the replica");
    }

    public static String replicaName(EntityManager entityManager, String code) {
        return (String) entityManager.createNativeQuery("SELECT max(name) FROM unit_replica WHERE code = ?1")
                .setParameter(1, code).getSingleResult();
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
