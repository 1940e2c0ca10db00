package vn.ct20.report.planreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;
import vn.ct20.events.EventType;
import vn.ct20.events.Topic;
import vn.ct20.events.plan.PlanChangedV1;
import vn.ct20.events.plan.ReportingRegimeChangedV1;
import vn.ct20.events.plan.TargetChangedV1;
import vn.ct20.events.plan.TaskChangedV1;
import vn.ct20.platform.consumer.EventHandler;

/**
 * Keeps report-service's copies of plans, targets, reporting regimes and tasks equal to
 * plan-service's, from {@code ct20.plan.events}. Every event carries the full state of what it is
 * about, and one plan's events arrive in order (they share the plan id as key), so the latest
 * event wins; a plan never goes back to an older version. Rebuildable by replaying the topic.
 */
@ApplicationScoped
public class PlanReplicaUpdater implements EventHandler {
    @Inject
    PlanReplicaRepository replicas;

    @Override
    public String consumerName() {
        return "plan-replica";
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.PLAN_EVENTS);
    }

    @Override
    public void handle(EventEnvelope event) {
        EventType type = EventType.byType(event.type()).orElse(null);
        if (type == null) {
            return; // a type this version does not know: newer producers may add types
        }
        switch (type) {
            case PLAN_CHANGED_V1 -> replicas.upsert(read(event, PlanChangedV1.class));
            case TARGET_CHANGED_V1 -> replicas.apply(read(event, TargetChangedV1.class));
            case REPORTING_REGIME_CHANGED_V1 -> replicas.apply(read(event, ReportingRegimeChangedV1.class));
            case TASK_CHANGED_V1 -> replicas.upsert(read(event, TaskChangedV1.class));
            default -> {
                // other types on this topic do not concern the replica
            }
        }
    }

    private static <T> T read(EventEnvelope event, Class<T> type) {
        return EventJson.mapper().convertValue(event.data(), type);
    }
}
