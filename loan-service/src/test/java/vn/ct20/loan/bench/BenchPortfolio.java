package vn.ct20.loan.bench;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * A portfolio of active loans written in bulk for the benchmarks: per row a borrower, a loan of
 * 50,000,000 VND disbursed on a day of 2023 with two yearly instalments, its disbursement, and for
 * every second loan a repayment of 10,000,000 VND of principal and 3,300,000 of interest a year later.
 */
final class BenchPortfolio {
    private BenchPortfolio() {
    }

    /** Writes {@code loans} loans in the caller's transaction; every one is active. */
    static void write(EntityManager entityManager, int loans) {
        UUID source = UUID.randomUUID();
        entityManager.createNativeQuery("""
                        INSERT INTO capital_source (id, code, name, kind, owner_unit_code) VALUES (:id, 'BENCH', 'Benchmark', 'CENTRAL_BUDGET', 'VN')""")
                .setParameter("id", source).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO borrower (id, citizen_id, full_name, date_of_birth, sex, category, commune_code, resident_on, created_by)
                        SELECT md5('b' || i)::uuid, lpad(i::text, 12, '0'), 'Người vay ' || i, DATE '1995-01-01', 'MALE', 'POOR', '03568',
                               DATE '2022-01-01', 'bench'
                          FROM generate_series(1, :n) AS i""")
                .setParameter("n", loans).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO loan (id, borrower_id, product, category, commune_code, district_code, province_code, market_code,
                                          enterprise_name, contract_number, amount_requested, term_months, repayment_every_months,
                                          capital_source_id, status, submitted_on, submitted_by, approved_amount, approved_on, approved_by,
                                          annual_rate_percent, overdue_rate_factor, disbursed_principal, first_disbursed_on, maturity_date)
                        SELECT md5('l' || i)::uuid, md5('b' || i)::uuid, 'OVERSEAS_WORK', 'POOR', '03568', '105', '12', 'JP',
                               'Công ty', 'HD-' || i, 50000000, 24, 12, :source, 'ACTIVE', d, 'bench', 50000000, d, 'bench',
                               6.6, 1.3, 50000000, d, d + INTERVAL '24 months'
                          FROM (SELECT i, DATE '2023-01-01' + (i % 365) AS d FROM generate_series(1, :n) AS i) AS p""")
                .setParameter("source", source).setParameter("n", loans).executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO loan_transaction (id, loan_id, kind, business_date, amount, principal, interest, overdue_interest,
                                                      created_by, created_at)
                        SELECT md5('t' || id::text)::uuid, id, 'DISBURSEMENT', first_disbursed_on, 50000000, 0, 0, 0, 'bench', now()
                          FROM loan WHERE submitted_by = 'bench'""").executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO loan_transaction (id, loan_id, kind, business_date, amount, principal, interest, overdue_interest,
                                                      created_by, created_at)
                        SELECT md5('r' || id::text)::uuid, id, 'REPAYMENT', first_disbursed_on + 365, 13300000, 10000000, 3300000, 0,
                               'bench', now()
                          FROM loan WHERE submitted_by = 'bench' AND get_byte(decode(md5(id::text), 'hex'), 0) % 2 = 0""").executeUpdate();
    }
}
