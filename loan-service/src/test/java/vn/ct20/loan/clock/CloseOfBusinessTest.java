package vn.ct20.loan.clock;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ct20.loan.lending.LoanOverdue;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

/**
 * Close of business goes in batches and picks up where a run that stopped left off: a run that
 * marked one batch and died is finished by the next run, which marks only the loans left, and
 * every loan is announced overdue once.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class CloseOfBusinessTest {
    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");
    static final int LOANS = 7;

    @Inject
    EntityManager entityManager;

    @Inject
    LoanOverdue overdue;

    @Test
    void aRunThatStoppedHalfWayIsFinishedByTheNextWithoutMarkingAnyLoanTwice() {
        String tag = "cob-" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> mine = QuarkusTransaction.requiringNew().call(() -> portfolio(tag));
        LocalDate closing = LocalDate.of(2025, 3, 3); // every loan fell due on 1 March 2025
        given().header("Authorization", ADMIN).contentType("application/json").body("{\"businessDate\":\"" + closing + "\"}")
                .put("/api/v1/loan-business-date").then().statusCode(200);
        LocalDate next = closing.plusDays(1);

        // A run that marked one batch of two loans, then stopped (its transaction for the date never committed).
        QuarkusTransaction.requiringNew().run(() -> {
            int marked = 0;
            while (marked < 2) {
                marked += overdue.markNextBatch(next, 1).checked();
            }
        });
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM loan WHERE status = 'ACTIVE' AND (overdue_checked_on IS NULL OR overdue_checked_on <> :next)""")
                .setParameter("next", next).getSingleResult()).longValue());

        int checked = given().header("Authorization", ADMIN).post("/api/v1/loan-business-date/close-of-business").then().statusCode(200)
                .extract().path("loansChecked");
        assertEquals(left, checked, "the run marks only the loans the stopped run had not");

        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID loan : mine) {
                assertEquals(next, entityManager.createNativeQuery("SELECT overdue_checked_on FROM loan WHERE id = :id", LocalDate.class)
                        .setParameter("id", loan).getSingleResult(), "every loan is marked for the new day");
                assertEquals(3, entityManager.createNativeQuery("SELECT days_overdue FROM loan WHERE id = :id", Integer.class)
                        .setParameter("id", loan).getSingleResult(), "due 1 March, unpaid on 4 March: 3 days overdue");
                long announced = ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM outbox_event WHERE message_key = :id AND event_type = 'ct20.loan.overdue.v1'""")
                        .setParameter("id", loan.toString()).getSingleResult()).longValue();
                assertEquals(1, announced, "each loan is announced overdue once");
            }
        });
    }

    /** Loans disbursed on 1 March 2024 with one yearly instalment, written in bulk (the API's way is tested elsewhere). */
    @SuppressWarnings("unchecked")
    private List<UUID> portfolio(String tag) {
        UUID source = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO capital_source (id, code, name, kind, owner_unit_code) VALUES (:id, :code, 'COB test', 'CENTRAL_BUDGET', 'VN')""")
                .setParameter("id", source).setParameter("code", tag).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO borrower (id, citizen_id, full_name, date_of_birth, sex, category, commune_code, resident_on, created_by)
                        SELECT md5(:tag || 'b' || i)::uuid, translate(substr(md5(:tag || 'c' || i), 1, 12), 'abcdef', '123456'),
                               'Người vay ' || i, DATE '1995-01-01', 'MALE', 'POOR', '03568', DATE '2023-01-01', 'test'
                          FROM generate_series(1, :n) AS i""")
                .setParameter("tag", tag).setParameter("n", LOANS).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO loan (id, borrower_id, product, category, commune_code, district_code, province_code, market_code,
                                          enterprise_name, contract_number, amount_requested, term_months, repayment_every_months,
                                          capital_source_id, status, submitted_on, submitted_by, approved_amount, approved_on, approved_by,
                                          annual_rate_percent, overdue_rate_factor, disbursed_principal, first_disbursed_on, maturity_date)
                        SELECT md5(:tag || 'l' || i)::uuid, md5(:tag || 'b' || i)::uuid, 'OVERSEAS_WORK', 'POOR', '03568', '105', '12', 'JP',
                               'Công ty', :tag || '-' || i, 50000000, 12, 12, :source, 'ACTIVE', DATE '2024-03-01', 'test', 50000000,
                               DATE '2024-03-01', 'test', 6.6, 1.3, 50000000, DATE '2024-03-01', DATE '2025-03-01'
                          FROM generate_series(1, :n) AS i""")
                .setParameter("tag", tag).setParameter("source", source).setParameter("n", LOANS).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO loan_transaction (id, loan_id, kind, business_date, amount, principal, interest, overdue_interest,
                                                      created_by, created_at)
                        SELECT md5(:tag || 't' || i)::uuid, md5(:tag || 'l' || i)::uuid, 'DISBURSEMENT', DATE '2024-03-01', 50000000, 0, 0, 0,
                               'test', now()
                          FROM generate_series(1, :n) AS i""")
                .setParameter("tag", tag).setParameter("n", LOANS).executeUpdate();
        return entityManager.createNativeQuery("SELECT id FROM loan WHERE contract_number LIKE :tag", UUID.class)
                .setParameter("tag", tag + "-%").getResultList();
    }
}
