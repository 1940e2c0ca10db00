package vn.ct20.plan.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One report of a task's progress, as of a day. The latest report on or before a date says whether the
 * task was open then, so "overdue at a date" holds across a reopening too. Written once, never changed.
 */
@Entity
@Table(name = "plan_task_progress")
public class TaskProgress {
    /** Arrival order; as-of days never go back, so the highest on or before a date is that date's report. */
    @Id
    @Column(insertable = false, updatable = false)
    public long seq;

    @Column(name = "task_id", nullable = false, updatable = false)
    public UUID taskId;

    @Column(name = "as_of", nullable = false, updatable = false)
    public LocalDate asOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Task.Status status;

    @Column(name = "progress_percent", nullable = false, updatable = false)
    public int progressPercent;

    @Column(name = "reported_by", nullable = false, updatable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false, updatable = false)
    public Instant reportedAt;
}
