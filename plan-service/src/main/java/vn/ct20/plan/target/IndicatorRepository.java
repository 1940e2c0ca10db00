package vn.ct20.plan.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The indicators targets and reports measure: read-only reference data loaded by migration, with
 * no entity; a native query reads it straight into records.
 */
@ApplicationScoped
public class IndicatorRepository {
    @Inject
    EntityManager entityManager;

    @SuppressWarnings("unchecked")
    public List<TargetDtos.IndicatorView> all() {
        return entityManager.createNativeQuery(
                        "SELECT code, name_vi, name_en, unit_of_measure, whole_number FROM indicator ORDER BY code", TargetDtos.IndicatorView.class)
                .getResultList();
    }
}
