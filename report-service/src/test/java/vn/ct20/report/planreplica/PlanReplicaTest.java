package vn.ct20.report.planreplica;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;
import vn.ct20.events.EventType;
import vn.ct20.events.Topic;
import vn.ct20.events.plan.PlanChangedV1;
import vn.ct20.events.plan.ReportingRegimeChangedV1;
import vn.ct20.events.plan.TargetChangedV1;
import vn.ct20.events.plan.TaskChangedV1;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;

/** report-service's copies of plans, targets, regimes and tasks follow plan-service's events through the real broker. */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class PlanReplicaTest {
    @Inject
    EntityManager entityManager;

    @Test
    void plansKeepTheirNewestVersionAndRedeliveriesChangeNothing() {
        UUID plan = UUID.randomUUID();
        send(EventType.PLAN_CHANGED_V1, plan, planState(plan, "Kế hoạch thử (bản 2)", "AMENDED", 2));
        await(() -> text("SELECT title FROM plan_replica WHERE plan_id = ?1", plan), "Kế hoạch thử (bản 2)");
        // An older state arriving late is ignored.
        send(EventType.PLAN_CHANGED_V1, plan, planState(plan, "Kế hoạch thử (bản 1)", "ISSUED", 1));
        // The same event twice: recorded once.
        EventEnvelope regime = envelope(EventType.REPORTING_REGIME_CHANGED_V1, plan, new ReportingRegimeChangedV1(UUID.randomUUID(), plan, "20",
                "FIRST_HALF_YEAR", 20, 6, "20-SLDTBXH", List.of(), List.of("DEPARTMENT", "DISTRICT"), "DECREE_09", "Định kỳ 6 tháng", false, false, false));
        TestEvents.send(Topic.PLAN_EVENTS.topicName(), plan.toString(), TestEvents.toJson(regime));
        TestEvents.send(Topic.PLAN_EVENTS.topicName(), plan.toString(), TestEvents.toJson(regime));
        UUID target = UUID.randomUUID();
        send(EventType.TARGET_CHANGED_V1, plan, new TargetChangedV1(target, plan, "Hằng năm có từ 5.000 lao động trở lên đi làm việc tại Sùng Tả",
                "WORKERS_SENT", "TOTAL", "GTE", BigDecimal.valueOf(5000), null, "PLAN_AREA", null, "MARKET", "CN-GX-CHONGZUO", null,
                "EACH_YEAR", 2023, 2025, false, null, null));
        UUID task = UUID.randomUUID();
        send(EventType.TASK_CHANGED_V1, plan, new TaskChangedV1(task, plan, null, "1", "Rà soát nhu cầu", false, "20-SLDTBXH", null,
                List.of("20-UBND"), "QUARTER", "Q2-2023", LocalDate.of(2023, 6, 30), null, "IN_PROGRESS", 40, List.of("20-UBND-CL"), null, List.of(), List.of()));
        await(() -> count("SELECT count(*) FROM task_replica WHERE task_id = ?1", task), 1L);

        assertEquals("Kế hoạch thử (bản 2)", text("SELECT title FROM plan_replica WHERE plan_id = ?1", plan));
        assertEquals(1L, count("SELECT count(*) FROM regime_replica WHERE plan_id = ?1", plan));
        assertEquals("20-SLDTBXH", text("SELECT consolidating_unit_code FROM regime_replica WHERE plan_id = ?1", plan));
        assertEquals("CN-GX-CHONGZUO", text("SELECT market_code FROM target_replica WHERE target_id = ?1", target));
        assertEquals("2023-06-30", text("SELECT CAST(due_date AS varchar) FROM task_replica WHERE task_id = ?1", task));
        assertEquals("20-UBND-CL", text("SELECT co_lead_unit_codes[1] FROM task_replica WHERE task_id = ?1", task));

        // A removed target leaves the replica.
        send(EventType.TARGET_CHANGED_V1, plan, new TargetChangedV1(target, plan, "x", "WORKERS_SENT", "TOTAL", "GTE", BigDecimal.ONE, null,
                "PLAN_AREA", null, "ALL", null, null, "EACH_YEAR", null, null, true, null, null));
        await(() -> count("SELECT count(*) FROM target_replica WHERE target_id = ?1", target), 0L);
    }

    private static PlanChangedV1 planState(UUID plan, String title, String status, long version) {
        return new PlanChangedV1(plan, null, "PLAN", title, "20-UBND", "20", null, 2023, 2025, 2030, status,
                List.of(UUID.randomUUID()), 153_459_000_000L, List.of(), version);
    }

    private static EventEnvelope envelope(EventType type, UUID plan, Record payload) {
        return EventEnvelope.of(UUID.randomUUID(), type.type(), "/ct20/plan-service", plan.toString(), OffsetDateTime.now(),
                EventJson.mapper().valueToTree(payload));
    }

    private static void send(EventType type, UUID plan, Record payload) {
        TestEvents.send(Topic.PLAN_EVENTS.topicName(), plan.toString(), TestEvents.toJson(envelope(type, plan, payload)));
    }

    private String text(String sql, Object parameter) {
        List<?> rows = entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.isEmpty() ? null : String.valueOf(rows.get(0));
    }

    private long count(String sql, Object parameter) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private static <T> void await(Supplier<T> value, T expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Objects.equals(value.get(), expected) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertEquals(expected, value.get());
    }
}
