package vn.ct20.report.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

/**
 * The national consolidation of a year's accepted reports (default 10,599 communes, the communes of
 * 2024; {@code -Dct20.bench.reports=N}) with the kinds of targets the plans set, including two per
 * commune ("≥ 4 a year in each commune" and "an average of ≥ 4 a year in each commune since 2023"),
 * against a baseline measured in the same run on the same rows: the best plain SQL that computes the
 * same totals and the same per-commune judgements. The consolidation is run with half the communes and
 * with all of them, to show how it grows with the reports. Run with {@code bench/consolidation.sh}; asserts
 * only that the consolidation's figures agree with the SQL's.
 *
 * <p>The data is written in bulk straight into report-service's tables (replicas, obligations,
 * accepted reports with their value rows and content), as a reporting season would leave them.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
@Tag("benchmark")
class ConsolidationBenchmark {
    static final String MINISTRY = TestTokens.bearer("CONSOLIDATOR", "VN");

    @ConfigProperty(name = "ct20.bench.reports", defaultValue = "10599")
    int reports;

    @Inject
    EntityManager entityManager;

    @Test
    void nationalConsolidationAgainstPlainSql() {
        int half = reports / 2;
        QuarkusTransaction.requiringNew().run(() -> BenchReports.write(entityManager, 0, half));
        given().header("Authorization", MINISTRY).get("/api/v1/consolidations/VN/2024").then().statusCode(200); // checked against the contract
        consolidate("BQ01"); // warm-up: the first calls compile and load the classes
        consolidate("VN");

        System.out.printf("%nnational consolidation, 2024, of communes' accepted reports (and 2023's for the average), 6 targets, 2 of them per commune%n");
        double[] halfCountry = measure("VN", half);
        QuarkusTransaction.requiringNew().run(() -> BenchReports.write(entityManager, half, reports - half));
        double[] wholeCountry = measure("VN", reports);
        System.out.printf("  growth: %.2f× the time for %.2f× the reports (linear: the same ratio)%n%n", wholeCountry[1] / halfCountry[1], (double) reports / half);
    }

    /** Baseline then consolidation of {@code unit}; returns {baseline seconds, consolidation seconds}. */
    private double[] measure(String unit, int communes) {
        long baselineStart = System.nanoTime();
        Baseline sql = QuarkusTransaction.requiringNew().call(() -> baseline(unit));
        double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        String body = consolidate(unit);
        double seconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();

        System.out.printf("  %s, %,d reports: baseline (plain SQL, same figures): %6.3f s | consolidation (HTTP, JSON %,d KiB): %6.3f s"
                        + "  %,6.0f reports/s  ratio to baseline %.1f | heap allocated during the call ≈ %,d MiB%n",
                unit, communes, baselineSeconds, body.length() >> 10, seconds, communes / seconds, seconds / baselineSeconds,
                Math.max(0, heapAfter - heapBefore) >> 20);

        JsonPath json = JsonPath.from(body);
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Map<String, Object> value : json.<Map<String, Object>>getList("values")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> breakdown = (Map<String, Object>) value.get("breakdown");
            String key = value.get("indicatorCode") + "|" + (breakdown == null ? "" : breakdown.get("market") != null
                    ? "market=" + breakdown.get("market") : "sex=" + breakdown.get("sex"));
            totals.put(key, new BigDecimal(value.get("value").toString()));
        }
        assertEquals(sql.totals(), totals, "totals by indicator and breakdown");
        assertEquals(sql.shortfallsEachYear(), json.getList("targets.find { it.label == 'MOI_XA_4' }.shortfalls").size());
        assertEquals(sql.shortfallsAverage(), json.getList("targets.find { it.label == 'MOI_XA_TB_4' }.shortfalls").size());
        return new double[] {baselineSeconds, seconds};
    }

    /** The consolidation as a client gets it, without the test's contract check (which reads the whole answer again). */
    private String consolidate(String unit) {
        return given().noFilters().header("Authorization", MINISTRY).get("/api/v1/consolidations/{unit}/2024", unit)
                .then().statusCode(200).extract().asString();
    }

    record Baseline(Map<String, BigDecimal> totals, long shortfallsEachYear, long shortfallsAverage) {
    }

    /**
     * The same figures as plain SQL: the accepted reports of the communes below the unit, their values
     * summed by indicator and breakdown; the communes whose 2024 total is below 4, and those whose
     * average over 2023 and 2024 is.
     */
    @SuppressWarnings("unchecked")
    private Baseline baseline(String unit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        WITH RECURSIVE area AS (
                            SELECT code FROM unit_replica WHERE code = :unit
                            UNION SELECT u.code FROM unit_replica u JOIN area a ON u.parent_code = a.code),
                        accepted AS (
                            SELECT o.unit_code, o.period_id, rv.id AS revision_id
                              FROM obligation o JOIN area a ON a.code = o.unit_code
                              JOIN report r ON r.obligation_id = o.id AND r.status = 'ACCEPTED'
                              JOIN report_revision rv ON rv.report_id = r.id AND rv.revision = r.revision
                             WHERE o.period_id IN ('2023', '2024')),
                        totals AS (
                            SELECT v.indicator_code || '|' || v.breakdown_key AS k, SUM(v.value) AS s
                              FROM accepted a JOIN report_value v ON v.revision_id = a.revision_id
                             WHERE a.period_id = '2024' GROUP BY 1),
                        per_commune AS (
                            SELECT a.unit_code, SUM(v.value) FILTER (WHERE a.period_id = '2024') AS this_year, AVG(v.value) AS average
                              FROM accepted a JOIN report_value v ON v.revision_id = a.revision_id
                             WHERE v.indicator_code = 'WORKERS_SENT' AND v.breakdown_key = '' GROUP BY a.unit_code)
                        SELECT k, s FROM totals
                        UNION ALL SELECT '#each-year', COUNT(*) FROM per_commune WHERE this_year < 4
                        UNION ALL SELECT '#average', COUNT(*) FROM per_commune WHERE ROUND(average, 2) < 4""")
                .setParameter("unit", unit).getResultList();
        Map<String, BigDecimal> totals = new TreeMap<>();
        long eachYear = 0;
        long average = 0;
        for (Object[] row : rows) {
            String key = (String) row[0];
            BigDecimal value = new BigDecimal(row[1].toString());
            switch (key) {
                case "#each-year" -> eachYear = value.longValueExact();
                case "#average" -> average = value.longValueExact();
                default -> totals.put(key, value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, java.math.RoundingMode.UNNECESSARY) : value);
            }
        }
        return new Baseline(totals, eachYear, average);
    }
}
