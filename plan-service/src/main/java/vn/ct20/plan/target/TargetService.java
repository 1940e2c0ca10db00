package vn.ct20.plan.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ct20.events.EventType;
import vn.ct20.plan.document.Plan;
import vn.ct20.plan.document.PlanService;
import vn.ct20.plan.market.MarketCatalogue;
import vn.ct20.platform.outbox.Outbox;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;

@ApplicationScoped
public class TargetService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    TargetRepository targets;

    @Inject
    IndicatorRepository indicators;

    @Inject
    PlanService plans;

    @Inject
    MarketCatalogue markets;

    @Inject
    Outbox outbox;

    @Transactional
    public List<Target> list(UUID planId) {
        plans.get(planId);
        return targets.ofPlan(planId);
    }

    @Transactional
    public Target add(UUID planId, TargetDtos.TargetInput input) {
        validate(input); // before the amendment, so a refused target amends nothing
        return insert(plans.beginPartChange(planId, input.amendmentReason()), input);
    }

    /** Adds a target without a caller (source-plan loader); the rules apply. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Target register(Plan plan, TargetDtos.TargetInput input) {
        validate(input);
        return insert(plan, input);
    }

    private Target insert(Plan plan, TargetDtos.TargetInput input) {
        Target target = new Target();
        target.id = UUID.randomUUID();
        target.planId = plan.id;
        target.label = input.label().trim();
        target.indicatorCode = input.indicatorCode();
        target.measure = input.measure();
        target.comparator = input.comparator();
        target.value = input.value();
        target.valueTo = input.valueTo();
        target.stretchValue = input.stretchValue();
        target.scope = input.scope();
        target.subUnitKind = input.subUnitKind();
        target.marketScope = input.marketScope();
        target.marketCode = input.marketCode();
        target.marketGroupCode = input.marketGroupCode();
        target.timeBasis = input.timeBasis();
        target.fromYear = input.fromYear();
        target.toYear = input.toYear();
        targets.persist(target);
        outbox.publish(EventType.TARGET_CHANGED_V1, plan.id.toString(), target.toEvent(false, groupMembers(target)));
        return target;
    }

    @Transactional
    public void remove(UUID planId, UUID targetId, String amendmentReason) {
        Target target = targets.findById(targetId);
        if (target == null || !target.planId.equals(planId)) {
            throw ProblemException.notFound("Target", targetId);
        }
        plans.beginPartChange(planId, amendmentReason);
        targets.delete(target);
        outbox.publish(EventType.TARGET_CHANGED_V1, planId.toString(), target.toEvent(true, groupMembers(target)));
    }

    /** The targets of a plan the source-plan loader made, read without a caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Target> ofLoadedPlan(Plan plan) {
        return targets.ofPlan(plan.id);
    }

    /** Removes a target without a caller (source-plan loader, inside its amendment). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removeFromSource(Target target) {
        targets.delete(target);
        outbox.publish(EventType.TARGET_CHANGED_V1, target.planId.toString(), target.toEvent(true, groupMembers(target)));
    }

    private List<String> groupMembers(Target target) {
        if (target.marketGroupCode == null) {
            return null;
        }
        return markets.group(target.marketGroupCode).map(group -> List.copyOf(group.members)).orElse(null);
    }

    @Transactional
    public List<TargetDtos.IndicatorView> indicators() {
        return indicators.all();
    }

    private void validate(TargetDtos.TargetInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        var indicator = indicators().stream().filter(i -> i.code().equals(input.indicatorCode())).findFirst();
        if (indicator.isEmpty()) {
            errors.add(new Problem.FieldError("indicatorCode", "unknown indicator; see GET /api/v1/indicators"));
        } else if (input.measure() == Target.Measure.TOTAL && indicator.get().wholeNumber()
                && input.value().stripTrailingZeros().scale() > 0) {
            errors.add(new Problem.FieldError("value", "counts " + indicator.get().unitOfMeasure().toLowerCase() + ": must be a whole number"));
        }
        if (input.comparator() == Target.Comparator.RANGE) {
            if (input.valueTo() == null || input.valueTo().compareTo(input.value()) <= 0) {
                errors.add(new Problem.FieldError("valueTo", "a RANGE needs valueTo above value"));
            }
        } else if (input.valueTo() != null) {
            errors.add(new Problem.FieldError("valueTo", "only a RANGE has valueTo"));
        }
        boolean floor = input.comparator() == Target.Comparator.GTE || input.comparator() == Target.Comparator.GT;
        if (input.stretchValue() != null && (!floor || input.stretchValue().compareTo(input.value()) <= 0)) {
            errors.add(new Problem.FieldError("stretchValue", "only a floor (GTE, GT) has a stretch, above its value"));
        }
        if (input.timeBasis() != Target.TimeBasis.EACH_YEAR && input.toYear() == null) {
            errors.add(new Problem.FieldError("toYear", "an average or a \"by\" target needs the year its window ends"));
        }
        if (input.measure() == Target.Measure.SHARE_PERCENT && input.value().compareTo(HUNDRED) > 0) {
            errors.add(new Problem.FieldError("value", "a share is at most 100 %"));
        }
        if (input.measure() == Target.Measure.SHARE_PERCENT && input.marketScope() == Target.MarketScope.ALL) {
            errors.add(new Problem.FieldError("marketScope", "a share is of some markets: name a market or a group"));
        }
        if ((input.scope() == Target.Scope.EACH_SUB_UNIT) != (input.subUnitKind() != null)) {
            errors.add(new Problem.FieldError("subUnitKind", "required with EACH_SUB_UNIT, and only then"));
        }
        boolean needsMarket = input.marketScope() == Target.MarketScope.MARKET || input.marketScope() == Target.MarketScope.ALL_EXCEPT_MARKET;
        if (needsMarket ? markets.market(input.marketCode()).isEmpty() : input.marketCode() != null) {
            errors.add(new Problem.FieldError("marketCode", needsMarket ? "unknown market; see GET /api/v1/markets" : "only with MARKET or ALL_EXCEPT_MARKET"));
        }
        boolean needsGroup = input.marketScope() == Target.MarketScope.MARKET_GROUP;
        if (needsGroup ? markets.group(input.marketGroupCode()).isEmpty() : input.marketGroupCode() != null) {
            errors.add(new Problem.FieldError("marketGroupCode", needsGroup ? "unknown market group; see GET /api/v1/markets/groups" : "only with MARKET_GROUP"));
        }
        if (input.fromYear() != null && input.toYear() != null && input.toYear() < input.fromYear()) {
            errors.add(new Problem.FieldError("toYear", "must not be before fromYear"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The target is not measurable as given", errors);
        }
    }
}
