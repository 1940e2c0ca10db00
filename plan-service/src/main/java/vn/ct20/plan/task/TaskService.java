package vn.ct20.plan.task;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import vn.ct20.events.EventType;
import vn.ct20.plan.document.Plan;
import vn.ct20.plan.document.PlanService;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.Sorting;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.ETags;

@ApplicationScoped
public class TaskService {
    /** Which side of a task a unit is on, for "tasks of unit X". */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TaskRole")
    public enum Role { LEAD, COORDINATOR, ANY }

    @Inject
    TaskRepository tasks;

    @Inject
    vn.ct20.plan.unit.UnitService units;

    @Inject
    PlanService plans;

    @Inject
    UnitHierarchy hierarchy;

    @Inject
    UnitScope scope;

    @Inject
    Outbox outbox;

    @Inject
    vn.ct20.platform.security.CurrentUser user;

    @Transactional
    public List<Task> list(UUID planId) {
        plans.get(planId);
        return tasks.ofPlan(planId).stream().sorted(Comparator.comparing((Task t) -> t.number, TaskNumbers.ORDER)).toList();
    }

    @Transactional
    public Task add(UUID planId, TaskDtos.TaskInput input) {
        validate(plans.get(planId), input); // before the amendment, so a refused task amends nothing
        return insert(plans.beginPartChange(planId, input.amendmentReason()), input);
    }

    /** Adds a task without a caller (source-plan loader); the rules apply. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Task register(Plan plan, TaskDtos.TaskInput input) {
        validate(plan, input);
        return insert(plan, input);
    }

    /** The tasks of a plan the source-plan loader made, read without a caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Task> ofLoadedPlan(Plan plan) {
        return tasks.ofPlan(plan.id);
    }

    /**
     * Corrects a task without a caller (source-plan loader, inside its amendment): wording, leads,
     * coordinators and deadline as the document has them. The task keeps its id and progress, which
     * reports refer to.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Task reviseFromSource(Plan plan, Task task, TaskDtos.TaskInput input) {
        validate(plan, input, task.id);
        describe(task, input);
        tasks.flush();
        outbox.publish(EventType.TASK_CHANGED_V1, plan.id.toString(), task.toEvent());
        return task;
    }

    private Task insert(Plan plan, TaskDtos.TaskInput input) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.planId = plan.id;
        describe(task, input);
        tasks.persist(task);
        outbox.publish(EventType.TASK_CHANGED_V1, plan.id.toString(), task.toEvent());
        return task;
    }

    private static void describe(Task task, TaskDtos.TaskInput input) {
        task.parentTaskId = input.parentTaskId();
        task.number = input.number();
        task.title = input.title().trim();
        task.section = input.section();
        task.leadUnitCode = input.leadUnitCode();
        task.leadUnitKind = input.leadUnitKind() == null ? null : input.leadUnitKind().name();
        task.coLeadUnitCodes.clear();
        if (input.coLeadUnitCodes() != null) {
            task.coLeadUnitCodes.addAll(input.coLeadUnitCodes());
        }
        task.coLeadUnitKinds.clear();
        if (input.coLeadUnitKinds() != null) {
            input.coLeadUnitKinds().forEach(kind -> task.coLeadUnitKinds.add(kind.name()));
        }
        task.coordinatingUnitCodes.clear();
        if (input.coordinatingUnitCodes() != null) {
            task.coordinatingUnitCodes.addAll(input.coordinatingUnitCodes());
        }
        task.coordinatingUnitKinds.clear();
        if (input.coordinatingUnitKinds() != null) {
            input.coordinatingUnitKinds().forEach(kind -> task.coordinatingUnitKinds.add(kind.name()));
        }
        task.setDeadline(input.deadline());
    }

    /** Progress is reported by the lead unit (or anyone whose scope covers it); it is not an amendment of the plan. */
    @Transactional
    public Task reportProgress(UUID planId, UUID taskId, String ifMatch, TaskDtos.ProgressInput input) {
        Task task = tasks.findById(taskId);
        if (task == null || !task.planId.equals(planId)) {
            throw ProblemException.notFound("Task", taskId);
        }
        if (task.section) {
            throw ProblemException.conflict("A section has no progress of its own; report on its tasks");
        }
        // A collective task (every unit of a kind leads) is followed by whoever covers the plan's area;
        // each unit's own progress belongs in its periodic report. Co-leads report as the lead does.
        List<String> reporters = new ArrayList<>();
        reporters.add(task.leadUnitCode != null ? task.leadUnitCode : plans.get(planId).areaUnitCode);
        reporters.addAll(task.coLeadUnitCodes);
        if (!scope.isNational() && reporters.stream().noneMatch(unit -> scope.covers(unit, null))) {
            throw ProblemException.forbidden("Progress of this task is reported by its lead units");
        }
        ETags.requireMatch(ifMatch, task.version);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.status() == Task.Status.DONE && input.progressPercent() != 100) {
            errors.add(new Problem.FieldError("progressPercent", "must be 100 when status is DONE"));
        }
        LocalDate today = UnitScope.today();
        LocalDate asOf = input.asOf() == null ? today : input.asOf();
        LocalDate issued = plans.get(planId).issueDate;
        if (asOf.isAfter(today)) {
            errors.add(new Problem.FieldError("asOf", "progress is reported for today or a past day, not " + asOf));
        } else if (issued != null && asOf.isBefore(issued)) {
            errors.add(new Problem.FieldError("asOf", "the plan was issued on " + issued + "; no progress is reported before it"));
        }
        LocalDate lastReported = tasks.lastProgressDate(taskId);
        if (lastReported != null && asOf.isBefore(lastReported)) {
            errors.add(new Problem.FieldError("asOf", "progress was already reported as of " + lastReported + "; a report is as of that day or later"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The progress cannot be recorded as given", errors);
        }
        boolean closes = input.status() == Task.Status.DONE || input.status() == Task.Status.CANCELLED;
        boolean wasClosed = task.status == Task.Status.DONE || task.status == Task.Status.CANCELLED;
        task.closedOn = !closes ? null : wasClosed ? task.closedOn : asOf;
        task.status = input.status();
        task.progressPercent = input.progressPercent();
        tasks.recordProgress(taskId, asOf, input.status(), input.progressPercent(), user.subject());
        tasks.flush();
        outbox.publish(EventType.TASK_CHANGED_V1, planId.toString(), task.toEvent());
        return task;
    }

    /** Which of the tasks were done or cancelled on {@code at}, from their progress history. */
    @Transactional
    public java.util.Set<UUID> closedOn(java.util.Collection<Task> of, LocalDate at) {
        return tasks.closedOn(of.stream().map(task -> task.id).toList(), at);
    }

    /** The task's progress reports, oldest first. */
    @Transactional
    public List<TaskDtos.ProgressEntry> history(UUID planId, UUID taskId) {
        Task task = tasks.findById(taskId);
        if (task == null || !task.planId.equals(planId)) {
            throw ProblemException.notFound("Task", taskId);
        }
        plans.get(planId); // read rules of the plan
        return tasks.progressOf(taskId);
    }

    static final Sorting SORTING = Sorting.by("dueDate", "t.number, t.id", "dueDate", "t.dueDate", "number", "t.number", "status", "t.status");

    /** Tasks of {@code unitCode} across all plans, as lead, coordinator or either; optionally only the overdue ones. */
    @Transactional
    public Page<Task> ofUnit(String unitCode, Role role, LocalDate at, boolean overdueOnly, PageRequest page) {
        if (!scope.isNational() && !scope.canRead(unitCode, null)) {
            throw ProblemException.forbidden("Unit '" + unitCode + "' is outside your scope");
        }
        // Collective tasks: led (or coordinated) by every unit of the unit's kind in a plan whose area contains the unit.
        String lead = "(t.leadUnitCode = :unit or :unit member of t.coLeadUnitCodes or ((t.leadUnitKind in :kinds or exists "
                + "(select 1 from Task k join k.coLeadUnitKinds kind where k = t and kind in :kinds)) and t.planId in "
                + "(select p.id from Plan p where p.areaUnitCode in :areas)))";
        String coordinator = "(:unit member of t.coordinatingUnitCodes or (exists (select 1 from Task k join k.coordinatingUnitKinds kind "
                + "where k = t and kind in :kinds) and t.planId in (select p.id from Plan p where p.areaUnitCode in :areas)))";
        String where = switch (role) {
            case LEAD -> lead;
            case COORDINATOR -> coordinator;
            case ANY -> "(" + lead + " or " + coordinator + ")";
        };
        Parameters params = Parameters.with("unit", unitCode).and("kinds", kindsOf(unitCode))
                .and("areas", hierarchy.selfAndAncestors(unitCode, null));
        if (overdueOnly) {
            // Open on that day: its latest progress report on or before it did not close it (reopened tasks included).
            where += " and t.dueDate < :at and not exists (select 1 from TaskProgress h where h.taskId = t.id and h.status in (:closed)"
                    + " and h.seq = (select max(l.seq) from TaskProgress l where l.taskId = t.id and l.asOf <= :at))";
            params.and("at", at).and("closed", List.of(Task.Status.DONE, Task.Status.CANCELLED));
        }
        return tasks.page(where, params, SORTING.orderBy(page), page);
    }

    private void validate(Plan plan, TaskDtos.TaskInput input) {
        validate(plan, input, null);
    }

    /** @param revising the task being corrected (its own number is no conflict), or null for a new task */
    private void validate(Plan plan, TaskDtos.TaskInput input, UUID revising) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> coordinators = input.coordinatingUnitCodes() == null ? List.of() : input.coordinatingUnitCodes();
        List<String> coLeads = input.coLeadUnitCodes() == null ? List.of() : input.coLeadUnitCodes();
        if (input.section()) {
            if (input.leadUnitCode() != null || input.leadUnitKind() != null || input.deadline() != null || !coordinators.isEmpty()
                    || !coLeads.isEmpty() || input.coLeadUnitKinds() != null && !input.coLeadUnitKinds().isEmpty()
                    || input.coordinatingUnitKinds() != null && !input.coordinatingUnitKinds().isEmpty()) {
                errors.add(new Problem.FieldError("section", "a section groups tasks: it has no lead, coordinators or deadline"));
            }
        } else {
            boolean coLed = !coLeads.isEmpty() || input.coLeadUnitKinds() != null && !input.coLeadUnitKinds().isEmpty();
            if (input.leadUnitCode() != null && input.leadUnitKind() != null) {
                errors.add(new Problem.FieldError("leadUnitCode", "a task has one lead (chủ trì): a unit, or every unit of a kind (leadUnitKind)"));
            } else if (coLed && input.leadUnitCode() == null && input.leadUnitKind() == null) {
                errors.add(new Problem.FieldError("coLeadUnitCodes", "co-leads lead beside a lead: name the lead first"));
            } else if (input.leadUnitCode() != null && !plans.mayAssign(input.leadUnitCode(), plan)) {
                errors.add(new Problem.FieldError("leadUnitCode", "'" + input.leadUnitCode() + "' is not a unit of the plan's area"));
            }
            // No deadline is allowed: source documents assign one-off acts without a date, and none is invented for them.
            if (input.deadline() != null) {
                errors.addAll(input.deadline().errors());
            }
        }
        for (String code : new LinkedHashSet<>(coLeads)) {
            if (!plans.mayAssign(code, plan)) {
                errors.add(new Problem.FieldError("coLeadUnitCodes", "'" + code + "' is not a known unit of the plan's area"));
            } else if (code.equals(input.leadUnitCode())) {
                errors.add(new Problem.FieldError("coLeadUnitCodes", "'" + code + "' is already the lead"));
            }
        }
        for (String code : new LinkedHashSet<>(coordinators)) {
            if (!plans.mayAssign(code, plan)) {
                errors.add(new Problem.FieldError("coordinatingUnitCodes", "'" + code + "' is not a known unit of the plan's area"));
            } else if (code.equals(input.leadUnitCode()) || coLeads.contains(code)) {
                errors.add(new Problem.FieldError("coordinatingUnitCodes", "'" + code + "' already leads the task"));
            }
        }
        if (input.parentTaskId() != null) {
            Task parent = tasks.findById(input.parentTaskId());
            if (parent == null || !parent.planId.equals(plan.id)) {
                errors.add(new Problem.FieldError("parentTaskId", "no such task in this plan"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The task is not valid for this plan", errors);
        }
        if (revising == null && tasks.numberTaken(plan.id, input.number())) {
            throw ProblemException.conflict("The plan already has a task numbered " + input.number());
        }
    }

    private List<String> kindsOf(String unitCode) {
        List<String> kinds = units.recorded(unitCode).stream().map(unit -> unit.kind.name()).distinct().toList();
        return kinds.isEmpty() ? List.of("-") : kinds;
    }
}
