package vn.ct20.plan.target;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

    public List<Target> ofPlan(UUID planId) {
        return list("planId = ?1 order by fromYear, label", planId);
    }
}
