package vn.ct20.report.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.ct20.events.Indicator;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.report.obligation.Obligation;
import vn.ct20.report.planreplica.PlanReplicas;

/**
 * Checks a report's content. Errors refuse it: unknown indicators, fractions where the indicator
 * counts, a value given twice, a breakdown that does not add up to its total, a task that is not
 * the plan's, a sub-unit that is not below the unit. Warnings do not: a total far outside the
 * unit's earlier periods is returned for a second look, since real figures can jump.
 */
@ApplicationScoped
public class ReportValidator {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    @Inject
    PlanReplicas plans;

    @Inject
    ReportRevisionRepository revisions;

    @Inject
    UnitHierarchy hierarchy;

    public record Warning(String field, String message) {
    }

    public List<Problem.FieldError> errors(Obligation obligation, ReportContent content) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkTasks(obligation, content, errors);
        Map<String, Map<String, BigDecimal>> byIndicator = new LinkedHashMap<>();
        List<String> subUnitsBelow = null;
        for (int i = 0; i < content.values().size(); i++) {
            ReportContent.IndicatorValue value = content.values().get(i);
            String field = "values[" + i + "]";
            var indicator = Indicator.byCode(value.indicatorCode());
            if (indicator.isEmpty()) {
                errors.add(new Problem.FieldError(field + ".indicatorCode", "unknown indicator; see GET /api/v1/indicators"));
                continue;
            }
            if (indicator.get().wholeNumber() && value.value().stripTrailingZeros().scale() > 0) {
                errors.add(new Problem.FieldError(field + ".value", value.indicatorCode() + " counts whole units: must be an integer"));
            }
            if (value.breakdown() != null && value.breakdown().subUnit() != null) {
                if (subUnitsBelow == null) {
                    subUnitsBelow = hierarchy.selfAndDescendants(obligation.unitCode, obligation.cutOffTo);
                }
                if (value.breakdown().subUnit().equals(obligation.unitCode) || !subUnitsBelow.contains(value.breakdown().subUnit())) {
                    errors.add(new Problem.FieldError(field + ".breakdown.subUnit",
                            "'" + value.breakdown().subUnit() + "' is not a unit below " + obligation.unitCode));
                }
            }
            String key = ReportContent.Breakdown.keyOf(value.breakdown());
            if (byIndicator.computeIfAbsent(value.indicatorCode(), k -> new LinkedHashMap<>()).put(key, value.value()) != null) {
                errors.add(new Problem.FieldError(field, value.indicatorCode() + " is given twice for the breakdown '" + key + "'"));
            }
        }
        byIndicator.forEach((indicator, values) -> checkSums(indicator, values, errors));
        return errors;
    }

    /** Tasks reported on must be tasks (not sections) of the obligation's plan; each once. */
    private void checkTasks(Obligation obligation, ReportContent content, List<Problem.FieldError> errors) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < content.taskProgress().size(); i++) {
            UUID taskId = content.taskProgress().get(i).taskId();
            if (!seen.add(taskId)) {
                errors.add(new Problem.FieldError("taskProgress[" + i + "].taskId", "this task is reported twice"));
                continue;
            }
            if (!plans.isReportableTask(taskId, obligation.planId)) {
                errors.add(new Problem.FieldError("taskProgress[" + i + "].taskId", "not a task of the plan this report answers"));
            }
        }
    }

    /** Dimensions whose every value is known: both sexes, yes and no. */
    private static final Map<String, Set<String>> CLOSED = Map.of(
            "sex", Set.of("MALE", "FEMALE"), "ethnicMinority", Set.of("true", "false"), "poorHousehold", Set.of("true", "false"));

    /**
     * Values broken down by one more dimension than another value (and agreeing with it on the rest)
     * are its breakdown. A complete breakdown must add up to it: the total by market or by sub-unit
     * (every worker went somewhere, every figure belongs to some sub-unit), or by sex, ethnic
     * minority or poor household when every value of that dimension is given. Any other breakdown is
     * an "of which" (trong đó) and must not exceed it.
     */
    static void checkSums(String indicator, Map<String, BigDecimal> values, List<Problem.FieldError> errors) {
        Map<String, Map<String, String>> parsed = new HashMap<>();
        values.keySet().forEach(key -> parsed.put(key, ReportContent.Breakdown.dimensions(key)));
        for (var parent : values.entrySet()) {
            Map<String, String> parentDims = parsed.get(parent.getKey());
            Map<String, BigDecimal> sumByDimension = new TreeMap<>();
            Map<String, Set<String>> valuesByDimension = new HashMap<>();
            for (var child : values.entrySet()) {
                Map<String, String> childDims = parsed.get(child.getKey());
                if (childDims.size() != parentDims.size() + 1 || !childDims.entrySet().containsAll(parentDims.entrySet())) {
                    continue;
                }
                String extra = childDims.keySet().stream().filter(d -> !parentDims.containsKey(d)).findFirst().orElseThrow();
                sumByDimension.merge(extra, child.getValue(), BigDecimal::add);
                valuesByDimension.computeIfAbsent(extra, d -> new HashSet<>()).add(childDims.get(extra));
            }
            String of = parent.getKey().isEmpty() ? "the total" : "'" + parent.getKey() + "'";
            sumByDimension.forEach((dimension, sum) -> {
                boolean complete = CLOSED.containsKey(dimension)
                        ? valuesByDimension.get(dimension).containsAll(CLOSED.get(dimension))
                        : parentDims.isEmpty();
                int comparison = sum.compareTo(parent.getValue());
                if (complete && comparison != 0) {
                    errors.add(new Problem.FieldError("values", indicator + " by " + dimension + " adds up to " + sum.toPlainString()
                            + ", not " + of + " of " + parent.getValue().toPlainString()));
                } else if (!complete && comparison > 0) {
                    errors.add(new Problem.FieldError("values", indicator + " by " + dimension + " (of which) adds up to "
                            + sum.toPlainString() + ", more than " + of + " of " + parent.getValue().toPlainString()));
                }
            });
        }
    }

    /**
     * Outliers: a total more than 3 standard deviations from the mean of the unit's earlier
     * submitted totals for the same regime (with at least 3 of them), or, with fewer, more than
     * twice the highest or under half the lowest.
     */
    public List<Warning> warnings(Obligation obligation, ReportContent content) {
        List<Warning> warnings = new ArrayList<>();
        if (obligation.regimeId == null) {
            return warnings;
        }
        for (ReportContent.IndicatorValue value : content.values()) {
            if (value.breakdown() != null && !value.breakdown().key().isEmpty()) {
                continue;
            }
            List<BigDecimal> history = revisions.earlierTotals(obligation.regimeId, obligation.unitCode, obligation.cutOffFrom,
                    value.indicatorCode());
            outlier(value.value(), history).ifPresent(reason ->
                    warnings.add(new Warning("values", value.indicatorCode() + " total " + value.value().toPlainString() + " " + reason)));
        }
        return warnings;
    }

    static java.util.Optional<String> outlier(BigDecimal value, List<BigDecimal> history) {
        if (history.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (history.size() >= 3) {
            double mean = history.stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
            double variance = history.stream().mapToDouble(h -> Math.pow(h.doubleValue() - mean, 2)).sum() / (history.size() - 1);
            double sd = Math.sqrt(variance);
            if (sd > 0 && Math.abs(value.doubleValue() - mean) / sd > 3) {
                return java.util.Optional.of("is more than 3 standard deviations from the mean of the previous periods ("
                        + new BigDecimal(mean).round(new MathContext(6)).toPlainString() + ")");
            }
            return java.util.Optional.empty();
        }
        BigDecimal max = history.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = history.stream().min(BigDecimal::compareTo).orElseThrow();
        if (value.compareTo(max.multiply(TWO)) > 0) {
            return java.util.Optional.of("is more than twice the highest of the previous periods (" + max.toPlainString() + ")");
        }
        if (value.multiply(TWO).compareTo(min) < 0) {
            return java.util.Optional.of("is under half the lowest of the previous periods (" + min.toPlainString() + ")");
        }
        return java.util.Optional.empty();
    }
}
