package vn.ct20.platform.units;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;
import vn.ct20.events.EventType;
import vn.ct20.events.Topic;
import vn.ct20.events.unit.UnitChangedV1;
import vn.ct20.platform.consumer.EventHandler;

/**
 * Keeps {@code unit_replica} equal to plan-service's units, so that unit scope and reports
 * work without calling plan-service. An older state of a unit (lower version) never overwrites a
 * newer one, whatever order events arrive in. Enabled with {@code ct20.unit-replica.enabled=true}.
 */
@ApplicationScoped
@IfBuildProperty(name = "ct20.unit-replica.enabled", stringValue = "true")
public class UnitReplicaUpdater implements EventHandler {
    @Inject
    EntityManager entityManager;

    @Override
    public String consumerName() {
        return "unit-replica";
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.UNIT_EVENTS);
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!EventType.UNIT_CHANGED_V1.type().equals(event.type())) {
            return; // other unit event types do not change the replica
        }
        UnitChangedV1 unit = EventJson.mapper().convertValue(event.data(), UnitChangedV1.class);
        entityManager.createNativeQuery("""
                        INSERT INTO unit_replica (code, valid_from, valid_to, name, kind, parent_code, successor_code, version)
                        VALUES (?1, ?2, CAST(?3 AS date), ?4, ?5, CAST(?6 AS varchar), CAST(?7 AS varchar), ?8)
                        ON CONFLICT (code, valid_from) DO UPDATE
                           SET valid_to = EXCLUDED.valid_to, name = EXCLUDED.name, kind = EXCLUDED.kind,
                               parent_code = EXCLUDED.parent_code, successor_code = EXCLUDED.successor_code,
                               version = EXCLUDED.version
                         WHERE unit_replica.version < EXCLUDED.version""")
                .setParameter(1, unit.code())
                .setParameter(2, unit.validFrom())
                .setParameter(3, unit.validTo())
                .setParameter(4, unit.name())
                .setParameter(5, unit.kind())
                .setParameter(6, unit.parentCode())
                .setParameter(7, unit.successorCode())
                .setParameter(8, unit.version())
                .executeUpdate();
    }
}
