package vn.ct20.report.obligation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.Sorting;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.UnitScope;

@ApplicationScoped
public class ObligationService {
    @Inject
    ObligationRepository obligations;

    @Inject
    UnitScope scope;

    public record Filter(String unitCode, String consolidatingUnitCode, String periodId, UUID planId, UUID adHocRequestId) {
    }

    /** An obligation with its report's state at a business date. */
    public record Row(Obligation obligation, UUID reportId, String reportStatus, LocalDate firstSubmittedOn, Timeliness timeliness) {
    }

    /** Records an obligation another feature derived (an ad-hoc request's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Obligation obligation) {
        obligations.persist(obligation);
    }

    @Transactional
    public Obligation find(UUID id) {
        Obligation obligation = obligations.findById(id);
        if (obligation == null) {
            throw ProblemException.notFound("Obligation", id);
        }
        return obligation;
    }

    /** Visible to whoever covers the unit that owes it or the unit that consolidates it. */
    @Transactional
    public Row get(UUID id, LocalDate at) {
        Obligation obligation = find(id);
        if (!scope.covers(obligation.unitCode, obligation.dataDate()) && !scope.covers(obligation.consolidatingUnitCode, obligation.dataDate())) {
            throw ProblemException.notFound("Obligation", id);
        }
        return rows("where o.id = :id", SORTING.defaultOrder(), Map.of("id", id), at, 0, 1).get(0);
    }

    static final Sorting SORTING = Sorting.by("-cutOffFrom", "o.dueDate, o.unitCode, o.id",
            "cutOffFrom", "o.cutOffFrom", "dueDate", "o.dueDate", "unitCode", "o.unitCode", "periodId", "o.periodId");

    @Transactional
    public Page<Row> list(Filter filter, LocalDate at, PageRequest page) {
        // The same rule as a read by id: the owing or the consolidating unit in scope on the obligation's date.
        vn.ct20.platform.paging.QueryFilter conditions = vn.ct20.platform.paging.QueryFilter.from("Obligation o")
                .visibleAt(scope.visibility(), "coalesce(o.dueDate, o.cutOffTo)", "o.unitCode", "o.consolidatingUnitCode")
                .and("o.unitCode = :unit", "unit", filter.unitCode())
                .and("o.consolidatingUnitCode = :consolidating", "consolidating", filter.consolidatingUnitCode())
                .and("o.periodId = :period", "period", filter.periodId())
                .and("o.planId = :plan", "plan", filter.planId())
                .and("o.adHocRequestId = :request", "request", filter.adHocRequestId());
        String where = conditions.where();
        Map<String, Object> params = conditions.parameters();
        return new Page<>(rows(where, SORTING.orderBy(page), params, at, page.offset(), page.size), page.page, page.size,
                obligations.count(where, params));
    }

    private List<Row> rows(String where, String orderBy, Map<String, Object> params, LocalDate at, int offset, int limit) {
        List<Row> rows = new ArrayList<>();
        for (ObligationRepository.WithReport r : obligations.withReports(where, orderBy, params, offset, limit)) {
            Obligation o = r.obligation();
            rows.add(new Row(o, r.reportId(), r.reportStatus(), r.firstSubmittedOn(), Timeliness.of(o.dueDate, r.firstSubmittedOn(), at)));
        }
        return rows;
    }

    /** Counts per consolidating unit and period at a business date, and the state of each unit's report. */
    @Transactional
    public TimelinessReport timeliness(String consolidatingUnitCode, String periodId, UUID planId, LocalDate at) {
        // Whose the period's reports are is judged at the end of its data: a body that ceased before then has none.
        scope.require(consolidatingUnitCode, vn.ct20.report.period.Period.parse(periodId).cutOffTo());
        Map<String, Object> params = new HashMap<>(Map.of("consolidating", consolidatingUnitCode, "period", periodId));
        String where = "where o.consolidatingUnitCode = :consolidating and o.periodId = :period";
        if (planId != null) {
            where += " and o.planId = :plan";
            params.put("plan", planId);
        }
        List<Row> rows = rows(where, SORTING.defaultOrder(), params, at, 0, Integer.MAX_VALUE);
        Map<Timeliness, Integer> counts = new LinkedHashMap<>();
        for (Timeliness t : Timeliness.values()) {
            counts.put(t, 0);
        }
        rows.forEach(row -> counts.merge(row.timeliness(), 1, Integer::sum));
        int submitted = (int) rows.stream().filter(row -> row.timeliness().isSubmitted()).count();
        return new TimelinessReport(consolidatingUnitCode, periodId, at, rows.size(), submitted, counts.get(Timeliness.ON_TIME),
                counts.get(Timeliness.LATE), counts.get(Timeliness.OVERDUE),
                counts.get(Timeliness.PENDING) + counts.get(Timeliness.PENDING_NO_DUE_DATE),
                rows.stream().map(row -> new TimelinessReport.UnitLine(row.obligation().unitCode, row.obligation().id,
                        row.obligation().dueDate, row.reportStatus(), row.firstSubmittedOn(), row.timeliness())).toList());
    }

    /** The timeliness of every unit reporting to a consolidating unit, for every period of a year. */
    @Transactional
    public TimelinessMatrix matrix(String consolidatingUnitCode, int year, UUID planId, LocalDate at) {
        scope.require(consolidatingUnitCode, LocalDate.of(year, 12, 14));
        Map<String, Object> params = new HashMap<>(Map.of("consolidating", consolidatingUnitCode, "year", Integer.toString(year) + "%"));
        String where = "where o.consolidatingUnitCode = :consolidating and o.periodId like :year";
        if (planId != null) {
            where += " and o.planId = :plan";
            params.put("plan", planId);
        }
        java.util.SortedSet<String> periods = new java.util.TreeSet<>(java.util.Comparator.comparing(
                (String id) -> vn.ct20.report.period.Period.parse(id).cutOffTo()).thenComparing(id -> id));
        Map<String, Map<String, Timeliness>> byUnit = new java.util.TreeMap<>();
        for (Row row : rows(where, SORTING.defaultOrder(), params, at, 0, Integer.MAX_VALUE)) {
            periods.add(row.obligation().periodId);
            byUnit.computeIfAbsent(row.obligation().unitCode, u -> new LinkedHashMap<>()).put(row.obligation().periodId, row.timeliness());
        }
        List<TimelinessMatrix.Row> lines = new ArrayList<>();
        byUnit.forEach((unit, cells) -> lines.add(new TimelinessMatrix.Row(unit, cells)));
        return new TimelinessMatrix(consolidatingUnitCode, year, at, List.copyOf(periods), lines);
    }
}
