package vn.ct20.report.loanfigures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ct20.events.loan.LoanEventV1;

/**
 * The loan movements report-service keeps from loan-service's events, one row per event, and the
 * sums over them. Native SQL: the figures are aggregates (FILTER, DISTINCT ON) over many rows and
 * come back per market, few rows.
 */
@ApplicationScoped
public class LoanMovementRepository {
    /** Money moved per market in a period (aggregated in SQL: the movements are many, the markets few). */
    public record Flow(String marketCode, long loansDisbursed, long disbursed, long principalRepaid) {
    }

    /** What is owed per market at the end of a period. */
    public record Stock(String marketCode, long outstanding, long overdue) {
    }

    @Inject
    EntityManager entityManager;

    /** Records the movement an event announces, once (a redelivered event changes nothing). */
    public void record(UUID eventId, String kind, LoanEventV1 loan) {
        entityManager.createNativeQuery("""
                        INSERT INTO loan_movement (event_id, loan_id, kind, business_date, commune_code, district_code, province_code, market_code,
                                                   category, amount, principal_paid, principal_outstanding, principal_overdue)
                        VALUES (:event, :loan, :kind, :date, :commune, :district, :province, :market, :category, :amount, :principalPaid,
                                :outstanding, :overdue)
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", eventId).setParameter("loan", loan.loanId()).setParameter("kind", kind)
                .setParameter("date", loan.businessDate()).setParameter("commune", loan.communeCode())
                .setParameter("district", loan.districtCode()).setParameter("province", loan.provinceCode())
                .setParameter("market", loan.marketCode()).setParameter("category", loan.category())
                .setParameter("amount", loan.amount() == null ? 0L : loan.amount())
                .setParameter("principalPaid", loan.principalPaid() == null ? 0L : loan.principalPaid())
                .setParameter("outstanding", loan.principalOutstanding()).setParameter("overdue", loan.principalOverdue())
                .executeUpdate();
    }

    /**
     * Loans and money disbursed and principal repaid in [from, to] by borrowers of {@code units}, per
     * market. The units are bound as one array: a national area has some 15,000 codes.
     */
    @SuppressWarnings("unchecked")
    public List<Flow> flows(List<String> units, LocalDate from, LocalDate to) {
        return entityManager.createNativeQuery("""
                        SELECT market_code, COUNT(DISTINCT loan_id) FILTER (WHERE kind = 'DISBURSED'),
                               COALESCE(SUM(amount) FILTER (WHERE kind = 'DISBURSED'), 0)::bigint,
                               COALESCE(SUM(principal_paid) FILTER (WHERE kind = 'REPAID'), 0)::bigint
                          FROM loan_movement
                         WHERE commune_code = ANY(:units) AND business_date BETWEEN :from AND :to
                         GROUP BY market_code""", Flow.class)
                .setParameter("units", units.toArray(String[]::new)).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Each loan's latest state at the end of the period, summed per market; a written-off loan owes nothing more here. */
    @SuppressWarnings("unchecked")
    public List<Stock> stocks(List<String> units, LocalDate to) {
        return entityManager.createNativeQuery("""
                        SELECT market_code, SUM(CASE WHEN kind = 'WRITTEN_OFF' THEN 0 ELSE principal_outstanding END)::bigint,
                               SUM(CASE WHEN kind = 'WRITTEN_OFF' THEN 0 ELSE principal_overdue END)::bigint
                          FROM (SELECT DISTINCT ON (loan_id) loan_id, market_code, kind, principal_outstanding, principal_overdue
                                  FROM loan_movement WHERE commune_code = ANY(:units) AND business_date <= :to
                                 ORDER BY loan_id, business_date DESC, seq DESC) latest
                         GROUP BY market_code""", Stock.class)
                .setParameter("units", units.toArray(String[]::new)).setParameter("to", to).getResultList();
    }
}
