package vn.ct20.report.obligation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ObligationRepository implements PanacheRepositoryBase<Obligation, UUID> {

    /** A periodic reporting regime (from the plan replica) with the years it runs and who reports under it. */
    /**
     * @param consolidatingUnit who receives the reports; null when each reporter reports to its territory's labour authority
     * @param cutOffRule        DECREE_09, or YEAR_TO_DATE (from 1 January to the end of the period)
     */
    public record Regime(UUID id, UUID planId, String area, String frequency, Integer dueDay, Integer dueMonth, String consolidatingUnit,
                         List<String> kinds, List<String> codes, int firstYear, int lastYear, String cutOffRule) {
    }

    /** A row of {@link #periodicRegimes}, before the lists are split. */
    public record RegimeRow(UUID id, UUID planId, String area, String frequency, Integer dueDay, Integer dueMonth, String consolidatingUnit,
                            String kinds, String codes, Integer firstYear, Integer lastYear, String cutOffRule) {
    }

    /**
     * Periodic regimes with the years they run: from the plan's first year (else its issue year, else the
     * latest issue year of the plans it implements, since it cannot predate them) to its last year (else
     * {@code currentYear}). A regime whose plan says nothing of when it starts is left out: no obligation is invented.
     * A regime whose task leads report adds the plan's task leads, co-leads and collective lead kinds to its lists.
     * Native SQL: the replicas are tables the plan events fill, read here with PostgreSQL's array operators.
     */
    @SuppressWarnings("unchecked")
    public List<Regime> periodicRegimes(int currentYear) {
        List<RegimeRow> rows = getEntityManager().createNativeQuery("""
                        SELECT r.regime_id, r.plan_id, r.plan_area_unit_code, r.frequency, r.due_day, r.due_month, r.consolidating_unit_code,
                               array_to_string(r.reporting_unit_kinds || CASE WHEN r.reporting_task_leads THEN ARRAY(
                                   SELECT DISTINCT kind FROM task_replica t, unnest(array_prepend(t.lead_unit_kind, t.co_lead_unit_kinds)) kind
                                    WHERE t.plan_id = r.plan_id AND kind IS NOT NULL) ELSE '{}' END, ','),
                               array_to_string(r.reporting_unit_codes || CASE WHEN r.reporting_task_leads THEN ARRAY(
                                   SELECT DISTINCT lead FROM task_replica t, unnest(array_prepend(t.lead_unit_code, t.co_lead_unit_codes)) lead
                                    WHERE t.plan_id = r.plan_id AND lead IS NOT NULL) ELSE '{}' END, ','),
                               COALESCE(p.period_from, EXTRACT(YEAR FROM p.issue_date)::int,
                                        (SELECT MAX(EXTRACT(YEAR FROM parent.issue_date))::int FROM plan_replica parent
                                          WHERE parent.plan_id = ANY (p.parent_ids))) AS first_year,
                               COALESCE(p.period_to, :currentYear) AS last_year, r.cut_off_rule
                          FROM regime_replica r JOIN plan_replica p ON p.plan_id = r.plan_id
                         WHERE r.frequency <> 'AD_HOC' AND p.status <> 'DRAFT'
                         ORDER BY r.regime_id""", RegimeRow.class)
                .setParameter("currentYear", currentYear).getResultList();
        return rows.stream().filter(r -> r.firstYear() != null)
                .map(r -> new Regime(r.id(), r.planId(), r.area(), r.frequency(), r.dueDay(), r.dueMonth(), r.consolidatingUnit(),
                        split(r.kinds()), split(r.codes()), r.firstYear(), Math.max(r.firstYear(), r.lastYear()), r.cutOffRule()))
                .toList();
    }

    public List<Obligation> ofRegime(UUID regimeId) {
        return list("regimeId", regimeId);
    }

    /** The regime's obligations a report was started for: those stay, whatever the regime now says. */
    public Set<UUID> reportedOnOfRegime(UUID regimeId) {
        return new HashSet<>(getEntityManager().createQuery(
                        "select o.id from Obligation o where o.regimeId = :regime and exists (select 1 from Report r where r.obligationId = o.id)",
                        UUID.class)
                .setParameter("regime", regimeId).getResultList());
    }

    /**
     * Sets who owes the report and when, and nothing else: the reminders record their notices on the
     * same rows, and an entity written back whole could undo one sent in between.
     */
    public void reschedule(UUID id, java.time.LocalDate dueDate, String inheritedFrom, String consolidatingUnitCode) {
        update("dueDate = ?1, inheritedFromUnitCode = ?2, consolidatingUnitCode = ?3 where id = ?4", dueDate, inheritedFrom,
                consolidatingUnitCode, id);
    }

    /** Removes the obligation unless a report was started for it meanwhile (one guarded statement); 1 if removed. */
    public int removeIfUnreported(UUID id) {
        return getEntityManager().createNativeQuery(
                        "DELETE FROM obligation o WHERE o.id = :id AND NOT EXISTS (SELECT 1 FROM report r WHERE r.obligation_id = o.id)")
                .setParameter("id", id).executeUpdate();
    }

    /** Removes the unreported obligations of regimes that are gone (or whose plan went back to draft); a bulk statement. */
    public int removeUnreportedOfRegimesOtherThan(List<UUID> liveRegimes) {
        var delete = getEntityManager().createNativeQuery("""
                        DELETE FROM obligation o
                         WHERE o.regime_id IS NOT NULL %s AND NOT EXISTS (SELECT 1 FROM report r WHERE r.obligation_id = o.id)"""
                .formatted(liveRegimes.isEmpty() ? "" : "AND o.regime_id NOT IN (:live)"));
        return (liveRegimes.isEmpty() ? delete : delete.setParameter("live", liveRegimes)).executeUpdate();
    }

    /** An obligation with the report started for it, if any. */
    public record WithReport(Obligation obligation, UUID reportId, String reportStatus, java.time.LocalDate firstSubmittedOn) {
    }

    /** How many obligations {@code where} (a clause over {@code Obligation o}) selects. */
    public long count(String where, java.util.Map<String, Object> params) {
        var count = getEntityManager().createQuery("select count(o) from Obligation o " + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The obligations {@code where} selects, each with its report's id, status and first submission (an outer join). */
    public List<WithReport> withReports(String where, String orderBy, java.util.Map<String, Object> params, int offset, int limit) {
        var query = getEntityManager().createQuery("select o, r.id, cast(r.status as String), r.firstSubmittedOn from Obligation o"
                + " left join Report r on r.obligationId = o.id " + where + " order by " + orderBy, WithReport.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Obligations due within [at, horizon] with no report submitted and no reminder sent yet, locked (others skip them). */
    public List<Obligation> dueSoonUnreminded(java.time.LocalDate at, java.time.LocalDate horizon) {
        return getEntityManager().createQuery("""
                        select o from Obligation o where o.dueSoonNotifiedOn is null and o.dueDate >= :at and o.dueDate <= :horizon
                           and not exists (select 1 from Report r
                                            where r.obligationId = o.id and r.firstSubmittedOn is not null)""", Obligation.class)
                .setParameter("at", at).setParameter("horizon", horizon)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
    }

    /** Obligations that fell due in [since, at) with no report submitted and no overdue notice sent yet, locked (others skip them). */
    public List<Obligation> overdueUnreminded(java.time.LocalDate at, java.time.LocalDate since) {
        return getEntityManager().createQuery("""
                        select o from Obligation o where o.overdueNotifiedOn is null and o.dueDate < :at and o.dueDate >= :since
                           and not exists (select 1 from Report r
                                            where r.obligationId = o.id and r.firstSubmittedOn is not null)""", Obligation.class)
                .setParameter("at", at).setParameter("since", since)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
