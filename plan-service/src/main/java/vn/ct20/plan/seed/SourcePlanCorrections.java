package vn.ct20.plan.seed;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.ct20.plan.document.Plan;
import vn.ct20.plan.document.PlanDtos;
import vn.ct20.plan.document.PlanService;
import vn.ct20.plan.document.PlanStatus;
import vn.ct20.plan.regime.ReportingRegime;
import vn.ct20.plan.regime.ReportingRegimeDtos;
import vn.ct20.plan.regime.ReportingRegimeService;
import vn.ct20.plan.target.Target;
import vn.ct20.plan.target.TargetDtos;
import vn.ct20.plan.target.TargetService;
import vn.ct20.plan.task.Task;
import vn.ct20.plan.task.TaskDtos;
import vn.ct20.plan.task.TaskService;

/**
 * Brings a source plan loaded from an earlier revision of the transcription to what its document
 * says: one amendment by the system ("đính chính theo văn bản gốc"), then each part through its own
 * service and rules, publishing the same events an editor's changes would. Parts are matched by what
 * identifies them (a task's number, a target's label, what makes a regime's obligations): tasks and
 * regimes are corrected in place (reports refer to them), targets replaced, missing parts added. A
 * part the document does not have was added by an editor and is never removed. The plan's purpose,
 * the plans it implements and its budget follow the document. Nothing changes when the plan already
 * says what the document says, and a closed plan does not change.
 */
@ApplicationScoped
public class SourcePlanCorrections {
    private static final Logger LOG = Logger.getLogger(SourcePlanCorrections.class);
    static final String REASON = "Đính chính dữ liệu theo văn bản gốc (bản chép lại số %d)";

    @Inject
    PlanService plans;

    @Inject
    SourcePlanInputs inputs;

    @Inject
    TargetService targets;

    @Inject
    ReportingRegimeService regimes;

    @Inject
    TaskService tasks;

    /** @return how many changes were made; none for a closed plan, which no longer changes */
    @Transactional(Transactional.TxType.MANDATORY)
    public int bringUpToDate(UUID planId, JsonNode node, int revision) {
        Plan plan = plans.loadedFromSource(planId);
        if (plan.status == PlanStatus.CLOSED) {
            LOG.infof("Source plan %s is closed: revision %d is not applied to it", planId, revision);
            return 0;
        }
        List<Runnable> changes = new ArrayList<>();
        PlanDtos.PlanInput asWritten = inputs.planInput(node);
        if (!Objects.equals(plan.purpose, asWritten.purpose()) || !parentIds(plan).equals(new TreeSet<>(asWritten.parentIds()))) {
            changes.add(() -> plans.reviseFromSource(plan, asWritten));
        }
        if (node.hasNonNull("budget")) {
            PlanDtos.BudgetInput budget = inputs.budgetInput(node);
            if (!Objects.equals(plan.declaredBudgetTotal, budget.declaredTotal()) || !budgetLines(plan).equals(budget.lines())) {
                changes.add(() -> plans.replaceBudgetFromSource(plan, budget));
            }
        }
        correctTargets(plan, node, changes);
        correctRegimes(plan, node, changes);
        correctTasks(plan, node, changes);
        if (changes.isEmpty()) {
            return 0;
        }
        plans.amendFromSource(plan, REASON.formatted(revision));
        changes.forEach(Runnable::run);
        LOG.infof("Source plan %s corrected to revision %d: %d changes", plan.number == null ? planId : plan.number, revision, changes.size());
        return changes.size();
    }

    /**
     * A target the transcription loaded is known by its label: one whose wording is the document's but whose
     * measure differs is replaced (reports refer to no target). A target with a label the document does not
     * have was added by an editor and stays.
     */
    private void correctTargets(Plan plan, JsonNode node, List<Runnable> changes) {
        Map<String, Target> loaded = new HashMap<>();
        targets.ofLoadedPlan(plan).forEach(t -> loaded.put(t.label, t));
        for (JsonNode written : node.path("targets")) {
            TargetDtos.TargetInput input = inputs.targetInput(written);
            Target target = loaded.get(input.label().trim());
            if (target == null) {
                changes.add(() -> targets.register(plan, input));
            } else if (!key(target).equals(key(input))) {
                changes.add(() -> {
                    targets.removeFromSource(target);
                    targets.register(plan, input);
                });
            }
        }
    }

    /**
     * A regime is known by what makes its obligations (frequency, due date, who receives the reports, the
     * cut-off): one the document has is corrected in place, keeping its id, so the obligations and reports
     * filed under it stay; a missing one is added; a regime the document does not have was added by an
     * editor and stays.
     */
    private void correctRegimes(Plan plan, JsonNode node, List<Runnable> changes) {
        Map<String, ReportingRegime> loaded = new HashMap<>();
        regimes.ofLoadedPlan(plan).forEach(r -> loaded.put(identity(r), r));
        for (JsonNode written : node.path("regimes")) {
            ReportingRegimeDtos.RegimeInput input = inputs.regimeInput(written);
            ReportingRegime regime = loaded.remove(identity(input));
            if (regime == null) {
                changes.add(() -> regimes.register(plan, input));
            } else if (!key(regime).equals(key(input))) {
                changes.add(() -> regimes.reviseFromSource(plan, regime, input));
            }
        }
    }

    /** Tasks by number: corrected in place or added in document order (a parent before its tasks); tasks the document lacks stay. */
    private void correctTasks(Plan plan, JsonNode node, List<Runnable> changes) {
        Map<String, Task> loaded = new HashMap<>();
        Map<UUID, String> numbers = new HashMap<>();
        tasks.ofLoadedPlan(plan).forEach(t -> {
            loaded.put(t.number, t);
            numbers.put(t.id, t.number);
        });
        Map<String, UUID> ids = new HashMap<>();
        loaded.forEach((number, task) -> ids.put(number, task.id));
        for (JsonNode written : node.path("tasks")) {
            String number = written.get("number").asText();
            Task task = loaded.get(number);
            // The parent is compared by number: a section the correction adds has no id yet.
            String parentAsWritten = written.hasNonNull("parentNumber") ? written.get("parentNumber").asText() : null;
            if (task == null) {
                changes.add(() -> ids.put(number, tasks.register(plan, inputs.taskInput(written, ids)).id));
            } else if (!Objects.equals(numbers.get(task.parentTaskId), parentAsWritten)
                    || !key(task).equals(key(inputs.taskInput(written, new HashMap<>())))) {
                changes.add(() -> tasks.reviseFromSource(plan, task, inputs.taskInput(written, ids)));
            }
        }
    }

    private static Set<UUID> parentIds(Plan plan) {
        Set<UUID> ids = new TreeSet<>();
        plan.parents.forEach(parent -> ids.add(parent.id));
        return ids;
    }

    private static List<PlanDtos.BudgetLineView> budgetLines(Plan plan) {
        return plan.budgetLines.stream().map(line -> new PlanDtos.BudgetLineView(line.fundingSource, line.amount, line.description)).toList();
    }

    private static String key(TargetDtos.TargetInput t) {
        return String.join("|", t.label().trim(), t.indicatorCode(), t.measure().name(), t.comparator().name(), plain(t.value()),
                plain(t.valueTo()), plain(t.stretchValue()), t.scope().name(), String.valueOf(t.subUnitKind()), t.marketScope().name(),
                String.valueOf(t.marketCode()), String.valueOf(t.marketGroupCode()), t.timeBasis().name(), String.valueOf(t.fromYear()),
                String.valueOf(t.toYear()));
    }

    private static String key(Target t) {
        return String.join("|", t.label, t.indicatorCode, t.measure.name(), t.comparator.name(), plain(t.value), plain(t.valueTo),
                plain(t.stretchValue), t.scope.name(), String.valueOf(t.subUnitKind), t.marketScope.name(), String.valueOf(t.marketCode),
                String.valueOf(t.marketGroupCode), t.timeBasis.name(), String.valueOf(t.fromYear), String.valueOf(t.toYear));
    }

    private static String identity(ReportingRegimeDtos.RegimeInput r) {
        return String.join("|", r.frequency().name(), String.valueOf(r.dueDay()), String.valueOf(r.dueMonth()),
                String.valueOf(r.consolidatingUnitCode()), String.valueOf(Boolean.TRUE.equals(r.consolidatingLabourAuthority())),
                r.cutOffRule() == null ? "DECREE_09" : r.cutOffRule());
    }

    private static String identity(ReportingRegime r) {
        return String.join("|", r.frequency.name(), String.valueOf(r.dueDay), String.valueOf(r.dueMonth),
                String.valueOf(r.consolidatingUnitCode), String.valueOf(r.consolidatingLabourAuthority), r.cutOffRule);
    }

    private static String key(ReportingRegimeDtos.RegimeInput r) {
        Set<String> kinds = new TreeSet<>();
        if (r.reportingUnitKinds() != null) {
            r.reportingUnitKinds().forEach(kind -> kinds.add(kind.name()));
        }
        return String.join("|", r.frequency().name(), String.valueOf(r.dueDay()), String.valueOf(r.dueMonth()),
                String.valueOf(r.consolidatingUnitCode()), String.valueOf(Boolean.TRUE.equals(r.consolidatingLabourAuthority())),
                r.cutOffRule() == null ? "DECREE_09" : r.cutOffRule(),
                sorted(r.reportingUnitCodes()).toString(), kinds.toString(), String.valueOf(Boolean.TRUE.equals(r.reportingTaskLeads())),
                String.valueOf(blankToNull(r.description())));
    }

    private static String key(ReportingRegime r) {
        return String.join("|", r.frequency.name(), String.valueOf(r.dueDay), String.valueOf(r.dueMonth),
                String.valueOf(r.consolidatingUnitCode), String.valueOf(r.consolidatingLabourAuthority), r.cutOffRule,
                new TreeSet<>(r.reportingUnitCodes).toString(), new TreeSet<>(r.reportingUnitKinds).toString(),
                String.valueOf(r.reportingTaskLeads), String.valueOf(r.description));
    }

    private static String key(TaskDtos.TaskInput t) {
        return String.join("|", t.title().trim(), String.valueOf(t.section()), String.valueOf(t.leadUnitCode()),
                t.leadUnitKind() == null ? "null" : t.leadUnitKind().name(), sorted(t.coLeadUnitCodes()).toString(),
                (t.coLeadUnitKinds() == null ? new TreeSet<String>() : new TreeSet<>(t.coLeadUnitKinds().stream().map(Enum::name).toList())).toString(),
                sorted(t.coordinatingUnitCodes()).toString(),
                (t.coordinatingUnitKinds() == null ? new TreeSet<String>() : new TreeSet<>(t.coordinatingUnitKinds().stream().map(Enum::name).toList()))
                        .toString(), String.valueOf(t.deadline()));
    }

    private static String key(Task t) {
        return String.join("|", t.title, String.valueOf(t.section), String.valueOf(t.leadUnitCode),
                String.valueOf(t.leadUnitKind), new TreeSet<>(t.coLeadUnitCodes).toString(), new TreeSet<>(t.coLeadUnitKinds).toString(),
                new TreeSet<>(t.coordinatingUnitCodes).toString(), new TreeSet<>(t.coordinatingUnitKinds).toString(),
                String.valueOf(t.deadline()));
    }

    private static Set<String> sorted(List<String> values) {
        return values == null ? new TreeSet<>() : new TreeSet<>(values);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
