package vn.ct20.loan.bankreport;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the bankreport feature answers and takes, as its OpenAPI document names them. */
public final class BankReportDtos {
    private BankReportDtos() {
    }

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
}
