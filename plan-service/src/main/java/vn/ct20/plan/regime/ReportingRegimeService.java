package vn.ct20.plan.regime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ct20.events.EventType;
import vn.ct20.plan.document.Plan;
import vn.ct20.plan.document.PlanService;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;

@ApplicationScoped
public class ReportingRegimeService {

    @Inject
    ReportingRegimeRepository regimes;

    @Inject
    PlanService plans;

    @Inject
    Outbox outbox;

    @Transactional
    public List<ReportingRegime> list(UUID planId) {
        plans.get(planId);
        return regimes.ofPlan(planId);
    }

    @Transactional
    public ReportingRegime add(UUID planId, ReportingRegimeDtos.RegimeInput input) {
        validate(plans.get(planId), input); // before the amendment, so a refused regime amends nothing
        return insert(plans.beginPartChange(planId, input.amendmentReason()), input);
    }

    /** Adds a regime without a caller (source-plan loader); the rules apply. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportingRegime register(Plan plan, ReportingRegimeDtos.RegimeInput input) {
        validate(plan, input);
        return insert(plan, input);
    }

    /**
     * Corrects a regime in place without a caller (source-plan loader, inside its amendment): it keeps its
     * id, so the obligations and reports filed under it stay theirs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportingRegime reviseFromSource(Plan plan, ReportingRegime regime, ReportingRegimeDtos.RegimeInput input) {
        validate(plan, input);
        describe(regime, input);
        regimes.flush();
        outbox.publish(EventType.REPORTING_REGIME_CHANGED_V1, plan.id.toString(), regime.toEvent(plan.areaUnitCode, false));
        return regime;
    }

    private ReportingRegime insert(Plan plan, ReportingRegimeDtos.RegimeInput input) {
        ReportingRegime regime = new ReportingRegime();
        regime.id = UUID.randomUUID();
        regime.planId = plan.id;
        describe(regime, input);
        regimes.persist(regime);
        outbox.publish(EventType.REPORTING_REGIME_CHANGED_V1, plan.id.toString(), regime.toEvent(plan.areaUnitCode, false));
        return regime;
    }

    private static void describe(ReportingRegime regime, ReportingRegimeDtos.RegimeInput input) {
        regime.frequency = input.frequency();
        regime.dueDay = input.dueDay();
        regime.dueMonth = input.dueMonth();
        regime.consolidatingUnitCode = input.consolidatingUnitCode();
        regime.consolidatingLabourAuthority = Boolean.TRUE.equals(input.consolidatingLabourAuthority());
        regime.cutOffRule = input.cutOffRule() == null ? "DECREE_09" : input.cutOffRule();
        regime.description = input.description() == null || input.description().isBlank() ? null : input.description().trim();
        regime.reportingUnitCodes.clear();
        if (input.reportingUnitCodes() != null) {
            regime.reportingUnitCodes.addAll(input.reportingUnitCodes());
        }
        regime.reportingUnitKinds.clear();
        if (input.reportingUnitKinds() != null) {
            input.reportingUnitKinds().forEach(kind -> regime.reportingUnitKinds.add(kind.name()));
        }
        regime.reportingTaskLeads = Boolean.TRUE.equals(input.reportingTaskLeads());
    }

    @Transactional
    public void remove(UUID planId, UUID regimeId, String amendmentReason) {
        ReportingRegime regime = regimes.findById(regimeId);
        if (regime == null || !regime.planId.equals(planId)) {
            throw ProblemException.notFound("Reporting regime", regimeId);
        }
        Plan plan = plans.beginPartChange(planId, amendmentReason);
        regimes.delete(regime);
        outbox.publish(EventType.REPORTING_REGIME_CHANGED_V1, planId.toString(), regime.toEvent(plan.areaUnitCode, true));
    }

    /** The regimes of a plan the source-plan loader made, read without a caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReportingRegime> ofLoadedPlan(Plan plan) {
        return regimes.ofPlan(plan.id);
    }

    /** Removes a regime without a caller (source-plan loader, inside its amendment). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeFromSource(Plan plan, ReportingRegime regime) {
        regimes.delete(regime);
        outbox.publish(EventType.REPORTING_REGIME_CHANGED_V1, plan.id.toString(), regime.toEvent(plan.areaUnitCode, true));
    }

    private void validate(Plan plan, ReportingRegimeDtos.RegimeInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean quarterDay = input.frequency() == ReportingRegime.Frequency.QUARTERLY && input.dueDay() != null && input.dueMonth() == null;
        if (quarterDay) {
            if (input.dueDay() > 28) {
                errors.add(new Problem.FieldError("dueDay", "a day of the month after the quarter: at most 28, which every month has"));
            }
        } else if ((input.dueDay() == null) != (input.dueMonth() == null)) {
            errors.add(new Problem.FieldError("dueMonth", "give both dueDay and dueMonth, or neither (a quarterly regime may give the day alone)"));
        } else if (input.dueDay() != null) {
            try {
                MonthDay.of(input.dueMonth(), input.dueDay());
            } catch (DateTimeException e) {
                errors.add(new Problem.FieldError("dueDay", "no such day in month " + input.dueMonth()));
            }
        }
        if ("YEAR_TO_DATE".equals(input.cutOffRule()) && input.frequency() != ReportingRegime.Frequency.QUARTERLY) {
            errors.add(new Problem.FieldError("cutOffRule", "YEAR_TO_DATE is the quarterly reports' cut-off (Circular 01/2020)"));
        }
        if (input.frequency() == ReportingRegime.Frequency.AD_HOC && input.dueDay() != null) {
            errors.add(new Problem.FieldError("dueDay", "an ad-hoc regime has no fixed due date; each request sets its own"));
        }
        // As for tasks: bodies of the area, of a territory containing it (the ministry a province reports to), or beside it below a province.
        if ((input.consolidatingUnitCode() == null) != Boolean.TRUE.equals(input.consolidatingLabourAuthority())) {
            errors.add(new Problem.FieldError("consolidatingUnitCode",
                    "name the unit that receives the reports, or let each reporter report to its territory's labour authority, not both"));
        } else if (input.consolidatingUnitCode() != null && !plans.mayAssign(input.consolidatingUnitCode(), plan)) {
            errors.add(new Problem.FieldError("consolidatingUnitCode", "must be a unit of the plan's area " + plan.areaUnitCode + " or above it"));
        }
        List<String> codes = input.reportingUnitCodes() == null ? List.of() : input.reportingUnitCodes();
        for (String code : codes) {
            if (!plans.mayAssign(code, plan)) {
                errors.add(new Problem.FieldError("reportingUnitCodes", "'" + code + "' is not a unit of the plan's area " + plan.areaUnitCode
                        + " or above it"));
            }
        }
        if (codes.isEmpty() && (input.reportingUnitKinds() == null || input.reportingUnitKinds().isEmpty())
                && !Boolean.TRUE.equals(input.reportingTaskLeads())) {
            errors.add(new Problem.FieldError("reportingUnitKinds", "name the reporting units or their kinds, or let the task leads report"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The reporting regime contradicts the plan or the calendar", errors);
        }
    }
}
