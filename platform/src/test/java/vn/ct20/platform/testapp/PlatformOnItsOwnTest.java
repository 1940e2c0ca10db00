package vn.ct20.platform.testapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.Topic;
import vn.ct20.events.unit.UnitChangedV1;
import vn.ct20.platform.consumer.EventConsumers;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;

/**
 * The platform on its own, on a real PostgreSQL and Kafka: the write pipeline (role, unit scope at
 * the data's date, idempotency, audit, all or nothing), the outbox relay, the idempotent consumer
 * and the unit hierarchy at a date, driven through a test application that announces units the way
 * plan-service does. Its units (province T1, district T11, commune T1101) are invented codes, so
 * nothing here depends on reference data.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformOnItsOwnTest {
    static final String NATIONAL = TestTokens.bearer("SYSTEM_ADMIN", "VN");
    static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    /** District T11 ceases on 30 June 2025 and province T1 takes over its communes, as in the 2025 restructuring. */
    static final LocalDate DISTRICT_ENDS = LocalDate.of(2025, 6, 30);

    @Inject
    EntityManager entityManager;

    @Inject
    UnitHierarchy hierarchy;

    @Inject
    EventConsumers consumers;

    @Inject
    CountingHandler counter;

    static boolean loaded;

    @BeforeAll
    static void noUnitsYet() {
        loaded = false;
    }

    /**
     * The country, T1, T11 (until its end) and commune T1101 under T11, then under T1, for the hierarchy;
     * province T3 for the writes the other tests make: announced, relayed, replicated.
     */
    void ensureUnits() {
        if (loaded) {
            return;
        }
        announce(NATIONAL, new UnitChangedV1("VN", "Việt Nam", "COUNTRY", null, FROM, null, null, 1), 201);
        awaitReplica("VN", FROM);
        announce(NATIONAL, new UnitChangedV1("T1", "Tỉnh Thử", "PROVINCE", "VN", FROM, null, null, 1), 201);
        awaitReplica("T1", FROM);
        announce(NATIONAL, new UnitChangedV1("T11", "Huyện Thử", "DISTRICT", "T1", FROM, DISTRICT_ENDS, "T1", 1), 201);
        awaitReplica("T11", FROM);
        announce(NATIONAL, new UnitChangedV1("T1101", "Xã Thử", "COMMUNE", "T11", FROM, DISTRICT_ENDS, null, 1), 201);
        announce(NATIONAL, new UnitChangedV1("T1101", "Xã Thử", "COMMUNE", "T1", DISTRICT_ENDS.plusDays(1), null, null, 1), 201);
        awaitReplica("T1101", DISTRICT_ENDS.plusDays(1));
        announce(NATIONAL, new UnitChangedV1("T3", "Tỉnh Ghi", "PROVINCE", "VN", FROM, null, null, 1), 201);
        awaitReplica("T3", FROM);
        loaded = true;
    }

    @Test
    void theHierarchyIsAnsweredAtADate() {
        ensureUnits();
        LocalDate before = LocalDate.of(2024, 3, 1);
        LocalDate after = LocalDate.of(2025, 8, 1);
        assertTrue(hierarchy.isWithin("T1101", "T11", before));
        assertFalse(hierarchy.isWithin("T1101", "T11", after), "the commune left the district with the restructuring");
        assertTrue(hierarchy.isWithin("T1101", "T1", after));
        assertEquals(List.of("T1101", "T11", "T1", "VN"), inTx(() -> hierarchy.selfAndAncestors("T1101", before)));
        assertEquals(List.of("T1101", "T1", "VN"), inTx(() -> hierarchy.selfAndAncestors("T1101", after)));
        assertEquals(List.of("T11", "T1101"), inTx(() -> hierarchy.descendants("T1", before).stream().map(UnitHierarchy.Descendant::code).toList()));
        assertEquals(List.of("T1101"), inTx(() -> hierarchy.descendants("T1", after).stream().map(UnitHierarchy.Descendant::code).toList()));
        assertEquals(Optional.of("T11"), inTx(() -> hierarchy.carriedOnBy("T11", before)));
        assertEquals(Optional.of("T1"), inTx(() -> hierarchy.carriedOnBy("T11", after)), "who carries on for a district that ceased");
        assertEquals(Optional.empty(), inTx(() -> hierarchy.carriedOnBy("T99", after)));
    }

    @Test
    void aWriteIsCheckedForRoleAndForScopeAtTheDateOfItsData() {
        ensureUnits();
        String districtEditor = TestTokens.bearer("PLAN_EDITOR", "T11");
        long events = count("outbox_event");
        long audits = count("audit_record");
        long rows = count("announced_unit");
        // a role the command does not list
        announce(TestTokens.bearer("REPORTER", "T11"), commune("T1102", "T11", LocalDate.of(2024, 1, 1)), 403);
        // the district's editor, for data dated after the district ceased: no longer its scope
        announce(districtEditor, commune("T1103", "T11", LocalDate.of(2025, 8, 1)), 403);
        // another province's editor
        announce(TestTokens.bearer("PLAN_EDITOR", "T2"), commune("T1104", "T11", LocalDate.of(2024, 1, 1)), 403);
        assertEquals(events, count("outbox_event"), "a refused write publishes nothing");
        assertEquals(audits, count("audit_record"), "a refused write leaves no audit record");
        assertEquals(rows, count("announced_unit"), "a refused write is not made");
        // the district's editor, for its own area while it existed
        announce(districtEditor, commune("T1105", "T11", LocalDate.of(2024, 1, 1)), 201);
        assertEquals(events + 1, count("outbox_event"));
        assertEquals(audits + 1, count("audit_record"));
    }

    @Test
    void aReplayAnswersTheFirstResultAndChangesNothing() {
        ensureUnits();
        String key = "platform-" + UUID.randomUUID();
        UnitChangedV1 unit = commune("T1106", "T3", LocalDate.of(2025, 8, 1));
        given().header("Authorization", NATIONAL).header("Idempotency-Key", key).contentType("application/json").body(json(unit))
                .post("/api/v1/test-units").then().statusCode(201).header("Idempotent-Replayed", nullValue());
        long events = count("outbox_event");
        long audits = count("audit_record");
        given().header("Authorization", NATIONAL).header("Idempotency-Key", key).contentType("application/json").body(json(unit))
                .post("/api/v1/test-units").then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("key", nullValue()).body("code", equalTo("T1106"));
        assertEquals(events, count("outbox_event"), "a replay publishes nothing");
        assertEquals(audits, count("audit_record"), "a replay is not a second change");
        long rows = count("announced_unit");
        // the same key for another request is refused, and changes nothing either
        given().header("Authorization", NATIONAL).header("Idempotency-Key", key).contentType("application/json")
                .body(json(commune("T1107", "T3", LocalDate.of(2025, 8, 1)))).post("/api/v1/test-units").then().statusCode(422)
                .contentType("application/problem+json");
        assertEquals(events, count("outbox_event"));
        assertEquals(rows, count("announced_unit"), "neither a replay nor a refused reuse runs the handler");
        // another caller's key is its own: the same key does not replay someone else's answer
        given().header("Authorization", TestTokens.bearer("PLAN_EDITOR", "T3")).header("Idempotency-Key", key)
                .contentType("application/json").body(json(unit)).post("/api/v1/test-units").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aRefusalInTheHandlerTakesTheEventTheAuditAndTheKeyBackWithIt() {
        ensureUnits();
        String key = "platform-" + UUID.randomUUID();
        long events = count("outbox_event");
        long audits = count("audit_record");
        long rows = count("announced_unit");
        given().header("Authorization", NATIONAL).header("Idempotency-Key", key).contentType("application/json")
                .body(json(new UnitChangedV1("T1108", " ", "COMMUNE", "T3", LocalDate.of(2025, 8, 1), null, null, 1)))
                .post("/api/v1/test-units").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
        assertEquals(events, count("outbox_event"), "the event the handler had published is rolled back");
        assertEquals(audits, count("audit_record"));
        assertEquals(rows, count("announced_unit"), "and so is the handler's own write");
        // the key was not used up: the corrected request goes through with it
        given().header("Authorization", NATIONAL).header("Idempotency-Key", key).contentType("application/json")
                .body(json(commune("T1108", "T3", LocalDate.of(2025, 8, 1)))).post("/api/v1/test-units").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void anEventIsRelayedOnceAndAppliedOnceHoweverOftenItArrives() throws InterruptedException {
        ensureUnits();
        UnitChangedV1 unit = commune("T1109", "T3", LocalDate.of(2025, 8, 1));
        announce(NATIONAL, unit, 201);
        awaitReplica("T1109", unit.validFrom());
        List<EventEnvelope> relayed = TestEvents.await(Topic.UNIT_EVENTS.topicName(), e -> unit.key().equals(e.subject()), 2,
                Duration.ofSeconds(5));
        assertEquals(1, relayed.size(), "the relay sent the event once");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (counter.timesApplied(unit.key()) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, counter.timesApplied(unit.key()), "the consumer applied the event once");
        // the same event again (a redelivery after a consumer crash): recorded as processed, not applied twice
        assertFalse(consumers.processOnce(counter, relayed.get(0)));
        assertEquals(1, counter.timesApplied(unit.key()), "a redelivered event is not applied again");
    }

    /** The body as the services' clients send it: dates as YYYY-MM-DD strings. */
    private static String json(UnitChangedV1 unit) {
        try {
            return vn.ct20.events.EventJson.mapper().writeValueAsString(unit);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Liveness names the relay and every consumer; last, because it kills the relay to see the check fail. */
    @Test
    @Order(Integer.MAX_VALUE)
    void livenessFailsWhenTheRelayHasDied() throws InterruptedException {
        given().get("/q/health/live").then().statusCode(200).body("checks.find { it.name == 'ct20 background workers' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'ct20 background workers' }.data.'outbox-relay'", equalTo(true))
                .body("checks.find { it.name == 'ct20 background workers' }.data.'consumer unit-replica'", equalTo(true));
        Thread relay = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("ct20-outbox-relay")).findFirst()
                .orElseThrow();
        relay.interrupt(); // as an Error would, the relay's thread ends
        relay.join(10_000);
        given().get("/q/health/live").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'ct20 background workers' }.data.'outbox-relay'", equalTo(false));
    }

    private static UnitChangedV1 commune(String code, String parent, LocalDate from) {
        return new UnitChangedV1(code, "Xã " + code, "COMMUNE", parent, from, null, null, 1);
    }

    private static void announce(String token, UnitChangedV1 unit, int status) {
        given().header("Authorization", token).contentType("application/json").body(json(unit)).post("/api/v1/test-units")
                .then().log().ifValidationFails().statusCode(status);
    }

    private long count(String table) {
        return inTx(() -> ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue());
    }

    /** Waits until the replica holds the unit version: the event went outbox → relay → Kafka → consumer. */
    private void awaitReplica(String code, LocalDate validFrom) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            boolean there = inTx(() -> !entityManager.createNativeQuery("SELECT 1 FROM unit_replica WHERE code = :c AND valid_from = :f")
                    .setParameter("c", code).setParameter("f", validFrom).getResultList().isEmpty());
            if (there) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("unit " + code + "@" + validFrom + " never reached the replica");
    }

    private static <T> T inTx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
