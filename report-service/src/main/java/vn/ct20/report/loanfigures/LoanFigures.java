package vn.ct20.report.loanfigures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    LoanMovementRepository movements;

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

    /** Figures of loans to borrowers living in {@code units} (the unit and every unit below it, any time). */
    public Figures of(List<String> units, LocalDate from, LocalDate to) {
        Map<String, long[]> byMarket = new TreeMap<>();
        List<LoanMovementRepository.Flow> flows = movements.flows(units, from, to);
        for (LoanMovementRepository.Flow flow : flows) {
            long[] line = byMarket.computeIfAbsent(flow.marketCode(), m -> new long[5]);
            line[0] = flow.loansDisbursed();
            line[1] = flow.disbursed();
            line[2] = flow.principalRepaid();
        }
        List<LoanMovementRepository.Stock> stocks = movements.stocks(units, to);
        for (LoanMovementRepository.Stock stock : stocks) {
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
