package vn.ct20.report.planreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import vn.ct20.events.plan.PlanChangedV1;
import vn.ct20.events.plan.ReportingRegimeChangedV1;
import vn.ct20.events.plan.TargetChangedV1;
import vn.ct20.events.plan.TaskChangedV1;

/**
 * The replica tables of plans, targets, regimes and tasks: copies of another service's data, with no
 * entities. Writes are upserts keyed by the plan service's ids (a plan only ever moves to a newer
 * version), in JDBC because SQL is the point: ON CONFLICT with a version guard, and PostgreSQL arrays
 * for the lists of codes. Reads are native queries mapped onto records.
 */
@ApplicationScoped
public class PlanReplicaRepository {
    @Inject
    EntityManager entityManager;

    /** True when the task is a task (not a section) of the plan (of any plan: null). */
    public boolean isReportableTask(UUID taskId, UUID planId) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM task_replica t WHERE t.task_id = :task AND NOT t.section
                           AND (CAST(:plan AS uuid) IS NULL OR t.plan_id = CAST(:plan AS uuid))""")
                .setParameter("task", taskId).setParameter("plan", planId == null ? null : planId.toString())
                .getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    public List<PlanReplicaDtos.TaskTitle> taskTitles(java.util.Collection<UUID> taskIds) {
        return entityManager.createNativeQuery("""
                        SELECT task_id, number, title, lead_unit_code, lead_unit_kind FROM task_replica WHERE task_id = ANY(:ids)""",
                        PlanReplicaDtos.TaskTitle.class)
                .setParameter("ids", taskIds.toArray(UUID[]::new)).getResultList();
    }

    /** The bodies that plans for the unit's area name as consolidating unit. */
    @SuppressWarnings("unchecked")
    public List<String> consolidatorsFor(String areaUnitCode) {
        return entityManager.createNativeQuery(
                        "SELECT DISTINCT consolidating_unit_code FROM regime_replica WHERE plan_area_unit_code = :unit "
                                + "AND consolidating_unit_code IS NOT NULL", String.class)
                .setParameter("unit", areaUnitCode).getResultList();
    }

    /**
     * The regimes of the issued plans for the unit's area that run in {@code year} (to their
     * orientation year), newest plan first, each with the bodies its plan answers to.
     */
    @SuppressWarnings("unchecked")
    public List<PlanReplicaDtos.AreaRegime> regimesFor(String areaUnitCode, int year) {
        return entityManager.createNativeQuery("""
                        SELECT r.consolidating_unit_code, p.issuing_unit_code,
                               array_to_string(ARRAY(SELECT DISTINCT pp.issuing_unit_code FROM plan_replica pp
                                                      WHERE pp.plan_id = ANY(p.parent_ids) ORDER BY 1), ',')
                          FROM regime_replica r JOIN plan_replica p ON p.plan_id = r.plan_id
                         WHERE r.plan_area_unit_code = :unit AND p.status IN ('ISSUED', 'AMENDED') AND r.consolidating_unit_code IS NOT NULL
                           AND COALESCE(p.period_from, :year) <= :year AND COALESCE(GREATEST(p.period_to, p.orientation_year), :year) >= :year
                         ORDER BY p.issue_date DESC NULLS LAST, p.plan_id""", PlanReplicaDtos.AreaRegime.class)
                .setParameter("unit", areaUnitCode).setParameter("year", year).getResultList();
    }

    /** The targets of the issued plans for the unit's area that run in {@code year}, by plan and label. */
    @SuppressWarnings("unchecked")
    public List<PlanReplicaDtos.TargetRow> targetsFor(String areaUnitCode, int year) {
        return entityManager.createNativeQuery("""
                        SELECT t.target_id, t.plan_id, t.label, t.indicator_code, t.measure, t.comparator,
                               t.value, t.value_to, t.scope, t.sub_unit_kind, t.market_scope, t.market_code,
                               array_to_string(t.market_group_members, ','), t.time_basis, t.from_year, t.to_year,
                               COALESCE(p.period_from, CAST(EXTRACT(YEAR FROM p.issue_date) AS integer)), t.stretch_value
                          FROM target_replica t JOIN plan_replica p ON p.plan_id = t.plan_id
                         WHERE p.area_unit_code = :unit AND p.status IN ('ISSUED', 'AMENDED')
                           AND (t.from_year IS NULL OR t.from_year <= :year) AND (t.to_year IS NULL OR t.to_year >= :year)
                         ORDER BY p.plan_id, t.label""", PlanReplicaDtos.TargetRow.class)
                .setParameter("unit", areaUnitCode).setParameter("year", year).getResultList();
    }

    public void upsert(PlanChangedV1 plan) {
        entityManager.unwrap(Session.class).doWork(c -> plan(c, plan));
    }

    /** Upserts the target, or deletes it when the event says it was removed. */
    public void apply(TargetChangedV1 target) {
        entityManager.unwrap(Session.class).doWork(c -> target(c, target));
    }

    /** Upserts the regime, or deletes it when the event says it was removed. */
    public void apply(ReportingRegimeChangedV1 regime) {
        entityManager.unwrap(Session.class).doWork(c -> regime(c, regime));
    }

    public void upsert(TaskChangedV1 task) {
        entityManager.unwrap(Session.class).doWork(c -> task(c, task));
    }

    private void plan(Connection c, PlanChangedV1 p) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO plan_replica (plan_id, number, kind, title, issuing_unit_code, area_unit_code, issue_date, period_from,
                                          period_to, orientation_year, status, parent_ids, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (plan_id) DO UPDATE SET number = EXCLUDED.number, kind = EXCLUDED.kind, title = EXCLUDED.title,
                    issuing_unit_code = EXCLUDED.issuing_unit_code, area_unit_code = EXCLUDED.area_unit_code,
                    issue_date = EXCLUDED.issue_date, period_from = EXCLUDED.period_from, period_to = EXCLUDED.period_to,
                    orientation_year = EXCLUDED.orientation_year, status = EXCLUDED.status, parent_ids = EXCLUDED.parent_ids,
                    version = EXCLUDED.version
                WHERE plan_replica.version < EXCLUDED.version""")) {
            s.setObject(1, p.planId());
            s.setString(2, p.number());
            s.setString(3, p.kind());
            s.setString(4, p.title());
            s.setString(5, p.issuingUnitCode());
            s.setString(6, p.areaUnitCode());
            setDate(s, 7, p.issueDate());
            setInteger(s, 8, p.periodFrom());
            setInteger(s, 9, p.periodTo());
            setInteger(s, 10, p.orientationYear());
            s.setString(11, p.status());
            s.setArray(12, c.createArrayOf("uuid", p.parentIds().toArray(new UUID[0])));
            s.setLong(13, p.version());
            s.executeUpdate();
        }
    }

    private void target(Connection c, TargetChangedV1 t) throws SQLException {
        if (t.removed()) {
            delete(c, "target_replica", "target_id", t.targetId());
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO target_replica (target_id, plan_id, label, indicator_code, measure, comparator, value, value_to, scope,
                                            sub_unit_kind, market_scope, market_code, market_group_code, time_basis, from_year, to_year,
                                            market_group_members, stretch_value)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (target_id) DO UPDATE SET label = EXCLUDED.label, indicator_code = EXCLUDED.indicator_code,
                    measure = EXCLUDED.measure, comparator = EXCLUDED.comparator, value = EXCLUDED.value, value_to = EXCLUDED.value_to,
                    scope = EXCLUDED.scope, sub_unit_kind = EXCLUDED.sub_unit_kind, market_scope = EXCLUDED.market_scope,
                    market_code = EXCLUDED.market_code, market_group_code = EXCLUDED.market_group_code,
                    time_basis = EXCLUDED.time_basis, from_year = EXCLUDED.from_year, to_year = EXCLUDED.to_year,
                    market_group_members = EXCLUDED.market_group_members, stretch_value = EXCLUDED.stretch_value""")) {
            s.setObject(1, t.targetId());
            s.setObject(2, t.planId());
            s.setString(3, t.label());
            s.setString(4, t.indicatorCode());
            s.setString(5, t.measure());
            s.setString(6, t.comparator());
            s.setBigDecimal(7, t.value());
            s.setBigDecimal(8, t.valueTo());
            s.setString(9, t.scope());
            s.setString(10, t.subUnitKind());
            s.setString(11, t.marketScope());
            s.setString(12, t.marketCode());
            s.setString(13, t.marketGroupCode());
            s.setString(14, t.timeBasis());
            setInteger(s, 15, t.fromYear());
            setInteger(s, 16, t.toYear());
            s.setArray(17, t.marketGroupMembers() == null ? null : c.createArrayOf("varchar", t.marketGroupMembers().toArray()));
            s.setBigDecimal(18, t.stretchValue());
            s.executeUpdate();
        }
    }

    private void regime(Connection c, ReportingRegimeChangedV1 r) throws SQLException {
        if (r.removed()) {
            delete(c, "regime_replica", "regime_id", r.regimeId());
            return;
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO regime_replica (regime_id, plan_id, plan_area_unit_code, frequency, due_day, due_month,
                                            consolidating_unit_code, reporting_unit_codes, reporting_unit_kinds, cut_off_rule, description,
                                            reporting_task_leads, consolidating_labour_authority)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (regime_id) DO UPDATE SET plan_area_unit_code = EXCLUDED.plan_area_unit_code,
                    frequency = EXCLUDED.frequency, due_day = EXCLUDED.due_day, due_month = EXCLUDED.due_month,
                    consolidating_unit_code = EXCLUDED.consolidating_unit_code, reporting_unit_codes = EXCLUDED.reporting_unit_codes,
                    reporting_unit_kinds = EXCLUDED.reporting_unit_kinds, cut_off_rule = EXCLUDED.cut_off_rule,
                    description = EXCLUDED.description, reporting_task_leads = EXCLUDED.reporting_task_leads,
                    consolidating_labour_authority = EXCLUDED.consolidating_labour_authority""")) {
            s.setObject(1, r.regimeId());
            s.setObject(2, r.planId());
            s.setString(3, r.planAreaUnitCode());
            s.setString(4, r.frequency());
            setInteger(s, 5, r.dueDay());
            setInteger(s, 6, r.dueMonth());
            s.setString(7, r.consolidatingUnitCode());
            s.setArray(8, c.createArrayOf("varchar", texts(r.reportingUnitCodes())));
            s.setArray(9, c.createArrayOf("varchar", texts(r.reportingUnitKinds())));
            s.setString(10, r.cutOffRule());
            s.setString(11, r.description());
            s.setBoolean(12, r.reportingTaskLeads());
            s.setBoolean(13, r.consolidatingLabourAuthority());
            s.executeUpdate();
        }
    }

    private void task(Connection c, TaskChangedV1 t) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO task_replica (task_id, plan_id, parent_task_id, number, title, section, lead_unit_code,
                                          coordinating_unit_codes, deadline_kind, deadline_label, due_date, recurrence, status, progress_percent,
                                          lead_unit_kind, co_lead_unit_codes, closed_on, co_lead_unit_kinds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (task_id) DO UPDATE SET parent_task_id = EXCLUDED.parent_task_id, number = EXCLUDED.number,
                    title = EXCLUDED.title, section = EXCLUDED.section, lead_unit_code = EXCLUDED.lead_unit_code,
                    coordinating_unit_codes = EXCLUDED.coordinating_unit_codes, deadline_kind = EXCLUDED.deadline_kind,
                    deadline_label = EXCLUDED.deadline_label, due_date = EXCLUDED.due_date, recurrence = EXCLUDED.recurrence,
                    status = EXCLUDED.status, progress_percent = EXCLUDED.progress_percent,
                    lead_unit_kind = EXCLUDED.lead_unit_kind, co_lead_unit_codes = EXCLUDED.co_lead_unit_codes,
                    closed_on = EXCLUDED.closed_on, co_lead_unit_kinds = EXCLUDED.co_lead_unit_kinds""")) {
            s.setObject(1, t.taskId());
            s.setObject(2, t.planId());
            s.setObject(3, t.parentTaskId());
            s.setString(4, t.number());
            s.setString(5, t.title());
            s.setBoolean(6, t.section());
            s.setString(7, t.leadUnitCode());
            s.setArray(8, c.createArrayOf("varchar", texts(t.coordinatingUnitCodes())));
            s.setString(9, t.deadlineKind());
            s.setString(10, t.deadlineLabel());
            setDate(s, 11, t.dueDate());
            s.setString(12, t.recurrence());
            s.setString(13, t.status());
            s.setInt(14, t.progressPercent());
            s.setString(15, t.leadUnitKind());
            s.setArray(16, c.createArrayOf("varchar", texts(t.coLeadUnitCodes())));
            setDate(s, 17, t.closedOn());
            s.setArray(18, c.createArrayOf("varchar", texts(t.coLeadUnitKinds())));
            s.executeUpdate();
        }
    }

    private static void delete(Connection c, String table, String idColumn, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE " + idColumn + " = ?")) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }

    private static String[] texts(List<String> values) {
        return values == null ? new String[0] : values.toArray(new String[0]);
    }

    private static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
        if (date == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(date));
        }
    }

    private static void setInteger(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setInt(index, value);
        }
    }
}
