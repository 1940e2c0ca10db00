package vn.ct20.plan.task;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import vn.ct20.events.plan.TaskChangedV1;

/** A task of a plan (or a section grouping tasks), with its lead unit, coordinating units and deadline. */
@Entity
@Table(name = "plan_task")
public class Task {
    @Schema(name = "TaskStatus")
    public enum Status { NOT_STARTED, IN_PROGRESS, DONE, CANCELLED }

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "parent_task_id")
    public UUID parentTaskId;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public boolean section;

    @Column(name = "lead_unit_code")
    public String leadUnitCode;

    /** Instead of a named lead: every unit of this kind in the plan's area leads the task. */
    @Column(name = "lead_unit_kind")
    public String leadUnitKind;

    /** Bodies that lead the task beside {@link #leadUnitCode} (the document names several). */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "plan_task_co_lead", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "unit_code")
    public Set<String> coLeadUnitCodes = new TreeSet<>();

    /** Every body of these kinds in the plan's area leads beside the lead ("… và các tổ chức chính trị - xã hội"). */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "plan_task_co_lead_kind", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "unit_kind")
    public Set<String> coLeadUnitKinds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "plan_task_coordinator", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "unit_code")
    public Set<String> coordinatingUnitCodes = new TreeSet<>();

    /** Every body of these kinds in the plan's area coordinates ("phối hợp với các sở, ban, ngành …"). */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "plan_task_coordinator_kind", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "unit_kind")
    public Set<String> coordinatingUnitKinds = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    public Deadline.Kind deadlineKind;

    @Column(name = "deadline_date")
    public LocalDate deadlineDate;

    @Column(name = "deadline_year")
    public Integer deadlineYear;

    @Column(name = "deadline_quarter")
    public Integer deadlineQuarter;

    @Enumerated(EnumType.STRING)
    public Deadline.Recurrence recurrence;

    /** Derived from the deadline and stored, so that "overdue at a date" is a query. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.NOT_STARTED;

    @Column(name = "progress_percent", nullable = false)
    public int progressPercent;

    /** The day the task was done or cancelled, as reported; null while it is open. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Version
    public long version;

    public Deadline deadline() {
        return deadlineKind == null ? null : new Deadline(deadlineKind, deadlineDate, deadlineYear, deadlineQuarter, recurrence);
    }

    void setDeadline(Deadline deadline) {
        deadlineKind = deadline == null ? null : deadline.kind();
        deadlineDate = deadline == null ? null : deadline.date();
        deadlineYear = deadline == null ? null : deadline.year();
        deadlineQuarter = deadline == null ? null : deadline.quarter();
        recurrence = deadline == null ? null : deadline.recurrence();
        dueDate = deadline == null ? null : deadline.dueDate();
    }

    /**
     * Past its due date on {@code date} and not done or cancelled then ({@code closedThen}, from the
     * progress history: a task done later was overdue on the days before, and a task reopened since was
     * not). Recurring and ongoing tasks are followed per period instead.
     */
    public boolean isOverdueOn(LocalDate date, boolean closedThen) {
        return dueDate != null && dueDate.isBefore(date) && !closedThen;
    }

    TaskChangedV1 toEvent() {
        Deadline deadline = deadline();
        return new TaskChangedV1(id, planId, parentTaskId, number, title, section, leadUnitCode, leadUnitKind, List.copyOf(coordinatingUnitCodes),
                deadlineKind == null ? null : deadlineKind.name(), deadline == null ? null : deadline.label(), dueDate,
                recurrence == null ? null : recurrence.name(), status.name(), progressPercent, List.copyOf(coLeadUnitCodes), closedOn,
                List.copyOf(coLeadUnitKinds), List.copyOf(coordinatingUnitKinds));
    }
}
