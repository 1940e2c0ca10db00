package vn.ct20.report.filing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Revisions of reports, and their values as rows ({@code report_value}, written with each revision),
 * so that consolidation and the outlier check sum and compare values in SQL instead of parsing
 * every report's JSON. The value rows have no entity: they are written and read with native SQL,
 * and read back as records.
 */
@ApplicationScoped
public class ReportRevisionRepository implements PanacheRepositoryBase<ReportRevision, UUID> {

    public List<ReportRevision> ofReport(UUID reportId) {
        return list("reportId = ?1 order by revision", reportId);
    }

    public ReportRevision revision(UUID reportId, int revision) {
        return find("reportId = ?1 and revision = ?2", reportId, revision).singleResult();
    }

    public void replaceValues(UUID revisionId, List<ReportContent.IndicatorValue> values) {
        getEntityManager().createNativeQuery("DELETE FROM report_value WHERE revision_id = :id").setParameter("id", revisionId).executeUpdate();
        insertValues(revisionId, values);
    }

    /** Writes the revision's values as one JDBC batch: a report of 5,000 values is one round trip, not 5,000. */
    public void insertValues(UUID revisionId, List<ReportContent.IndicatorValue> values) {
        if (values.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO report_value (revision_id, indicator_code, breakdown_key, breakdown, value)
                    VALUES (?, ?, ?, CAST(? AS jsonb), ?)""")) {
                for (ReportContent.IndicatorValue value : values) {
                    insert.setObject(1, revisionId);
                    insert.setString(2, value.indicatorCode());
                    insert.setString(3, ReportContent.Breakdown.keyOf(value.breakdown()));
                    insert.setString(4, breakdownJson(value.breakdown()));
                    insert.setBigDecimal(5, value.value());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * A unit's earlier totals of an indicator under a regime: the current revision of every report it
     * submitted for periods that ended before {@code before} (for the outlier check).
     */
    @SuppressWarnings("unchecked")
    public List<BigDecimal> earlierTotals(UUID regimeId, String unitCode, LocalDate before, String indicatorCode) {
        return getEntityManager().createNativeQuery("""
                        SELECT v.value FROM obligation o
                          JOIN report r ON r.obligation_id = o.id
                          JOIN report_revision rv ON rv.report_id = r.id AND rv.revision = r.revision
                          JOIN report_value v ON v.revision_id = rv.id
                         WHERE o.regime_id = :regime AND o.unit_code = :unit AND o.cut_off_to < :before
                           AND r.status IN ('SUBMITTED', 'ACCEPTED') AND v.indicator_code = :indicator AND v.breakdown_key = ''""")
                .setParameter("regime", regimeId).setParameter("unit", unitCode)
                .setParameter("before", before).setParameter("indicator", indicatorCode).getResultList();
    }

    /**
     * For each of {@code units}, the values of the revision of its report for the period that was
     * accepted last: one query, the units bound as one array (a national area has some 15,000 codes).
     */
    @SuppressWarnings("unchecked")
    public List<ReportDtos.AcceptedValue> acceptedValues(String periodId, java.util.Collection<String> units) {
        return getEntityManager().createNativeQuery("""
                        SELECT a.unit_code, a.revision_id, v.indicator_code, v.breakdown_key, v.value
                          FROM (SELECT DISTINCT ON (o.unit_code) o.unit_code, rv.id AS revision_id
                                  FROM obligation o
                                  JOIN report r ON r.obligation_id = o.id AND r.status = 'ACCEPTED'
                                  JOIN report_revision rv ON rv.report_id = r.id AND rv.revision = r.revision
                                 WHERE o.period_id = :period AND o.unit_code = ANY(:units)
                                 ORDER BY o.unit_code, rv.reviewed_at DESC) a
                          LEFT JOIN report_value v ON v.revision_id = a.revision_id
                         ORDER BY a.unit_code""", ReportDtos.AcceptedValue.class)
                .setParameter("period", periodId).setParameter("units", units.toArray(String[]::new)).getResultList();
    }

    /** The task progress lines of these revisions, read from their content in SQL. */
    @SuppressWarnings("unchecked")
    public List<ReportDtos.ReportedProgress> progressOf(java.util.Collection<UUID> revisionIds) {
        return getEntityManager().createNativeQuery("""
                        SELECT rv.id, p.line, CAST(p.item ->> 'taskId' AS uuid), p.item ->> 'status', p.item ->> 'narrative'
                          FROM report_revision rv
                          CROSS JOIN LATERAL jsonb_array_elements(rv.content -> 'taskProgress') WITH ORDINALITY AS p(item, line)
                         WHERE rv.id = ANY(:revisions) AND jsonb_typeof(rv.content -> 'taskProgress') = 'array'""",
                        ReportDtos.ReportedProgress.class)
                .setParameter("revisions", revisionIds.toArray(UUID[]::new)).getResultList();
    }

    /** The difficulties and proposals of those of these revisions that wrote any. */
    @SuppressWarnings("unchecked")
    public List<ReportDtos.ReportedRemarks> remarksOf(java.util.Collection<UUID> revisionIds) {
        return getEntityManager().createNativeQuery("""
                        SELECT id, content ->> 'difficulties', content ->> 'proposals' FROM report_revision
                         WHERE id = ANY(:revisions) AND (content ->> 'difficulties' IS NOT NULL OR content ->> 'proposals' IS NOT NULL)""",
                        ReportDtos.ReportedRemarks.class)
                .setParameter("revisions", revisionIds.toArray(UUID[]::new)).getResultList();
    }

    private static String breakdownJson(ReportContent.Breakdown breakdown) {
        try {
            return vn.ct20.events.EventJson.mapper().writeValueAsString(breakdown == null ? java.util.Map.of() : breakdown);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
