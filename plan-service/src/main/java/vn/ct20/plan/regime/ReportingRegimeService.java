package vn.ct20.plan.regime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.events.EventType;
import vn.ct20.plan.document.Plan;
import vn.ct20.plan.document.PlanService;
import vn.ct20.plan.unit.UnitKind;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.web.Codes;

@ApplicationScoped
public class ReportingRegimeService {

    @Schema(name = "ReportingRegimeInput", example = """
            {"frequency":"FIRST_HALF_YEAR","dueDay":20,"dueMonth":6,"consolidatingUnitCode":"20-SLDTBXH",
             "reportingUnitCodes":[],"reportingUnitKinds":["DEPARTMENT","DISTRICT"],
             "description":"Định kỳ 6 tháng (trước ngày 20/6), các sở, ban, ngành, UBND các huyện, thành phố báo cáo UBND tỉnh (qua Sở LĐTBXH)",
             "amendmentReason":null}""")
    public record RegimeInput(
            @NotNull ReportingRegime.Frequency frequency,
            @Min(1) @Max(31) @Schema(nullable = true) Integer dueDay,
            @Min(1) @Max(12) @Schema(nullable = true) Integer dueMonth,
            @NotBlank @Pattern(regexp = Codes.UNIT) String consolidatingUnitCode,
            @Size(max = 500) @Schema(nullable = true) List<@NotBlank @Pattern(regexp = Codes.UNIT) String> reportingUnitCodes,
            @Size(max = 20) @Schema(nullable = true) List<@NotNull UnitKind> reportingUnitKinds,
            @Size(max = 1000) @Schema(nullable = true) String description,
            @Size(max = 1000) @Schema(nullable = true) String amendmentReason) {
    }

    @Schema(name = "ReportingRegime")
    public record RegimeView(UUID id, UUID planId, ReportingRegime.Frequency frequency, @Schema(nullable = true) Integer dueDay,
                             @Schema(nullable = true) Integer dueMonth,
                             String consolidatingUnitCode, Set<String> reportingUnitCodes, Set<String> reportingUnitKinds,
                             String cutOffRule, @Schema(nullable = true) String description) {
        static RegimeView of(ReportingRegime r) {
            return new RegimeView(r.id, r.planId, r.frequency, r.dueDay, r.dueMonth, r.consolidatingUnitCode, r.reportingUnitCodes,
                    r.reportingUnitKinds, r.cutOffRule, r.description);
        }
    }

    @Inject
    ReportingRegimeRepository regimes;

    @Inject
    PlanService plans;


    @Inject
    UnitHierarchy hierarchy;

    @Inject
    Outbox outbox;

    @Transactional
    public List<ReportingRegime> list(UUID planId) {
        plans.get(planId);
        return regimes.ofPlan(planId);
    }

    @Transactional
    public ReportingRegime add(UUID planId, RegimeInput input) {
        validate(plans.get(planId), input); // before the amendment, so a refused regime amends nothing
        return insert(plans.beginPartChange(planId, input.amendmentReason()), input);
    }

    /** Adds a regime without a caller (source-plan loader); the rules apply. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportingRegime register(Plan plan, RegimeInput input) {
        validate(plan, input);
        return insert(plan, input);
    }

    private ReportingRegime insert(Plan plan, RegimeInput input) {
        ReportingRegime regime = new ReportingRegime();
        regime.id = UUID.randomUUID();
        regime.planId = plan.id;
        regime.frequency = input.frequency();
        regime.dueDay = input.dueDay();
        regime.dueMonth = input.dueMonth();
        regime.consolidatingUnitCode = input.consolidatingUnitCode();
        regime.description = input.description() == null || input.description().isBlank() ? null : input.description().trim();
        if (input.reportingUnitCodes() != null) {
            regime.reportingUnitCodes.addAll(input.reportingUnitCodes());
        }
        if (input.reportingUnitKinds() != null) {
            input.reportingUnitKinds().forEach(kind -> regime.reportingUnitKinds.add(kind.name()));
        }
        regimes.persist(regime);
        outbox.publish(EventType.REPORTING_REGIME_CHANGED_V1, plan.id.toString(), regime.toEvent(plan.areaUnitCode, false));
        return regime;
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

    private void validate(Plan plan, RegimeInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if ((input.dueDay() == null) != (input.dueMonth() == null)) {
            errors.add(new Problem.FieldError("dueMonth", "give both dueDay and dueMonth, or neither"));
        } else if (input.dueDay() != null) {
            try {
                MonthDay.of(input.dueMonth(), input.dueDay());
            } catch (DateTimeException e) {
                errors.add(new Problem.FieldError("dueDay", "no such day in month " + input.dueMonth()));
            }
        }
        if (input.frequency() == ReportingRegime.Frequency.AD_HOC && input.dueDay() != null) {
            errors.add(new Problem.FieldError("dueDay", "an ad-hoc regime has no fixed due date; each request sets its own"));
        }
        if (!hierarchy.isWithin(input.consolidatingUnitCode(), plan.areaUnitCode, null)) {
            errors.add(new Problem.FieldError("consolidatingUnitCode", "must be a unit of the plan's area " + plan.areaUnitCode));
        }
        List<String> codes = input.reportingUnitCodes() == null ? List.of() : input.reportingUnitCodes();
        for (String code : codes) {
            if (!hierarchy.isWithin(code, plan.areaUnitCode, null)) {
                errors.add(new Problem.FieldError("reportingUnitCodes", "'" + code + "' is not a unit of the plan's area " + plan.areaUnitCode));
            }
        }
        if (codes.isEmpty() && (input.reportingUnitKinds() == null || input.reportingUnitKinds().isEmpty())) {
            errors.add(new Problem.FieldError("reportingUnitKinds", "name the reporting units or their kinds"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The reporting regime contradicts the plan or the calendar", errors);
        }
    }
}
