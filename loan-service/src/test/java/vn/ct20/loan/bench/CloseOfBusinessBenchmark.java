package vn.ct20.loan.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ct20.loan.lending.Loan;
import vn.ct20.loan.lending.LoanBalance;
import vn.ct20.loan.lending.LoanLedger;
import vn.ct20.loan.lending.LoanTransaction;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

/**
 * Close of business over a portfolio of active loans (default 20,000; {@code -Dct20.bench.loans=N}),
 * against a baseline measured in the same run on the same rows: what the job cost before it went in
 * batches, one query per loan for its movements and a balance computed from them (reads only, no
 * writes and no events, so the baseline is a floor for the old job). Run with
 * {@code bench/close-of-business.sh}; prints its figures, asserts only that every loan was marked.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
@Tag("benchmark")
class CloseOfBusinessBenchmark {
    static final String HEAD_OFFICE = TestTokens.bearer("LOAN_APPROVER", "VN");
    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");
    /** The portfolio was disbursed over 2023 with yearly instalments; on this day about half are past due. */
    static final LocalDate BUSINESS_DATE = LocalDate.of(2024, 7, 1);

    @ConfigProperty(name = "ct20.bench.loans", defaultValue = "20000")
    int loans;

    @Inject
    EntityManager entityManager;

    @Inject
    LoanLedger ledger;

    @Test
    void closeOfBusinessAgainstOneQueryPerLoan() {
        QuarkusTransaction.requiringNew().run(this::portfolio);
        given().header("Authorization", ADMIN).contentType("application/json").body("{\"businessDate\":\"" + BUSINESS_DATE + "\"}")
                .put("/api/v1/loan-business-date").then().statusCode(200);

        long baselineStart = System.nanoTime();
        int overdueByBaseline = QuarkusTransaction.requiringNew().timeout(1800).call(this::oneQueryPerLoan); // the old job: one long transaction
        double baselineSeconds = (System.nanoTime() - baselineStart) / 1e9;

        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        int checked = given().header("Authorization", HEAD_OFFICE).post("/api/v1/loan-business-date/close-of-business").then()
                .statusCode(200).extract().path("loansChecked");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        int fellOverdue = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM loan WHERE status = 'ACTIVE' AND days_overdue > 0").getSingleResult()).intValue());

        System.out.printf("%nclose of business, %,d active loans%n", loans);
        System.out.printf("  baseline (one query per loan, reads only): %6.2f s  %,8.0f loans/s%n", baselineSeconds, loans / baselineSeconds);
        System.out.printf("  close of business in batches (with writes and events): %6.2f s  %,8.0f loans/s  ratio to baseline %.2f%n",
                seconds, loans / seconds, seconds / baselineSeconds);
        System.out.printf("  heap retained after the run (after a GC), minus before: %,d MiB (batch size %s)%n", (heapAfter - heapBefore) >> 20,
                System.getProperty("ct20.close-of-business.batch-size", "500"));
        System.out.printf("  loans past due: %,d by the job, %,d by the baseline%n%n", fellOverdue, overdueByBaseline);
        assertEquals(loans, checked, "every active loan is marked");
        assertEquals(overdueByBaseline, fellOverdue, "the job and the baseline agree on who is past due");
    }

    private void portfolio() {
        BenchPortfolio.write(entityManager, loans);
    }

    /** The old job's reads: every active loan, then one query per loan for its movements. */
    private int oneQueryPerLoan() {
        List<Loan> active = entityManager.createQuery("select l from Loan l where l.status = :s", Loan.class)
                .setParameter("s", Loan.Status.ACTIVE).getResultList();
        int overdue = 0;
        for (Loan loan : active) {
            List<LoanTransaction> movements = entityManager.createQuery(
                            "select t from LoanTransaction t where t.loanId = :loan order by t.businessDate, t.createdAt", LoanTransaction.class)
                    .setParameter("loan", loan.id).getResultList();
            LoanBalance balance = ledger.balance(loan, BUSINESS_DATE.plusDays(1), movements);
            overdue += balance.daysOverdue() > 0 ? 1 : 0;
        }
        entityManager.clear();
        return overdue;
    }
}
