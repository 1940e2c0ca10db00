package vn.ct20.plan.task;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<Task, UUID> {

    public List<Task> ofPlan(UUID planId) {
        return list("planId", planId);
    }

    public boolean numberTaken(UUID planId, String number) {
        return count("planId = ?1 and number = ?2", planId, number) > 0;
    }

    /** A page of the tasks {@code where} (over {@code Task t}) selects. */
    public Page<Task> page(String where, Parameters params, String orderBy, PageRequest page) {
        var query = getEntityManager().createQuery("select t from Task t where " + where + " order by " + orderBy, Task.class);
        var count = getEntityManager().createQuery("select count(t) from Task t where " + where, Long.class);
        params.map().forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Task> items = query.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return new Page<>(items, page.page, page.size, count.getSingleResult());
    }
}
