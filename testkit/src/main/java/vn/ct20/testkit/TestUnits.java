package vn.ct20.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;
import vn.ct20.events.EventType;
import vn.ct20.events.Topic;
import vn.ct20.events.unit.UnitChangedV1;

/**
 * Unit events as plan-service publishes them, sent through the real broker, for services that
 * keep a {@code unit_replica}; and a look at that replica.
 */
public final class TestUnits {
    public static final LocalDate FROM = LocalDate.of(2004, 1, 1);

    private TestUnits() {
    }

    public static EventEnvelope event(String code, String name, String kind, String parent, long version) {
        return event(new UnitChangedV1(code, name, kind, parent, FROM, null, null, version));
    }

    /** A unit version with its own validity and successor, e.g. a commune that ceased on 2025-06-30. */
    public static EventEnvelope event(UnitChangedV1 unit) {
        return EventEnvelope.of(UUID.randomUUID(), EventType.UNIT_CHANGED_V1.type(), "/ct20/plan-service", unit.key(),
                OffsetDateTime.now(), EventJson.mapper().valueToTree(unit));
    }

    public static void send(EventEnvelope event) {
        TestEvents.send(Topic.UNIT_EVENTS.topicName(), event.subject(), TestEvents.toJson(event));
    }

    /** Lai Châu (12) with Phong Thổ (109) and Tam Đường (110); Lạng Sơn (20) with Tràng Định (180). */
    public static void laiChauAndLangSon() {
        send(event("VN", "Việt Nam", "COUNTRY", null, 0));
        send(event("12", "Tỉnh Lai Châu", "PROVINCE", "VN", 0));
        send(event("109", "Huyện Phong Thổ", "DISTRICT", "12", 0));
        send(event("110", "Huyện Tam Đường", "DISTRICT", "12", 0));
        send(event("20", "Tỉnh Lạng Sơn", "PROVINCE", "VN", 0));
        send(event("180", "Huyện Tràng Định", "DISTRICT", "20", 0));
        // Units travel on several partitions: wait for each, not only the last one sent.
        for (String code : new String[] {"VN", "12", "109", "110", "20", "180"}) {
            awaitReplica(code);
        }
    }

    /** Waits until the service under test has the unit in its replica. */
    public static void awaitReplica(String code) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (replicaName(code) != null) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("unit " + code + " did not reach the replica");
    }

    public static String replicaName(String code) {
        try (Connection connection = DriverManager.getConnection(TestInfra.jdbcUrl(), TestInfra.dbUser(), TestInfra.dbPassword());
             PreparedStatement query = connection.prepareStatement("SELECT max(name) FROM unit_replica WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
