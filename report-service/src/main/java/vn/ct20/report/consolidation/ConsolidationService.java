package vn.ct20.report.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.Decimals;
import vn.ct20.report.consolidation.ConsolidatedReport.IndicatorTotal;
import vn.ct20.report.consolidation.ConsolidatedReport.SubUnitShortfall;
import vn.ct20.report.consolidation.ConsolidatedReport.TargetLine;
import vn.ct20.report.consolidation.ConsolidatedReport.TargetStatus;
import vn.ct20.report.filing.AcceptedReports;
import vn.ct20.report.filing.ReportContent;
import vn.ct20.report.filing.ReportDtos.AcceptedValue;
import vn.ct20.report.filing.ReportDtos.ReportedProgress;
import vn.ct20.report.filing.ReportDtos.ReportedRemarks;
import vn.ct20.report.loanfigures.LoanFigures;
import vn.ct20.report.period.Period;
import vn.ct20.report.period.PeriodKind;
import vn.ct20.report.planreplica.PlanReplicaDtos;
import vn.ct20.report.planreplica.PlanReplicaDtos.TargetRow;
import vn.ct20.report.planreplica.PlanReplicas;

/**
 * The consolidated report of a unit for a period, computed on request from the accepted reports of
 * the unit and every unit below it (any depth, across the 2025 restructuring): indicator values
 * summed with their breakdowns, each unit's totals and task progress, and every target of the
 * plans in force for the unit compared with the actual.
 *
 * <p>A unit answering several regimes for one period (two plans asking the same) is counted once:
 * its most recently accepted report is used.
 */
@ApplicationScoped
public class ConsolidationService {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    AcceptedReports accepted;

    @Inject
    PlanReplicas plans;

    @Inject
    UnitHierarchy hierarchy;

    @Inject
    UnitScope scope;

    @Inject
    LoanFigures loanFigures;

    /**
     * The accepted figures of the units of an area for one period, read in one query. A territory's
     * report covers the units below it, so a report is counted only when no unit above it (within the
     * units asked about) reported too: a district that reported covers its communes' figures. What the
     * whole area counts and sums is worked out once; a question about part of the area (a commune, for
     * a per-commune target) looks only at that part, so a national consolidation grows linearly with
     * the reports.
     */
    static final class Figures {
        private final Map<String, UUID> revisionByUnit;
        private final Map<String, Map<String, BigDecimal>> valuesByUnit;
        private final Map<String, Set<String>> ancestorsByUnit;
        private final List<String> countedInArea;
        private final Map<String, BigDecimal> totalsInArea;

        Figures(Map<String, UUID> revisionByUnit, Map<String, Map<String, BigDecimal>> valuesByUnit, UnitHierarchy.Subtree area) {
            this.revisionByUnit = revisionByUnit;
            this.valuesByUnit = valuesByUnit;
            this.ancestorsByUnit = new HashMap<>();
            revisionByUnit.keySet().forEach(unit -> ancestorsByUnit.put(unit, area.selfAndAncestors(unit)));
            this.countedInArea = List.copyOf(counted(revisionByUnit.keySet(), null));
            this.totalsInArea = new TreeMap<>();
            for (String unit : countedInArea) {
                valuesByUnit.getOrDefault(unit, Map.of()).forEach((key, value) -> totalsInArea.merge(key, value, BigDecimal::add));
            }
        }

        Map<String, UUID> revisionByUnit() {
            return revisionByUnit;
        }

        Map<String, Map<String, BigDecimal>> valuesByUnit() {
            return valuesByUnit;
        }

        /** The counted units' values summed by "indicator|breakdown key". */
        Map<String, BigDecimal> totals() {
            return totalsInArea;
        }

        /** The reporting units among {@code within} (null: the whole area) whose figures count. */
        List<String> counted(Collection<String> within) {
            if (within == null) {
                return countedInArea;
            }
            Set<String> in = within instanceof Set<String> set ? set : new HashSet<>(within);
            // look at the smaller side: a commune's few units, or the few reports of a large part
            return counted(in.size() < revisionByUnit.size() ? in : revisionByUnit.keySet(), in);
        }

        private List<String> counted(Collection<String> candidates, Set<String> in) {
            List<String> counted = new ArrayList<>();
            for (String unit : candidates) {
                if (!revisionByUnit.containsKey(unit) || in != null && !in.contains(unit)) {
                    continue;
                }
                boolean covered = ancestorsByUnit.get(unit).stream()
                        .anyMatch(above -> !above.equals(unit) && revisionByUnit.containsKey(above) && (in == null || in.contains(above)));
                if (!covered) {
                    counted.add(unit);
                }
            }
            return counted;
        }

        /** Sum over the counted units among {@code within} (null: the whole area) of the values with this indicator and breakdown key. */
        BigDecimal sum(String indicator, String breakdownKey, Collection<String> within) {
            String key = indicator + "|" + breakdownKey;
            if (within == null) {
                return totalsInArea.get(key);
            }
            BigDecimal total = null;
            for (String unit : counted(within)) {
                BigDecimal value = valuesByUnit.getOrDefault(unit, Map.of()).get(key);
                if (value != null) {
                    total = total == null ? value : total.add(value);
                }
            }
            return total;
        }

        /**
         * What the nearest reporting unit among {@code above} (nearest first) reported for {@code subUnit}
         * as a sub-unit breakdown of the indicator: how a village, which does not report, is measured
         * from its commune's report.
         */
        BigDecimal reportedFor(String indicator, String subUnit, List<String> above) {
            for (String unit : above) {
                BigDecimal value = valuesByUnit.getOrDefault(unit, Map.of()).get(indicator + "|subUnit=" + subUnit);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
    }

    /**
     * What one consolidation reads: the area across time, each period's figures, and the units below
     * the consolidating unit at a date, each read at most once however many targets ask.
     */
    private final class Reads {
        final UnitHierarchy.Subtree area;
        private final Map<String, Figures> byPeriod = new HashMap<>();
        private final Map<java.time.LocalDate, List<UnitHierarchy.Descendant>> belowAt = new HashMap<>();

        Reads(UnitHierarchy.Subtree area) {
            this.area = area;
        }

        Figures of(String periodId) {
            return byPeriod.computeIfAbsent(periodId, id -> figures(area, id));
        }

        List<UnitHierarchy.Descendant> below(java.time.LocalDate at) {
            return belowAt.computeIfAbsent(at, day -> hierarchy.descendants(area.root(), day));
        }
    }

    @Transactional
    public ConsolidatedReport consolidate(String unitCode, String periodId) {
        Period period = Period.parse(periodId);
        requireConsolidator(unitCode, period.cutOffTo());
        // The area across time, read once: every question below about what is above or below a unit is answered from it.
        Reads reads = new Reads(hierarchy.subtree(unitCode));
        List<String> units = List.copyOf(reads.area.codes());
        Figures figures = reads.of(period.id());

        Narrative narrative = narrative(figures.revisionByUnit());
        List<ConsolidatedReport.ReportUsed> used = new ArrayList<>();
        figures.revisionByUnit().forEach((unit, revision) -> used.add(new ConsolidatedReport.ReportUsed(unit, revision)));
        return new ConsolidatedReport(unitCode, period.id(), period.cutOffFrom(), period.cutOffTo(), used, figures.counted(null), totals(figures),
                unitTotals(figures), narrative.taskProgress(), targets(unitCode, period, reads),
                loanFigures.of(units, period.cutOffFrom(), period.cutOffTo()), narrative.remarks());
    }

    /**
     * The unit's own scope, or the body a plan for the unit names as consolidating unit (Sở LĐTBXH
     * consolidates the province's reports for the provincial committee), at the end of the period's
     * data: a district abolished before then consolidates nothing of it.
     */
    private void requireConsolidator(String unitCode, java.time.LocalDate at) {
        if (scope.covers(unitCode, at)) {
            return;
        }
        List<String> consolidators = plans.consolidatorsFor(unitCode);
        if (consolidators.stream().noneMatch(code -> scope.covers(code, at))) {
            scope.require(unitCode, at); // refuses with the usual problem
        }
    }

    Figures figures(UnitHierarchy.Subtree area, String periodId) {
        Map<String, UUID> revisionByUnit = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> valuesByUnit = new HashMap<>();
        for (AcceptedValue v : accepted.valuesFor(periodId, area.codes())) {
            revisionByUnit.put(v.unitCode(), v.revisionId());
            if (v.indicatorCode() != null) {
                valuesByUnit.computeIfAbsent(v.unitCode(), u -> new HashMap<>()).put(v.indicatorCode() + "|" + v.breakdownKey(), Decimals.plain(v.value()));
            }
        }
        return new Figures(revisionByUnit, valuesByUnit, area);
    }

    /** The counted units' values summed by indicator and breakdown. */
    private static List<IndicatorTotal> totals(Figures figures) {
        List<IndicatorTotal> totals = new ArrayList<>();
        figures.totals().forEach((key, value) -> {
            int bar = key.indexOf('|');
            totals.add(new IndicatorTotal(key.substring(0, bar), ReportContent.Breakdown.ofKey(key.substring(bar + 1)), value));
        });
        return totals;
    }

    private static List<ConsolidatedReport.UnitTotal> unitTotals(Figures figures) {
        List<ConsolidatedReport.UnitTotal> lines = new ArrayList<>();
        figures.valuesByUnit().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(unit ->
                unit.getValue().entrySet().stream().filter(v -> v.getKey().endsWith("|")).sorted(Map.Entry.comparingByKey())
                        .forEach(v -> lines.add(new ConsolidatedReport.UnitTotal(unit.getKey(),
                                v.getKey().substring(0, v.getKey().length() - 1), v.getValue()))));
        return lines;
    }

    /** What the reports say in words: task progress, difficulties and proposals. */
    private record Narrative(List<ConsolidatedReport.TaskLine> taskProgress, List<ConsolidatedReport.Remark> remarks) {
    }

    /** Each report's task progress and remarks, read from the reports' content in SQL, in the order of the units. */
    private Narrative narrative(Map<String, UUID> revisionByUnit) {
        if (revisionByUnit.isEmpty()) {
            return new Narrative(List.of(), List.of());
        }
        Map<UUID, String> unitByRevision = new HashMap<>();
        Map<UUID, Integer> placeOfRevision = new HashMap<>(); // the reports' order, as the answer lists them
        revisionByUnit.forEach((unit, revision) -> {
            unitByRevision.put(revision, unit);
            placeOfRevision.put(revision, placeOfRevision.size());
        });
        List<ReportedProgress> progress = new ArrayList<>(accepted.progressOf(revisionByUnit.values()));
        progress.sort(Comparator.comparing((ReportedProgress p) -> placeOfRevision.get(p.revisionId())).thenComparingLong(ReportedProgress::line));
        Map<UUID, PlanReplicaDtos.TaskTitle> titles = plans.taskTitles(progress.stream().map(ReportedProgress::taskId).collect(Collectors.toSet()));
        List<ConsolidatedReport.TaskLine> lines = new ArrayList<>();
        for (ReportedProgress line : progress) {
            Optional<PlanReplicaDtos.TaskTitle> task = Optional.ofNullable(titles.get(line.taskId()));
            lines.add(new ConsolidatedReport.TaskLine(unitByRevision.get(line.revisionId()), line.taskId(), task.map(t -> t.number()).orElse(null),
                    task.map(t -> t.title()).orElse(null), task.map(t -> t.leadUnitCode()).orElse(null),
                    task.map(t -> t.leadUnitKind()).orElse(null), line.status(), line.narrative()));
        }
        List<ReportedRemarks> written = new ArrayList<>(accepted.remarksOf(revisionByUnit.values()));
        written.sort(Comparator.comparing((ReportedRemarks r) -> placeOfRevision.get(r.revisionId())));
        List<ConsolidatedReport.Remark> remarks = new ArrayList<>();
        for (ReportedRemarks report : written) {
            String difficulties = blankToNull(report.difficulties());
            String proposals = blankToNull(report.proposals());
            if (difficulties != null || proposals != null) {
                remarks.add(new ConsolidatedReport.Remark(unitByRevision.get(report.revisionId()), difficulties, proposals));
            }
        }
        return new Narrative(lines, remarks);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Every target of the plans in force for the unit in the period's year, compared with the actual. */
    private List<TargetLine> targets(String unitCode, Period period, Reads reads) {
        List<TargetLine> lines = new ArrayList<>();
        for (TargetRow t : plans.targetsFor(unitCode, period.year())) {
            lines.add(evaluate(t, unitCode, period, reads));
        }
        return lines;
    }

    private TargetLine evaluate(TargetRow t, String unitCode, Period period, Reads reads) {
        if (t.scope().equals("EACH_SUB_UNIT")) {
            return evaluatePerSubUnit(t, unitCode, period, reads);
        }
        BigDecimal actual = measure(t, period, reads, null);
        return judge(t, period, actual, List.of(), null);
    }

    /**
     * A target for each sub-unit ("at least 4 workers a year in each commune"), judged over the sub-units
     * of its kind below the unit at the end of the period's data, or on the unit's last day if it ceased
     * during the period: a code that a unit elsewhere took over later is not one of them. The actual is
     * the lowest sub-unit's; a sub-unit without accepted figures falls short with a null actual, and
     * with no figures at all the target has NO_DATA, never 0.
     */
    private TargetLine evaluatePerSubUnit(TargetRow t, String unitCode, Period period, Reads reads) {
        java.time.LocalDate at = lastDayWithin(unitCode, period);
        List<UnitHierarchy.Descendant> below = at == null ? List.of() : reads.below(at);
        Map<String, String> parentAt = new HashMap<>();
        below.forEach(d -> parentAt.putIfAbsent(d.code(), d.parentCode()));
        List<String> subUnits = below.stream().filter(d -> d.kind().equals(t.subUnitKind())).map(UnitHierarchy.Descendant::code).distinct().toList();
        if (subUnits.isEmpty()) {
            return judge(t, period, null, List.of(), "no units of kind " + t.subUnitKind() + " are known below this unit in the period");
        }
        List<SubUnitShortfall> shortfalls = new ArrayList<>();
        BigDecimal lowest = null;
        for (String subUnit : subUnits) {
            BigDecimal actual = measure(t, period, reads, reads.area.selfAndDescendants(subUnit));
            if (actual == null && t.measure().equals("TOTAL") && t.marketScope().equals("ALL") && t.timeBasis().equals("EACH_YEAR")) {
                actual = reads.of(period.id()).reportedFor(t.indicator(), subUnit, selfAndAncestors(subUnit, parentAt)); // a village, from its commune
            }
            if (actual == null || !meets(t, actual)) {
                shortfalls.add(new SubUnitShortfall(subUnit, actual));
            }
            lowest = actual == null ? lowest : lowest == null || actual.compareTo(lowest) < 0 ? actual : lowest;
        }
        if (lowest == null) {
            return judge(t, period, null, List.of(), "no accepted figures for any of " + subUnits.size() + " sub-units of kind " + t.subUnitKind());
        }
        return judge(t, period, lowest, shortfalls, "the actual is the lowest sub-unit's; " + subUnits.size() + " sub-units of kind "
                + t.subUnitKind());
    }

    /** The end of the period's data, or the unit's last day if it ceased within the period; null if it did not exist then. */
    private java.time.LocalDate lastDayWithin(String unitCode, Period period) {
        if (hierarchy.exists(unitCode, period.cutOffTo())) {
            return period.cutOffTo();
        }
        return hierarchy.lifetime(unitCode).map(life -> life[1]).filter(end -> end != null && !end.isBefore(period.cutOffFrom())).orElse(null);
    }

    /** {@code code} and the units above it up to the consolidating unit, nearest first, from the links in force at a date. */
    private static List<String> selfAndAncestors(String code, Map<String, String> parentAt) {
        List<String> chain = new ArrayList<>();
        for (String unit = code; unit != null && !chain.contains(unit); unit = parentAt.get(unit)) {
            chain.add(unit);
        }
        return chain;
    }

    /** The target's measure for {@code units} (null: every reporting unit) in the period; null without figures. */
    private BigDecimal measure(TargetRow t, Period period, Reads reads, Collection<String> units) {
        return t.timeBasis().equals("YEARLY_AVERAGE") ? yearlyAverage(t, period, reads, units) : measureIn(t, period, reads, units, reads.of(period.id()));
    }

    private BigDecimal measureIn(TargetRow t, Period period, Reads reads, Collection<String> units, Figures figures) {
        return switch (t.measure()) {
            case "SHARE_PERCENT" -> {
                BigDecimal part = marketActual(t, figures, units);
                BigDecimal whole = figures.sum(t.indicator(), "", units);
                yield part == null || whole == null || whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
            }
            case "GROWTH_PERCENT" -> {
                // growth is against the previous year's consolidated actual
                BigDecimal now = marketActual(t, figures, units);
                BigDecimal then = marketActual(t, reads.of(Integer.toString(period.year() - 1)), units);
                yield now == null || then == null || then.signum() == 0 ? null
                        : now.subtract(then).multiply(HUNDRED).divide(then, 2, RoundingMode.HALF_UP);
            }
            default -> marketActual(t, figures, units);
        };
    }

    /** The average of the yearly measures from the target's (else the plan's) first year to the period's year, over years with figures. */
    private BigDecimal yearlyAverage(TargetRow t, Period period, Reads reads, Collection<String> units) {
        int first = t.fromYear() != null ? t.fromYear() : t.planFrom() != null ? t.planFrom() : period.year();
        BigDecimal sum = BigDecimal.ZERO;
        int years = 0;
        for (int y = first; y <= period.year(); y++) {
            Figures ofYear = reads.of(y == period.year() && period.kind() == PeriodKind.YEAR ? period.id() : Integer.toString(y));
            BigDecimal value = measureIn(t, Period.year(y), reads, units, ofYear);
            if (value != null) {
                sum = sum.add(value);
                years++;
            }
        }
        return years == 0 ? null : sum.divide(BigDecimal.valueOf(years), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal marketActual(TargetRow t, Figures figures, Collection<String> units) {
        return switch (t.marketScope()) {
            case "MARKET" -> figures.sum(t.indicator(), "market=" + t.marketCode(), units);
            case "ALL_EXCEPT_MARKET" -> {
                BigDecimal all = figures.sum(t.indicator(), "", units);
                BigDecimal market = figures.sum(t.indicator(), "market=" + t.marketCode(), units);
                yield all == null ? null : all.subtract(market == null ? BigDecimal.ZERO : market);
            }
            case "MARKET_GROUP" -> {
                BigDecimal total = null;
                for (String member : t.groupMembers()) {
                    BigDecimal value = figures.sum(t.indicator(), "market=" + member, units);
                    if (value != null) {
                        total = total == null ? value : total.add(value);
                    }
                }
                yield total == null && figures.sum(t.indicator(), "", units) != null ? BigDecimal.ZERO : total;
            }
            default -> figures.sum(t.indicator(), "", units);
        };
    }

    private static boolean meets(TargetRow t, BigDecimal actual) {
        return switch (t.comparator()) {
            case "GTE" -> actual.compareTo(t.value()) >= 0;
            case "GT" -> actual.compareTo(t.value()) > 0;
            case "LTE" -> actual.compareTo(t.value()) <= 0;
            case "LT" -> actual.compareTo(t.value()) < 0;
            default -> actual.compareTo(t.value()) >= 0 && (t.valueTo() == null || actual.compareTo(t.valueTo()) <= 0);
        };
    }

    /**
     * A target is judged on a year's consolidated report: each year's targets every year, an
     * average or a "by year" target in its last year. Otherwise it is not yet due, and the actual
     * so far is shown.
     */
    private static TargetLine judge(TargetRow t, Period period, BigDecimal actual, List<SubUnitShortfall> shortfalls, String note) {
        boolean judgedNow = period.kind() == PeriodKind.YEAR
                && (t.timeBasis().equals("EACH_YEAR") || t.toYear() == null || t.toYear() == period.year());
        TargetStatus status;
        if (actual == null) {
            status = TargetStatus.NO_DATA;
        } else if (!judgedNow) {
            status = TargetStatus.NOT_YET_DUE;
        } else if (t.scope().equals("EACH_SUB_UNIT")) {
            status = shortfalls.isEmpty() ? TargetStatus.MET : TargetStatus.NOT_MET;
        } else {
            status = meets(t, actual) ? TargetStatus.MET : TargetStatus.NOT_MET;
        }
        BigDecimal attainment = actual == null || t.value().signum() == 0 ? null
                : actual.multiply(HUNDRED).divide(t.value(), 1, RoundingMode.HALF_UP);
        Boolean stretchReached = t.stretchValue() == null || actual == null || status == TargetStatus.NOT_YET_DUE ? null
                : actual.compareTo(t.stretchValue()) >= 0;
        return new TargetLine(t.id(), t.planId(), t.label(), t.indicator(), t.measure(), t.comparator(), t.value(), t.valueTo(),
                t.stretchValue(), stretchReached,
                t.timeBasis(), t.fromYear(), t.toYear(), actual, attainment, status, shortfalls, note);
    }
}
