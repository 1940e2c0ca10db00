package vn.ct20.report.loanfigures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * VBSP loan figures of a unit's area for a period, from loan-service's events: loans and amounts
 * disbursed and principal repaid within the period's data cut-off, and the principal outstanding and
 * overdue at its end, per destination market.
 */
@ApplicationScoped
public class LoanFigures {
    @Inject
    EntityManager entityManager;

    @Schema(name = "LoanFigures", description = "From loan-service's events; nobody types them in.", example = """
            {"total":{"marketCode":null,"loansDisbursed":3,"disbursed":240000000,"principalRepaid":10000000,"outstanding":230000000,
             "overdue":0},"byMarket":[{"marketCode":"JP","loansDisbursed":3,"disbursed":240000000,"principalRepaid":10000000,
             "outstanding":230000000,"overdue":0}]}""")
    public record Figures(Line total, List<Line> byMarket) {
    }

    @Schema(name = "LoanFiguresLine")
    public record Line(@Schema(description = "Null on the total line", nullable = true) String marketCode,
                       @Schema(description = "Loans with a disbursement in the period") long loansDisbursed,
                       @Schema(description = "VND disbursed in the period") long disbursed,
                       @Schema(description = "VND of principal repaid in the period") long principalRepaid,
                       @Schema(description = "VND of principal owed at the end of the period") long outstanding,
                       @Schema(description = "VND of that principal past its due date") long overdue) {
    }

    /** Money moved per market in a period (aggregated in SQL: the movements are many, the markets few). */
    public record Flow(String marketCode, long loansDisbursed, long disbursed, long principalRepaid) {
    }

    /** What is owed per market at the end of a period. */
    public record Stock(String marketCode, long outstanding, long overdue) {
    }

    /** Figures of loans to borrowers living in {@code units} (the unit and every unit below it, any time). */
    public Figures of(List<String> units, LocalDate from, LocalDate to) {
        Map<String, long[]> byMarket = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Flow> flows = entityManager.createNativeQuery("""
                        SELECT market_code, COUNT(DISTINCT loan_id) FILTER (WHERE kind = 'DISBURSED'),
                               COALESCE(SUM(amount) FILTER (WHERE kind = 'DISBURSED'), 0)::bigint,
                               COALESCE(SUM(principal_paid) FILTER (WHERE kind = 'REPAID'), 0)::bigint
                          FROM loan_movement
                         WHERE commune_code IN (:units) AND business_date BETWEEN :from AND :to
                         GROUP BY market_code""", Flow.class)
                .setParameter("units", units).setParameter("from", from).setParameter("to", to).getResultList();
        for (Flow flow : flows) {
            long[] line = byMarket.computeIfAbsent(flow.marketCode(), m -> new long[5]);
            line[0] = flow.loansDisbursed();
            line[1] = flow.disbursed();
            line[2] = flow.principalRepaid();
        }
        // Each loan's latest state at the end of the period; a written-off loan owes nothing more here.
        @SuppressWarnings("unchecked")
        List<Stock> stocks = entityManager.createNativeQuery("""
                        SELECT market_code, SUM(CASE WHEN kind = 'WRITTEN_OFF' THEN 0 ELSE principal_outstanding END)::bigint,
                               SUM(CASE WHEN kind = 'WRITTEN_OFF' THEN 0 ELSE principal_overdue END)::bigint
                          FROM (SELECT DISTINCT ON (loan_id) loan_id, market_code, kind, principal_outstanding, principal_overdue
                                  FROM loan_movement WHERE commune_code IN (:units) AND business_date <= :to
                                 ORDER BY loan_id, business_date DESC, seq DESC) latest
                         GROUP BY market_code""", Stock.class)
                .setParameter("units", units).setParameter("to", to).getResultList();
        for (Stock stock : stocks) {
            long[] line = byMarket.computeIfAbsent(stock.marketCode(), m -> new long[5]);
            line[3] = stock.outstanding();
            line[4] = stock.overdue();
        }
        List<Line> lines = new ArrayList<>();
        long[] total = new long[5];
        byMarket.forEach((market, v) -> {
            lines.add(new Line(market, v[0], v[1], v[2], v[3], v[4]));
            for (int i = 0; i < 5; i++) {
                total[i] += v[i];
            }
        });
        return new Figures(new Line(null, total[0], total[1], total[2], total[3], total[4]), lines);
    }
}
