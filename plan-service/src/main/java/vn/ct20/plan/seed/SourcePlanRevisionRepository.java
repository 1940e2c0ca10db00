package vn.ct20.plan.seed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Which revision of the transcription each loaded source plan is at (native: one small table, no entity of its own). */
@ApplicationScoped
public class SourcePlanRevisionRepository {
    @Inject
    EntityManager entityManager;

    /** The revision the plan was loaded or last corrected at; 1 for a plan loaded before revisions were recorded. */
    public int of(UUID planId) {
        List<?> rows = entityManager.createNativeQuery("SELECT revision FROM source_plan_revision WHERE plan_id = :plan", Integer.class)
                .setParameter("plan", planId).getResultList();
        return rows.isEmpty() ? 1 : (Integer) rows.get(0);
    }

    public void record(UUID planId, int revision) {
        entityManager.createNativeQuery("""
                        INSERT INTO source_plan_revision (plan_id, revision) VALUES (:plan, :revision)
                        ON CONFLICT (plan_id) DO UPDATE SET revision = EXCLUDED.revision""")
                .setParameter("plan", planId).setParameter("revision", revision).executeUpdate();
    }
}
