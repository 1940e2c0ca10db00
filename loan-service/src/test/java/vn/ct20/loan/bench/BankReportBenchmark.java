package vn.ct20.loan.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

/**
 * The bank's quarterly report for the whole country over a portfolio (default 50,000 loans;
 * {@code -Dct20.bench.loans=N}), against a baseline measured in the same run on the same rows: one SQL
 * aggregate of the period's money movements and what is left to repay. The report also computes each
 * loan's schedule to know what is past due, which SQL alone cannot, so the goal is a small multiple of
 * the aggregate, with memory flat. Run with {@code bench/bank-reports.sh}; asserts only that the
 * report's sums agree with the aggregate.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
@Tag("benchmark")
class BankReportBenchmark {
    static final String HEAD_OFFICE = TestTokens.bearer("LOAN_APPROVER", "VN");

    @ConfigProperty(name = "ct20.bench.loans", defaultValue = "50000")
    int loans;

    @Inject
    EntityManager entityManager;

    /** The period's sums as one SQL aggregate computes them. */
    public record Sums(long loansDisbursed, long disbursed, long principalRepaid, long interestCollected, long outstanding) {
    }

    @Test
    void nationalQuarterlyReportAgainstOneSqlAggregate() {
        QuarkusTransaction.requiringNew().run(() -> BenchPortfolio.write(entityManager, loans));
        given().header("Authorization", HEAD_OFFICE).queryParam("unit", "VN").queryParam("year", 2024).queryParam("quarter", 4)
                .get("/api/v1/bank-reports/quarterly").then().statusCode(200); // warm-up, checked against the contract

        long baselineStart = System.nanoTime();
        Sums sums = QuarkusTransaction.requiringNew().call(this::aggregate);
        double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        Map<String, Object> total = report();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();

        System.out.printf("%nbank quarterly report, VN, 2024 Q4, %,d loans%n", loans);
        System.out.printf("  baseline (one SQL aggregate of the same rows): %6.2f s%n", baselineSeconds);
        System.out.printf("  the report (flows, balances and arrears per loan, in batches): %6.2f s  %,8.0f loans/s  ratio to baseline %.1f%n",
                seconds, loans / seconds, seconds / baselineSeconds);
        System.out.printf("  heap retained after the run (after a GC), minus before: %,d MiB%n%n", (heapAfter - heapBefore) >> 20);
        assertEquals(sums.loansDisbursed(), ((Number) total.get("loansDisbursed")).longValue());
        assertEquals(sums.disbursed(), ((Number) total.get("disbursed")).longValue());
        assertEquals(sums.principalRepaid(), ((Number) total.get("principalRepaid")).longValue());
        assertEquals(sums.interestCollected(), ((Number) total.get("interestCollected")).longValue());
        assertEquals(sums.outstanding(), ((Number) total.get("outstanding")).longValue());
    }

    /** The report as a client gets it, without the test's contract check. */
    private Map<String, Object> report() {
        return given().noFilters().header("Authorization", HEAD_OFFICE).queryParam("unit", "VN").queryParam("year", 2024).queryParam("quarter", 4)
                .get("/api/v1/bank-reports/quarterly").then().statusCode(200).extract().path("total");
    }

    /** 1 January to 31 December 2024: loans and money disbursed, principal and interest repaid, principal left at the end. */
    private Sums aggregate() {
        return (Sums) entityManager.createNativeQuery("""
                        SELECT COUNT(DISTINCT t.loan_id) FILTER (WHERE t.kind = 'DISBURSEMENT' AND t.business_date >= DATE '2024-01-01'),
                               COALESCE(SUM(t.amount) FILTER (WHERE t.kind = 'DISBURSEMENT' AND t.business_date >= DATE '2024-01-01'), 0)::bigint,
                               COALESCE(SUM(t.principal) FILTER (WHERE t.kind = 'REPAYMENT' AND t.business_date >= DATE '2024-01-01'), 0)::bigint,
                               COALESCE(SUM(t.interest + t.overdue_interest)
                                        FILTER (WHERE t.kind = 'REPAYMENT' AND t.business_date >= DATE '2024-01-01'), 0)::bigint,
                               (COALESCE(SUM(t.amount) FILTER (WHERE t.kind = 'DISBURSEMENT'), 0)
                                - COALESCE(SUM(t.principal) FILTER (WHERE t.kind <> 'DISBURSEMENT'), 0))::bigint
                          FROM loan_transaction t JOIN loan l ON l.id = t.loan_id
                         WHERE l.first_disbursed_on <= DATE '2024-12-31' AND t.business_date <= DATE '2024-12-31'""", Sums.class)
                .getSingleResult();
    }
}
