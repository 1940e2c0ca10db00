package vn.ct20.report.obligation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import vn.ct20.report.period.Period;
import vn.ct20.platform.security.UnitScope;

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
    /** Any constant shared by the service's instances: only one plans at a time. */
    private static final long LOCK_KEY = 0x43543230_4F424C47L;

    @Inject
    EntityManager entityManager;

    record Regime(UUID id, UUID planId, String area, String frequency, Integer dueDay, Integer dueMonth, String consolidatingUnit,
                  List<String> kinds, List<String> codes, int firstYear, int lastYear) {
    }

    record Expected(String unitCode, String inheritedFrom, Period period, LocalDate dueDate) {
    }

    @Scheduled(every = "${ct20.obligations.plan-every:30s}", delayed = "${ct20.obligations.plan-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        plan(UnitScope.today());
    }

    /** Reconciles every regime's obligations as of {@code today}; returns how many were added and removed. */
    @Transactional
    public int[] plan(LocalDate today) {
        int[] changes = {0, 0};
        entityManager.unwrap(Session.class).doWork(connection -> {
            lock(connection); // one planner at a time across instances; the next one sees what this one wrote
            List<UUID> live = new ArrayList<>();
            for (Regime regime : regimes(connection, today.getYear())) {
                live.add(regime.id());
                Map<String, Expected> expected = new LinkedHashMap<>();
                for (int year = regime.firstYear(); year <= regime.lastYear(); year++) {
                    for (Period period : periodsOf(regime.frequency(), year)) {
                        LocalDate due = dueDate(regime, period);
                        for (Expected e : reportingUnits(connection, regime, period, due)) {
                            expected.putIfAbsent(e.unitCode() + "|" + period.id(), e);
                        }
                    }
                }
                int[] done = reconcile(connection, regime, expected);
                changes[0] += done[0];
                changes[1] += done[1];
            }
            changes[1] += removeOrphans(connection, live);
        });
        if (changes[0] + changes[1] > 0) {
            LOG.infof("Obligations planned: %d added, %d removed", changes[0], changes[1]);
        }
        return changes;
    }

    private static void lock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            s.setLong(1, LOCK_KEY);
            s.execute();
        }
    }

    /**
     * Periodic regimes with the years they run: from the plan's first year (else its issue year, else the
     * latest issue year of the plans it implements, since it cannot predate them) to its last year (else
     * the current year).
     */
    private static List<Regime> regimes(Connection c, int currentYear) throws SQLException {
        List<Regime> regimes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT r.regime_id, r.plan_id, r.plan_area_unit_code, r.frequency, r.due_day, r.due_month, r.consolidating_unit_code,
                       r.reporting_unit_kinds, r.reporting_unit_codes,
                       COALESCE(p.period_from, EXTRACT(YEAR FROM p.issue_date)::int,
                                (SELECT MAX(EXTRACT(YEAR FROM parent.issue_date))::int FROM plan_replica parent
                                  WHERE parent.plan_id = ANY (p.parent_ids))) AS first_year,
                       COALESCE(p.period_to, ?) AS last_year
                  FROM regime_replica r JOIN plan_replica p ON p.plan_id = r.plan_id
                 WHERE r.frequency <> 'AD_HOC' AND p.status <> 'DRAFT'
                 ORDER BY r.regime_id""")) {
            s.setInt(1, currentYear);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Integer first = (Integer) rs.getObject("first_year");
                    if (first == null) {
                        continue; // nothing tells when the plan starts: no obligation is invented
                    }
                    regimes.add(new Regime(rs.getObject("regime_id", UUID.class), rs.getObject("plan_id", UUID.class),
                            rs.getString("plan_area_unit_code"), rs.getString("frequency"), (Integer) rs.getObject("due_day"),
                            (Integer) rs.getObject("due_month"), rs.getString("consolidating_unit_code"),
                            strings(rs.getArray("reporting_unit_kinds")), strings(rs.getArray("reporting_unit_codes")),
                            first, Math.max(first, rs.getInt("last_year"))));
                }
            }
        }
        return regimes;
    }

    static List<Period> periodsOf(String frequency, int year) {
        return switch (frequency) {
            case "FIRST_HALF_YEAR" -> List.of(Period.halfYear(year, 1));
            case "YEARLY" -> List.of(Period.year(year));
            case "QUARTERLY" -> List.of(Period.quarter(year, 1), Period.quarter(year, 2), Period.quarter(year, 3), Period.quarter(year, 4));
            default -> List.of();
        };
    }

    /** The regime's day and month in the period's year; null when the regime names none. */
    static LocalDate dueDate(Regime regime, Period period) {
        if (regime.dueDay() == null || regime.dueMonth() == null) {
            return null;
        }
        return MonthDay.of(regime.dueMonth(), regime.dueDay()).atYear(period.year());
    }

    private static List<Expected> reportingUnits(Connection c, Regime regime, Period period, LocalDate due) throws SQLException {
        LocalDate reportingDate = due != null ? due : period.cutOffTo();
        Map<String, Expected> units = new LinkedHashMap<>();
        for (UnitRow unit : candidates(c, regime, reportingDate)) {
            units.put(unit.code(), new Expected(unit.code(), null, period, due));
        }
        // Units there at the start of the period that ceased before the reporting date: the successor reports.
        for (UnitRow unit : candidates(c, regime, period.cutOffFrom())) {
            if (units.containsKey(unit.code()) || inForce(c, unit.code(), reportingDate)) {
                continue;
            }
            String successor = successorAt(c, unit, reportingDate);
            if (successor != null && !units.containsKey(successor)) {
                units.put(successor, new Expected(successor, unit.code(), period, due));
            }
        }
        units.remove(regime.consolidatingUnit());
        return List.copyOf(units.values());
    }

    record UnitRow(String code, String successorCode) {
    }

    /** Units of the regime's kinds below the plan's area at {@code at}, and the units it lists, in force then. */
    private static List<UnitRow> candidates(Connection c, Regime regime, LocalDate at) throws SQLException {
        List<UnitRow> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                WITH RECURSIVE down (code, depth) AS (
                    SELECT u.code, 0 FROM unit_replica u
                     WHERE u.code = ? AND u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)
                    UNION
                    SELECT u.code, down.depth + 1 FROM unit_replica u JOIN down ON u.parent_code = down.code
                     WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?) AND down.depth < 12)
                SELECT u.code, u.successor_code FROM unit_replica u
                 WHERE u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)
                   AND ((u.kind = ANY (?) AND u.code IN (SELECT code FROM down WHERE depth > 0)) OR u.code = ANY (?))
                 ORDER BY u.code""")) {
            Date date = Date.valueOf(at);
            s.setString(1, regime.area());
            for (int i = 2; i <= 7; i++) {
                s.setDate(i, date);
            }
            s.setArray(8, c.createArrayOf("varchar", regime.kinds().toArray()));
            s.setArray(9, c.createArrayOf("varchar", regime.codes().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new UnitRow(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return rows;
    }

    private static boolean inForce(Connection c, String code, LocalDate at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM unit_replica WHERE code = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)")) {
            s.setString(1, code);
            s.setDate(2, Date.valueOf(at));
            s.setDate(3, Date.valueOf(at));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Follows successor links (a few hops at most) to the unit in force at {@code at}. */
    private static String successorAt(Connection c, UnitRow unit, LocalDate at) throws SQLException {
        String next = unit.successorCode();
        for (int hop = 0; next != null && hop < 5; hop++) {
            if (inForce(c, next, at)) {
                return next;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT successor_code FROM unit_replica WHERE code = ? AND valid_to < ? ORDER BY valid_from DESC LIMIT 1")) {
                s.setString(1, next);
                s.setDate(2, Date.valueOf(at));
                try (ResultSet rs = s.executeQuery()) {
                    next = rs.next() ? rs.getString(1) : null;
                }
            }
        }
        return null;
    }

    private record Existing(UUID id, String unitCode, String periodId, LocalDate dueDate, String inheritedFrom, String consolidatingUnit,
                            boolean reported) {
    }

    /** Adds missing obligations, updates changed ones and removes unexpected ones that have no report. */
    private static int[] reconcile(Connection c, Regime regime, Map<String, Expected> expected) throws SQLException {
        Map<String, Existing> existing = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT o.id, o.unit_code, o.period_id, o.due_date, o.inherited_from_unit_code, o.consolidating_unit_code,
                       EXISTS (SELECT 1 FROM report r WHERE r.obligation_id = o.id)
                  FROM obligation o WHERE o.regime_id = ?""")) {
            s.setObject(1, regime.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Date due = rs.getDate(4);
                    existing.put(rs.getString(2) + "|" + rs.getString(3), new Existing(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getString(3), due == null ? null : due.toLocalDate(), rs.getString(5), rs.getString(6), rs.getBoolean(7)));
                }
            }
        }
        int added = 0;
        int removed = 0;
        try (PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO obligation (id, regime_id, plan_id, unit_code, inherited_from_unit_code, period_id, cut_off_from, cut_off_to,
                                             due_date, consolidating_unit_code)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE obligation SET due_date = ?, inherited_from_unit_code = ?, consolidating_unit_code = ? WHERE id = ?");
             PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM obligation o WHERE o.id = ? AND NOT EXISTS (SELECT 1 FROM report r WHERE r.obligation_id = o.id)")) {
            for (var entry : expected.entrySet()) {
                Expected e = entry.getValue();
                Existing old = existing.get(entry.getKey());
                if (old == null) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, regime.id());
                    insert.setObject(3, regime.planId());
                    insert.setString(4, e.unitCode());
                    insert.setString(5, e.inheritedFrom());
                    insert.setString(6, e.period().id());
                    insert.setDate(7, Date.valueOf(e.period().cutOffFrom()));
                    insert.setDate(8, Date.valueOf(e.period().cutOffTo()));
                    insert.setDate(9, e.dueDate() == null ? null : Date.valueOf(e.dueDate()));
                    insert.setString(10, regime.consolidatingUnit());
                    added += insert.executeUpdate();
                } else if (!Objects.equals(old.dueDate(), e.dueDate()) || !Objects.equals(old.inheritedFrom(), e.inheritedFrom())
                        || !old.consolidatingUnit().equals(regime.consolidatingUnit())) {
                    update.setDate(1, e.dueDate() == null ? null : Date.valueOf(e.dueDate()));
                    update.setString(2, e.inheritedFrom());
                    update.setString(3, regime.consolidatingUnit());
                    update.setObject(4, old.id());
                    update.executeUpdate();
                }
            }
            for (var entry : existing.entrySet()) {
                if (!expected.containsKey(entry.getKey()) && !entry.getValue().reported()) {
                    delete.setObject(1, entry.getValue().id());
                    removed += delete.executeUpdate();
                }
            }
        }
        return new int[] {added, removed};
    }

    /** Obligations of regimes that were removed (or whose plan went back to draft), unless reported on. */
    private static int removeOrphans(Connection c, List<UUID> liveRegimes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                DELETE FROM obligation o
                 WHERE o.regime_id IS NOT NULL AND NOT (o.regime_id = ANY (?))
                   AND NOT EXISTS (SELECT 1 FROM report r WHERE r.obligation_id = o.id)""")) {
            Array ids = c.createArrayOf("uuid", liveRegimes.toArray());
            s.setArray(1, ids);
            return s.executeUpdate();
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> list = new ArrayList<>(values.length);
        for (Object value : values) {
            list.add((String) value);
        }
        return list;
    }
}
