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

    /** The latest day progress was reported for, or null. Native: the history is a plain table, not an entity of its own. */
    public java.time.LocalDate lastProgressDate(UUID taskId) {
        return (java.time.LocalDate) getEntityManager().createNativeQuery("SELECT max(as_of) FROM plan_task_progress WHERE task_id = :task",
                java.time.LocalDate.class).setParameter("task", taskId).getSingleResult();
    }

    public void recordProgress(UUID taskId, java.time.LocalDate asOf, Task.Status status, int percent, String reportedBy) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO plan_task_progress (task_id, as_of, status, progress_percent, reported_by)
                        VALUES (:task, :asOf, :status, :percent, :by)""")
                .setParameter("task", taskId).setParameter("asOf", asOf).setParameter("status", status.name())
                .setParameter("percent", percent).setParameter("by", reportedBy).executeUpdate();
    }

    /**
     * The tasks among {@code taskIds} that were done or cancelled on {@code at}: their latest progress report
     * on or before that day closed them (native: one DISTINCT ON over the history, for a page of tasks at once).
     */
    @SuppressWarnings("unchecked")
    public java.util.Set<UUID> closedOn(java.util.Collection<UUID> taskIds, java.time.LocalDate at) {
        if (taskIds.isEmpty()) {
            return java.util.Set.of();
        }
        List<UUID> closed = getEntityManager().createNativeQuery("""
                        SELECT task_id FROM (SELECT DISTINCT ON (task_id) task_id, status FROM plan_task_progress
                                              WHERE task_id IN (:ids) AND as_of <= :at ORDER BY task_id, seq DESC) latest
                         WHERE status IN ('DONE', 'CANCELLED')""", UUID.class)
                .setParameter("ids", taskIds).setParameter("at", at).getResultList();
        return new java.util.HashSet<>(closed);
    }

    /** A history row as stored (the status as text). */
    private record ProgressRow(java.time.LocalDate asOf, String status, int progressPercent, String reportedBy, java.time.Instant reportedAt) {
    }

    @SuppressWarnings("unchecked")
    public List<TaskDtos.ProgressEntry> progressOf(UUID taskId) {
        List<ProgressRow> rows = getEntityManager().createNativeQuery("""
                        SELECT as_of, status, progress_percent, reported_by, reported_at FROM plan_task_progress
                         WHERE task_id = :task ORDER BY seq""", ProgressRow.class)
                .setParameter("task", taskId).getResultList();
        return rows.stream().map(r -> new TaskDtos.ProgressEntry(r.asOf(), Task.Status.valueOf(r.status()), r.progressPercent(),
                r.reportedBy(), r.reportedAt())).toList();
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
