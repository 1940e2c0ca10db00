package vn.ct20.plan.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ct20.events.EventType;
import vn.ct20.plan.unit.Unit;
import vn.ct20.plan.unit.UnitService;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.Sorting;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.CurrentUser;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.ETags;

/**
 * Plans and the rules that bind them: they form a DAG rooted at the directive (no cycles), an
 * issued plan changes only by amendment (the state before it is kept), and a declared budget total
 * equals the sum of the lines. Unit scope for plans follows the hierarchy across all time, so the
 * province that had a district sees the district's plans after the district ceased.
 */
@ApplicationScoped
public class PlanService {
    static final Sorting SORTING = Sorting.by("issueDate", "p.id",
            "issueDate", "p.issueDate", "number", "p.number", "title", "p.title", "createdAt", "p.createdAt");
    public static final String SYSTEM_ACTOR = "system:source-plans";

    @Inject
    PlanRepository plans;

    @Inject
    UnitService units;

    @Inject
    UnitHierarchy hierarchy;

    @Inject
    UnitScope scope;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** Whether a plan with this id is recorded (for loaders that give plans fixed ids). */
    @Transactional
    public boolean exists(UUID id) {
        return plans.findByIdOptional(id).isPresent();
    }

    @Transactional
    public Plan create(PlanDtos.PlanInput input) {
        requireScope(input.areaUnitCode());
        requireReadableParents(input);
        return register(UUID.randomUUID(), input);
    }

    /** A caller's plan implements plans it can read (its own area's and those above); any other id is answered as unknown. */
    private void requireReadableParents(PlanDtos.PlanInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (UUID parentId : new LinkedHashSet<>(input.parentIds() == null ? List.<UUID>of() : input.parentIds())) {
            boolean readable = plans.findByIdOptional(parentId)
                    .filter(parent -> scope.isNational() || scope.canRead(parent.areaUnitCode, null)).isPresent();
            if (!readable) {
                errors.add(new Problem.FieldError("parentIds", "no plan " + parentId));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The plan names plans that do not exist", errors);
        }
    }

    /** Creates a plan without a caller (the source-plan loader); the rules still apply. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Plan register(UUID id, PlanDtos.PlanInput input) {
        validate(input, null);
        if (plans.numberTaken(input.number(), input.issuingUnitCode(), null)) {
            throw ProblemException.conflict("Plan " + input.number() + " of " + input.issuingUnitCode() + " already exists");
        }
        Plan plan = new Plan();
        plan.id = id;
        PlanTransition.CREATE.apply(plan);
        apply(plan, input);
        plans.persist(plan);
        publish(plan);
        return plan;
    }

    @Transactional
    public Plan update(UUID id, String ifMatch, PlanDtos.PlanInput input) {
        Plan plan = getForWrite(id);
        ETags.requireMatch(ifMatch, plan.version);
        requireScope(input.areaUnitCode());
        requireReadableParents(input);
        validate(input, plan.id);
        if (plans.numberTaken(input.number(), input.issuingUnitCode(), plan.id)) {
            throw ProblemException.conflict("Plan " + input.number() + " of " + input.issuingUnitCode() + " already exists");
        }
        amendIfIssued(plan, input.amendmentReason(), user.subject());
        apply(plan, input);
        plans.flush();
        publish(plan);
        return plan;
    }

    @Transactional
    public Plan issue(UUID id, String ifMatch) {
        Plan plan = getForWrite(id);
        ETags.requireMatch(ifMatch, plan.version);
        return issue(plan);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Plan issue(Plan plan) {
        PlanTransition.ISSUE.apply(plan);
        plans.flush();
        publish(plan);
        return plan;
    }

    @Transactional
    public Plan close(UUID id, String ifMatch) {
        Plan plan = getForWrite(id);
        ETags.requireMatch(ifMatch, plan.version);
        PlanTransition.CLOSE.apply(plan);
        plans.flush();
        publish(plan);
        return plan;
    }

    @Transactional
    public Plan replaceBudget(UUID id, String ifMatch, PlanDtos.BudgetInput input) {
        Plan plan = getForWrite(id);
        ETags.requireMatch(ifMatch, plan.version);
        return replaceBudget(plan, input, user.subject());
    }

    /** Sets the budget lines and declared total; refused (422) when the lines do not add up to the total. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Plan replaceBudget(Plan plan, PlanDtos.BudgetInput input, String actor) {
        return replaceBudget(plan, input, actor, true);
    }

    private Plan replaceBudget(Plan plan, PlanDtos.BudgetInput input, String actor, boolean amend) {
        List<BudgetLine> lines = input.lines().stream()
                .map(line -> new BudgetLine(line.fundingSource(), line.amount(), blankToNull(line.description())))
                .toList();
        long sum = lines.stream().filter(l -> l.amount != null).mapToLong(l -> l.amount).sum();
        if (input.declaredTotal() != null && sum != input.declaredTotal()) {
            throw ProblemException.unprocessable("The budget lines add up to " + sum + " VND but the plan states "
                            + input.declaredTotal() + " VND; correct a line or the total",
                    List.of(new Problem.FieldError("lines", "add up to " + sum + ", not " + input.declaredTotal())));
        }
        if (amend) {
            amendIfIssued(plan, input.amendmentReason(), actor);
        }
        plan.declaredBudgetTotal = input.declaredTotal();
        plan.budgetLines.clear();
        plan.budgetLines.addAll(lines);
        plans.flush();
        publish(plan);
        return plan;
    }

    /** The loader's correction of the budget, inside {@link #amendFromSource}: no second amendment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Plan replaceBudgetFromSource(Plan plan, PlanDtos.BudgetInput input) {
        return replaceBudget(plan, input, SYSTEM_ACTOR, false);
    }

    /**
     * Starts a change of one of the plan's parts (targets, reporting regimes) for the caller: checks
     * scope and status, and makes it an amendment when the plan is issued (a reason is then required).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Plan beginPartChange(UUID id, String amendmentReason) {
        Plan plan = getForWrite(id);
        if (plan.status.isIssued()) {
            amendIfIssued(plan, amendmentReason, user.subject());
            plans.flush();
            publish(plan);
        }
        return plan;
    }

    @Transactional
    public Plan get(UUID id) {
        Plan plan = plans.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Plan", id));
        if (!scope.isNational() && !scope.canRead(plan.areaUnitCode, null)) {
            // As for an id that does not exist: an id reveals neither the plan nor its area.
            throw ProblemException.notFound("Plan", id);
        }
        return plan;
    }

    @Transactional
    public Page<Plan> search(PlanRepository.PlanFilter filter, PageRequest page) {
        // Readable: plans of the caller's units and of the units above (the plans it implements).
        Optional<List<String>> areas = scope.visibleUnitsAndAncestors(null);
        return plans.search(filter, areas, page, SORTING.orderBy(page));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<PlanDtos.PlanVersionView> versions(UUID id) {
        get(id);
        List<PlanRepository.StoredVersion> rows = plans.versionsOf(id);
        List<PlanDtos.PlanVersionView> versions = new ArrayList<>();
        for (PlanRepository.StoredVersion row : rows) {
            try {
                versions.add(new PlanDtos.PlanVersionView(row.version(), row.reason(), row.changedBy(), row.changedAt(),
                        json.readValue(row.state(), PlanDtos.PlanView.class)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored version of plan " + id + " cannot be read", e);
            }
        }
        return versions;
    }

    /**
     * The source-plan loader corrects a plan it loaded to what its document says: an issued plan is
     * amended once, by the system, with {@code reason}, and its parts then change through their own rules.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void amendFromSource(Plan plan, String reason) {
        if (plan.status.isIssued()) {
            amendIfIssued(plan, reason, SYSTEM_ACTOR);
            plans.flush();
            publish(plan);
        }
    }

    /** A plan the source-plan loader made, read without a caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Plan loadedFromSource(UUID id) {
        return plans.findById(id);
    }

    /** The loader's correction of the plan's own fields (purpose, the plans it implements …), inside {@link #amendFromSource}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviseFromSource(Plan plan, PlanDtos.PlanInput input) {
        validate(input, plan.id);
        apply(plan, input);
        plans.flush();
        publish(plan);
    }

    /**
     * Whether a plan may give {@code unitCode} a task or a reporting duty. Tasks and reports go to units
     * of the plan's area; below the province level, also to units beside it in the
     * territory above (the district VBSP office serving a town that was split from the district); and to
     * bodies of a territory that contains the area (the province's labour department in a district plan,
     * a ministry in a province plan).
     */
    public boolean mayAssign(String unitCode, Plan plan) {
        String above = parentOf(plan.areaUnitCode);
        boolean belowProvince = !Roles.ROOT_UNIT.equals(above) && !plan.areaUnitCode.equals(above);
        return hierarchy.isWithin(unitCode, plan.areaUnitCode, null)
                || (belowProvince && hierarchy.isWithin(unitCode, above, null))
                || hierarchy.isWithin(plan.areaUnitCode, parentOf(unitCode), null);
    }

    /** The parent of the unit's latest version; an unknown code is its own "parent", which contains nothing. */
    private String parentOf(String unitCode) {
        List<Unit> versions = units.recorded(unitCode);
        String parent = versions.isEmpty() ? null : versions.get(versions.size() - 1).parentCode;
        return parent == null ? unitCode : parent;
    }

    private Plan getForWrite(UUID id) {
        Plan plan = get(id);
        requireScope(plan.areaUnitCode);
        if (plan.status == PlanStatus.CLOSED) {
            throw ProblemException.conflict("Plan " + id + " is closed and cannot change");
        }
        return plan;
    }

    private void requireScope(String areaUnitCode) {
        if (!scope.isNational() && !scope.covers(areaUnitCode, UnitScope.today())
                && !hierarchy.isWithin(areaUnitCode, String.valueOf(user.unitCode()), null)) {
            throw ProblemException.forbidden("You act for unit '" + user.unitCode() + "' and may not change plans of '" + areaUnitCode + "'");
        }
    }

    /** An issued plan changes only by amendment: the reason is required and the state before it is kept. */
    private void amendIfIssued(Plan plan, String reason, String actor) {
        if (!plan.status.isIssued()) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.conflict("Plan " + plan.id + " is issued: it changes only by amendment; give an amendmentReason");
        }
        try {
            plans.storeVersion(plan.id, plan.version, json.writeValueAsString(PlanDtos.PlanView.of(plan)), reason.trim(), actor);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        PlanTransition.AMEND.apply(plan);
    }

    private void validate(PlanDtos.PlanInput input, UUID planId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.periodFrom() != null && input.periodTo() != null && input.periodTo() < input.periodFrom()) {
            errors.add(new Problem.FieldError("periodTo", "must not be before periodFrom"));
        }
        Integer end = input.periodTo() != null ? input.periodTo() : input.periodFrom();
        if (input.orientationYear() != null && end != null && input.orientationYear() < end) {
            errors.add(new Problem.FieldError("orientationYear", "must not be before the end of the period"));
        }
        List<Unit> area = units.recorded(input.areaUnitCode());
        if (area.isEmpty()) {
            errors.add(new Problem.FieldError("areaUnitCode", "unknown unit"));
        } else if (!area.get(area.size() - 1).kind.isTerritory()) {
            errors.add(new Problem.FieldError("areaUnitCode", "must be a territory (country, province, district or commune)"));
        }
        if (units.recorded(input.issuingUnitCode()).isEmpty()) {
            errors.add(new Problem.FieldError("issuingUnitCode", "unknown unit"));
        } else if (!area.isEmpty() && !hierarchy.isWithin(input.issuingUnitCode(), input.areaUnitCode(), null)) {
            errors.add(new Problem.FieldError("issuingUnitCode", "must be a body of the plan's area " + input.areaUnitCode()));
        }
        List<UUID> parentIds = input.parentIds() == null ? List.of() : input.parentIds();
        if (parentIds.isEmpty() && input.kind() != PlanKind.DIRECTIVE) {
            errors.add(new Problem.FieldError("parentIds", "name the plan(s) this one implements; only a directive has none"));
        }
        for (UUID parentId : new LinkedHashSet<>(parentIds)) {
            if (plans.findByIdOptional(parentId).isEmpty()) {
                errors.add(new Problem.FieldError("parentIds", "no plan " + parentId));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The plan contradicts the rules or names unknown units or plans", errors);
        }
        if (planId != null) {
            for (UUID parentId : parentIds) {
                if (plans.isSelfOrDescendant(parentId, planId)) {
                    throw ProblemException.conflict("Plan " + parentId + " implements this plan (directly or further down): "
                            + "making it a parent would create a cycle");
                }
            }
        }
    }

    private void apply(Plan plan, PlanDtos.PlanInput input) {
        plan.number = blankToNull(input.number());
        plan.kind = input.kind();
        plan.title = input.title().trim();
        plan.issuingUnitCode = input.issuingUnitCode();
        plan.areaUnitCode = input.areaUnitCode();
        plan.issueDate = input.issueDate();
        plan.periodFrom = input.periodFrom();
        plan.periodTo = input.periodTo();
        plan.orientationYear = input.orientationYear();
        plan.purpose = blankToNull(input.purpose());
        plan.parents.clear();
        List<UUID> parentIds = input.parentIds() == null ? List.of() : input.parentIds();
        new LinkedHashSet<>(parentIds).forEach(parentId -> plan.parents.add(plans.findById(parentId)));
    }

    private void publish(Plan plan) {
        outbox.publish(EventType.PLAN_CHANGED_V1, plan.id.toString(), plan.toEvent(plan.version));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
