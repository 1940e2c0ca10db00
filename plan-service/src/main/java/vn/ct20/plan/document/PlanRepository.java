package vn.ct20.plan.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /**
     * True when {@code candidate} is {@code planId} or a plan that implements it, at any depth.
     * Native: a recursive walk down the plans' DAG (plan_parent), one round trip whatever the depth.
     */
    public boolean isSelfOrDescendant(UUID candidate, UUID planId) {
        if (candidate.equals(planId)) {
            return true;
        }
        return !getEntityManager().createNativeQuery("""
                        WITH RECURSIVE below (id, depth) AS (
                            SELECT plan_id, 1 FROM plan_parent WHERE parent_id = ?1
                            UNION
                            SELECT p.plan_id, below.depth + 1 FROM plan_parent p JOIN below ON p.parent_id = below.id
                             WHERE below.depth < 50)
                        SELECT 1 FROM below WHERE id = ?2 LIMIT 1""")
                .setParameter(1, planId).setParameter(2, candidate).getResultList().isEmpty();
    }

    public boolean numberTaken(String number, String issuingUnitCode, UUID except) {
        return number != null && count("number = ?1 and issuingUnitCode = ?2 and id <> ?3", number, issuingUnitCode,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    public Page<Plan> search(PlanFilter filter, Optional<List<String>> visibleAreas, PageRequest page, String orderBy) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (filter.area() != null) {
            where.append(" and p.areaUnitCode = :area");
            params.and("area", filter.area());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.and("status", filter.status());
        }
        if (filter.kind() != null) {
            where.append(" and p.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.implementsPlan() != null) {
            where.append(" and exists (select 1 from Plan c join c.parents parent where c = p and parent.id = :parent)");
            params.and("parent", filter.implementsPlan());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(coalesce(p.number, '')) like :q or lower(p.title) like :q)");
            params.and("q", "%" + filter.q().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        visibleAreas.ifPresent(areas -> {
            where.append(" and p.areaUnitCode in :areas");
            params.and("areas", areas);
        });
        var query = find("select p from Plan p where " + where + " order by " + orderBy, params).page(page.page, page.size);
        return new Page<>(query.list(), page.page, page.size, query.count());
    }

    /** List filters of GET /api/v1/plans. */
    public record PlanFilter(String area, PlanStatus status, PlanKind kind, UUID implementsPlan, String q) {
    }

    /** A plan as it stood after one change (its JSON state), who changed it, when and why. */
    public record StoredVersion(long version, String reason, String changedBy, java.time.Instant changedAt, String state) {
    }

    /** The stored versions of a plan, oldest first. Native: plan_version is a write-once log of JSON states, read as records. */
    @SuppressWarnings("unchecked")
    public List<StoredVersion> versionsOf(java.util.UUID planId) {
        return getEntityManager().createNativeQuery("""
                        SELECT version, reason, changed_by, changed_at, CAST(state AS varchar) FROM plan_version
                         WHERE plan_id = ?1 ORDER BY version""", StoredVersion.class)
                .setParameter(1, planId).getResultList();
    }

    /** Keeps the state of a plan before an amendment (native: plan_version is a log, written once, read as JSON). */
    public void storeVersion(java.util.UUID planId, long version, String stateJson, String reason, String actor) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO plan_version (plan_id, version, state, reason, changed_by) VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, planId).setParameter(2, version).setParameter(3, stateJson).setParameter(4, reason)
                .setParameter(5, actor).executeUpdate();
    }
}
