package vn.ct20.loan.bankreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.loan.capital.CapitalAllocations;
import vn.ct20.loan.lending.Loan;
import vn.ct20.loan.lending.LoanLedger;
import vn.ct20.loan.lending.LoanTransaction;
import vn.ct20.loan.lending.LoanBalance;
import vn.ct20.loan.lending.LoanService;
import vn.ct20.platform.security.UnitHierarchy;
import vn.ct20.platform.security.UnitScope;

/**
 * The bank's own reports (LOAN_RULES, "What VBSP reports"): the quarterly loan report, covering
 * 1 January to the end of the quarter, from transaction office to district to province; and the
 * yearly report on the management and use of local capital entrusted to VBSP.
 */
@ApplicationScoped
public class BankReportService {
    @Inject
    LoanLedger ledger;

    @Inject
    CapitalAllocations allocations;

    @Inject
    UnitHierarchy hierarchy;

    @Inject
    UnitScope scope;

    @Inject
    LoanService loans;

    @Schema(name = "QuarterlyLoanReport", example = """
            {"unitCode":"12","year":2024,"quarter":2,"from":"2024-01-01","to":"2024-06-30",
             "rows":[{"unitCode":"109","loansDisbursed":12,"disbursed":840000000,"principalRepaid":65000000,"interestCollected":21000000,
                      "outstanding":1520000000,"overdue":45000000,"loansOverdue":2}],
             "total":{"unitCode":"12","loansDisbursed":12,"disbursed":840000000,"principalRepaid":65000000,"interestCollected":21000000,
                      "outstanding":1520000000,"overdue":45000000,"loansOverdue":2}}""")
    public record QuarterlyReport(String unitCode, int year, int quarter, LocalDate from, LocalDate to, List<Line> rows, Line total) {
    }

    @Schema(name = "BankReportLine")
    public record Line(@Schema(description = "The sub-unit (district of a province, commune of a district), or the unit on the total line")
                       String unitCode,
                       @Schema(description = "Loans with a disbursement in the period") long loansDisbursed,
                       @Schema(description = "VND disbursed in the period") long disbursed,
                       @Schema(description = "VND of principal repaid in the period") long principalRepaid,
                       @Schema(description = "VND of interest and overdue interest collected in the period") long interestCollected,
                       @Schema(description = "Principal owed at the end of the period") long outstanding,
                       @Schema(description = "Of which past due") long overdue,
                       long loansOverdue) {
    }

    @Schema(name = "EntrustedCapitalReport", description = "Management and use of local capital entrusted to VBSP in a year.", example = """
            {"unitCode":"89","year":2024,"sources":[{"sourceId":"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a","sourceCode":"UT-89-2024",
             "sourceName":"Vốn ngân sách tỉnh An Giang ủy thác qua NHCSXH","allocationUnitCode":"89","allocated":20000000000,
             "disbursedInYear":6400000000,"principalRepaidInYear":1200000000,"interestCollectedInYear":380000000,
             "outstandingAtYearEnd":9100000000,"overdueAtYearEnd":85000000,"available":10900000000}]}""")
    public record EntrustedCapitalReport(String unitCode, int year, List<SourceLine> sources) {
    }

    @Schema(name = "EntrustedCapitalLine")
    public record SourceLine(UUID sourceId, String sourceCode, String sourceName, String allocationUnitCode, long allocated,
                             long disbursedInYear, long principalRepaidInYear, long interestCollectedInYear, long outstandingAtYearEnd,
                             long overdueAtYearEnd, @Schema(description = "allocated − disbursed + repaid, all years") long available) {
    }

    /** Loans to borrowers of the unit's area, 1 January to the end of the quarter, by sub-unit. */
    @Transactional
    public QuarterlyReport quarterly(String unitCode, int year, int quarter) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = YearMonth.of(year, quarter * 3).atEndOfMonth();
        // Whose report it is is judged at the end of the period it covers: a unit abolished before then has none.
        scope.require(unitCode, to);
        List<String> area = hierarchy.selfAndDescendants(unitCode, null);
        List<Loan> inArea = loans.disbursedIn(area, to);
        Map<String, long[]> bySubUnit = new TreeMap<>();
        for (Loan loan : inArea) {
            String subUnit = unitCode.equals(loan.provinceCode) && loan.districtCode != null ? loan.districtCode : loan.communeCode;
            add(bySubUnit.computeIfAbsent(subUnit, u -> new long[7]), loan, from, to);
        }
        List<Line> rows = new ArrayList<>();
        long[] total = new long[7];
        bySubUnit.forEach((unit, v) -> {
            rows.add(line(unit, v));
            for (int i = 0; i < v.length; i++) {
                total[i] += v[i];
            }
        });
        return new QuarterlyReport(unitCode, year, quarter, from, to, rows, line(unitCode, total));
    }

    /** Per entrusted capital source owned in the unit's area, and each of its allocations for the year. */
    @Transactional
    public EntrustedCapitalReport entrustedCapital(String unitCode, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        scope.require(unitCode, to);
        List<String> area = hierarchy.selfAndDescendants(unitCode, null);
        List<SourceLine> lines = new ArrayList<>();
        for (var allocation : allocations.entrusted(area, year)) {
            List<String> allocationArea = hierarchy.selfAndDescendants(allocation.unitCode(), null);
            long[] v = new long[7];
            loans.disbursedFrom(allocation.sourceId(), allocationArea, to).forEach(loan -> add(v, loan, from, to));
            lines.add(new SourceLine(allocation.sourceId(), allocation.sourceCode(), allocation.sourceName(), allocation.unitCode(),
                    allocation.allocated(), v[1], v[2], v[3], v[4], v[5], allocation.available()));
        }
        return new EntrustedCapitalReport(unitCode, year, lines);
    }

    /** Adds a loan's movements in [from, to] and its balance at {@code to}. */
    private void add(long[] v, Loan loan, LocalDate from, LocalDate to) {
        boolean disbursedInPeriod = false;
        for (LoanTransaction move : ledger.movementsBetween(loan, from, to)) {
            if (LoanTransaction.DISBURSEMENT.equals(move.kind)) {
                v[1] += move.amount;
                disbursedInPeriod = true;
            } else if (LoanTransaction.REPAYMENT.equals(move.kind)) { // not an import's settlement of what the old system collected
                v[2] += move.principal;
                v[3] += move.interest + move.overdueInterest;
            }
        }
        v[0] += disbursedInPeriod ? 1 : 0;
        boolean writtenOff = loan.status == Loan.Status.WRITTEN_OFF && loan.closedOn != null && !loan.closedOn.isAfter(to);
        if (!writtenOff) {
            LoanBalance balance = ledger.balance(loan, to);
            v[4] += balance.principalOutstanding();
            v[5] += balance.principalOverdue();
            v[6] += balance.principalOverdue() > 0 ? 1 : 0;
        }
    }

    private static Line line(String unit, long[] v) {
        return new Line(unit, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
}
