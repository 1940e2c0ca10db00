package vn.ct20.plan.regime;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReportingRegimeRepository implements PanacheRepositoryBase<ReportingRegime, UUID> {

    public List<ReportingRegime> ofPlan(UUID planId) {
        return list("planId = ?1 order by frequency", planId);
    }
}
