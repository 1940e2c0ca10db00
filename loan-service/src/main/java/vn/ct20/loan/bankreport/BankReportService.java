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
import vn.ct20.loan.capital.CapitalAllocations;
import vn.ct20.loan.lending.Loan;
import vn.ct20.loan.lending.LoanBalance;
import vn.ct20.loan.lending.LoanLedger;
import vn.ct20.loan.lending.LoanTransaction;
import vn.ct20.platform.security.Roles;
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


    /** Loans to borrowers of the unit's area, 1 January to the end of the quarter, by sub-unit. */
    @Transactional
    public BankReportDtos.QuarterlyReport quarterly(String unitCode, int year, int quarter) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = YearMonth.of(year, quarter * 3).atEndOfMonth();
        // Whose report it is is judged at the end of the period it covers: a unit abolished before then has none.
        scope.require(unitCode, to);
        Map<String, long[]> bySubUnit = new TreeMap<>();
        ledger.forEachDisbursed(area(unitCode), null, to, books -> {
            Loan loan = books.loan();
            String subUnit = unitCode.equals(loan.provinceCode) && loan.districtCode != null ? loan.districtCode : loan.communeCode;
            add(bySubUnit.computeIfAbsent(subUnit, u -> new long[7]), books, from, to);
        });
        List<BankReportDtos.Line> rows = new ArrayList<>();
        long[] total = new long[7];
        bySubUnit.forEach((unit, v) -> {
            rows.add(line(unit, v));
            for (int i = 0; i < v.length; i++) {
                total[i] += v[i];
            }
        });
        return new BankReportDtos.QuarterlyReport(unitCode, year, quarter, from, to, rows, line(unitCode, total));
    }

    /** Per entrusted capital source owned in the unit's area, and each of its allocations for the year. */
    @Transactional
    public BankReportDtos.EntrustedCapitalReport entrustedCapital(String unitCode, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        scope.require(unitCode, to);
        List<BankReportDtos.SourceLine> lines = new ArrayList<>();
        for (var allocation : allocations.entrusted(hierarchy.selfAndDescendants(unitCode, null), year)) {
            long[] v = new long[7];
            ledger.forEachDisbursed(area(allocation.unitCode()), allocation.sourceId(), to, books -> add(v, books, from, to));
            lines.add(new BankReportDtos.SourceLine(allocation.sourceId(), allocation.sourceCode(), allocation.sourceName(), allocation.unitCode(),
                    allocation.allocated(), v[1], v[2], v[3], v[4], v[5], allocation.available()));
        }
        return new BankReportDtos.EntrustedCapitalReport(unitCode, year, lines);
    }

    /** The communes of the unit's area at any time, or null for the country (every loan, with no list to match). */
    private List<String> area(String unitCode) {
        return Roles.ROOT_UNIT.equals(unitCode) ? null : hierarchy.selfAndDescendants(unitCode, null);
    }

    /** Adds a loan's movements in [from, to] and its balance at {@code to}. */
    private void add(long[] v, LoanLedger.LoanBooks books, LocalDate from, LocalDate to) {
        Loan loan = books.loan();
        boolean disbursedInPeriod = false;
        for (LoanTransaction move : books.between(from, to)) {
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
            LoanBalance balance = ledger.balance(loan, to, books.movements());
            v[4] += balance.principalOutstanding();
            v[5] += balance.principalOverdue();
            v[6] += balance.principalOverdue() > 0 ? 1 : 0;
        }
    }

    private static BankReportDtos.Line line(String unit, long[] v) {
        return new BankReportDtos.Line(unit, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
}
