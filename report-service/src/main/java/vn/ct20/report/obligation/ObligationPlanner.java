package vn.ct20.report.obligation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.ct20.platform.lock.TransactionLocks;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.report.period.Period;

/**
 * Derives the obligations of every reporting regime from the local replicas: for each year the
 * plan runs, each period of the regime's frequency and each reporting unit, one expected report.
 *
 * <p>Who reports is decided on the reporting date (the due date, or the end of the data cut-off
 * when the regime names none): every unit of the regime's kinds below the plan's area then, plus
 * the units it lists, except the consolidating unit. A unit that was there when the period began
 * but ceased before the reporting date owes nothing itself; its successor (the 2025 merges) owes
 * the report instead. Replicas fill in asynchronously, so planning is a reconciliation run again
 * and again: missing obligations are added, changed due dates follow the regime, and obligations
 * no longer expected are removed unless a report was already started for them.
 */
@ApplicationScoped
public class ObligationPlanner {
    private static final Logger LOG = Logger.getLogger(ObligationPlanner.class);

    @Inject
    ObligationRepository obligations;

    @Inject
    UnitHierarchy hierarchy;

    @Inject
    TransactionLocks locks;

    /** @param consolidator who the unit reports to for this period */
    record Expected(String unitCode, String inheritedFrom, Period period, LocalDate dueDate, String consolidator) {
    }

    @Scheduled(every = "${ct20.obligations.plan-every:30s}", delayed = "${ct20.obligations.plan-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        plan(UnitScope.today());
    }

    /** Reconciles every regime's obligations as of {@code today}; returns how many were added and removed. */
    @Transactional
    public int[] plan(LocalDate today) {
        locks.hold("ct20.report.obligation-planner"); // one planner at a time across instances; the next one sees what this one wrote
        int added = 0;
        int removed = 0;
        List<UUID> live = new ArrayList<>();
        for (ObligationRepository.Regime regime : obligations.periodicRegimes(today.getYear())) {
            live.add(regime.id());
            Map<String, Expected> expected = new LinkedHashMap<>();
            for (int year = regime.firstYear(); year <= regime.lastYear(); year++) {
                for (Period period : periodsOf(regime.frequency(), year)) {
                    LocalDate due = dueDate(regime, period);
                    for (Expected e : reportingUnits(regime, period, due)) {
                        expected.putIfAbsent(e.unitCode() + "|" + period.id(), e);
                    }
                }
            }
            int[] done = reconcile(regime, expected);
            added += done[0];
            removed += done[1];
        }
        removed += obligations.removeUnreportedOfRegimesOtherThan(live);
        if (added + removed > 0) {
            LOG.infof("Obligations planned: %d added, %d removed", added, removed);
        }
        return new int[] {added, removed};
    }

    static List<Period> periodsOf(String frequency, int year) {
        return switch (frequency) {
            case "FIRST_HALF_YEAR" -> List.of(Period.halfYear(year, 1));
            case "YEARLY" -> List.of(Period.year(year));
            case "QUARTERLY" -> List.of(Period.quarter(year, 1), Period.quarter(year, 2), Period.quarter(year, 3), Period.quarter(year, 4));
            default -> List.of();
        };
    }

    /**
     * The regime's day and month in the period's year; for a quarterly regime with a day alone, that day of
     * the month after the quarter ("trước ngày 10 tháng đầu quý"); null when the regime names none.
     */
    static LocalDate dueDate(ObligationRepository.Regime regime, Period period) {
        if (regime.dueDay() != null && regime.dueMonth() == null && period.kind() == vn.ct20.report.period.PeriodKind.QUARTER) {
            return quarterEnd(period).plusMonths(1).withDayOfMonth(regime.dueDay());
        }
        if (regime.dueDay() == null || regime.dueMonth() == null) {
            return null;
        }
        return MonthDay.of(regime.dueMonth(), regime.dueDay()).atYear(period.year());
    }

    private List<Expected> reportingUnits(ObligationRepository.Regime regime, Period period, LocalDate due) {
        LocalDate reportingDate = due != null ? due : period.cutOffTo();
        Map<String, Expected> units = new LinkedHashMap<>();
        for (String unit : candidates(regime, reportingDate)) {
            consolidatorOf(regime, unit, reportingDate).ifPresent(to -> units.put(unit, new Expected(unit, null, period, due, to)));
        }
        // Units there at the start of the period that ceased before the reporting date: the successor reports.
        for (String unit : candidates(regime, period.cutOffFrom())) {
            if (units.containsKey(unit) || hierarchy.exists(unit, reportingDate)) {
                continue;
            }
            hierarchy.carriedOnBy(unit, reportingDate).filter(successor -> !units.containsKey(successor))
                    .ifPresent(successor -> consolidatorOf(regime, successor, reportingDate)
                            .ifPresent(to -> units.put(successor, new Expected(successor, unit, period, due, to))));
        }
        units.values().removeIf(e -> e.unitCode().equals(e.consolidator())); // the consolidator does not report to itself
        return List.copyOf(units.values());
    }

    /**
     * Who {@code unit} reports to: the regime's consolidating unit, or, under Circular 01/2020, the labour
     * authority of the unit's own territory (a district's labour office, a province's department, the
     * ministry), if one is known then; none otherwise, and the unit then has no obligation under the regime.
     */
    private java.util.Optional<String> consolidatorOf(ObligationRepository.Regime regime, String unit, LocalDate at) {
        if (regime.consolidatingUnit() != null) {
            return java.util.Optional.of(regime.consolidatingUnit());
        }
        List<String> above = hierarchy.selfAndAncestors(unit, at);
        String territory = above.size() > 1 ? above.get(1) : unit;
        return java.util.stream.Stream.of(territory + "-PLDTBXH", territory + "-SLDTBXH", territory + "-BLDTBXH")
                .filter(office -> hierarchy.exists(office, at)).findFirst();
    }

    /** The last day of a quarter (the calendar's): the end of the month its Decree 09 cut-off falls in. */
    private static LocalDate quarterEnd(Period period) {
        return java.time.YearMonth.from(period.cutOffTo()).atEndOfMonth();
    }

    /** Units of the regime's kinds below the plan's area at {@code at}, and the units it lists, in force then. */
    private Set<String> candidates(ObligationRepository.Regime regime, LocalDate at) {
        Set<String> codes = new TreeSet<>();
        hierarchy.descendants(regime.area(), at).stream().filter(unit -> regime.kinds().contains(unit.kind()))
                .forEach(unit -> codes.add(unit.code()));
        codes.addAll(hierarchy.ofKindAt(regime.codes(), null, at));
        return codes;
    }

    /** Adds missing obligations, updates changed ones and removes unexpected ones that have no report. */
    private int[] reconcile(ObligationRepository.Regime regime, Map<String, Expected> expected) {
        Map<String, Obligation> existing = new LinkedHashMap<>();
        obligations.ofRegime(regime.id()).forEach(o -> existing.put(o.unitCode + "|" + o.periodId, o));
        Set<UUID> reported = obligations.reportedOnOfRegime(regime.id());
        List<Obligation> missing = new ArrayList<>();
        for (var entry : expected.entrySet()) {
            Expected e = entry.getValue();
            Obligation old = existing.get(entry.getKey());
            if (old == null) {
                missing.add(newObligation(regime, e));
            } else if (!Objects.equals(old.dueDate, e.dueDate()) || !Objects.equals(old.inheritedFromUnitCode, e.inheritedFrom())
                    || !old.consolidatingUnitCode.equals(e.consolidator())) {
                obligations.reschedule(old.id, e.dueDate(), e.inheritedFrom(), e.consolidator());
            }
        }
        obligations.persist(missing);
        int removed = 0;
        for (var entry : existing.entrySet()) {
            if (!expected.containsKey(entry.getKey()) && !reported.contains(entry.getValue().id)) {
                removed += obligations.removeIfUnreported(entry.getValue().id);
            }
        }
        return new int[] {missing.size(), removed};
    }

    private static Obligation newObligation(ObligationRepository.Regime regime, Expected e) {
        Obligation o = new Obligation();
        o.id = UUID.randomUUID();
        o.regimeId = regime.id();
        o.planId = regime.planId();
        o.unitCode = e.unitCode();
        o.inheritedFromUnitCode = e.inheritedFrom();
        o.periodId = e.period().id();
        boolean yearToDate = "YEAR_TO_DATE".equals(regime.cutOffRule()) && e.period().kind() == vn.ct20.report.period.PeriodKind.QUARTER;
        // Circular 01/2020: the quarter's report covers 1 January to the quarter's last day.
        o.cutOffFrom = yearToDate ? LocalDate.of(e.period().year(), 1, 1) : e.period().cutOffFrom();
        o.cutOffTo = yearToDate ? quarterEnd(e.period()) : e.period().cutOffTo();
        o.dueDate = e.dueDate();
        o.consolidatingUnitCode = e.consolidator();
        o.createdAt = Instant.now();
        return o;
    }
}
