package vn.ct20.loan.lending;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.loan.policy.BorrowerCategory;
import vn.ct20.loan.policy.LoanProduct;
import vn.ct20.platform.web.Codes;
import vn.ct20.platform.web.Decimals;

public final class LoanDtos {
    private LoanDtos() {
    }

    @Schema(name = "LoanApplication", example = """
            {"borrowerId":"2d6f0a1b-7c3e-4f5a-9b8c-1d2e3f4a5b6c","product":"OVERSEAS_WORK","marketCode":"JP",
             "enterpriseName":"Công ty cổ phần cung ứng nhân lực quốc tế và thương mại (SONA)","contractNumber":"HĐ-2026/0417",
             "contractTermMonths":36,"contractCost":120000000,"amountRequested":90000000,"termMonths":36,"repaymentEveryMonths":6,
             "capitalSourceId":"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a","collateral":null}""")
    public record Application(
            @NotNull UUID borrowerId,
            @NotNull LoanProduct product,
            @NotBlank @Pattern(regexp = Codes.MARKET) @Schema(description = "Destination market", example = "JP") String marketCode,
            @NotBlank @Size(max = 300) @Schema(description = "Service enterprise or public unit that sends the worker") String enterpriseName,
            @NotBlank @Size(max = 100) String contractNumber,
            @Min(1) @Max(240) @Schema(description = "Work term in the contract, months", nullable = true) Integer contractTermMonths,
            @Min(1) @Schema(description = "Costs stated in the contract, VND", nullable = true) Long contractCost,
            @NotNull @Min(1) @Max(10_000_000_000L) @Schema(description = "VND") Long amountRequested,
            @NotNull @Min(1) @Max(240) Integer termMonths,
            @Min(1) @Max(240) @Schema(description = "Agreed repayment interval in months; default: everything at maturity", nullable = true)
            Integer repaymentEveryMonths,
            @NotNull UUID capitalSourceId,
            @Size(max = 1000) @Schema(description = "What secures the loan; required from the policy's threshold (100,000,000 VND)", nullable = true)
            String collateral) {
    }

    @Schema(name = "LoanDecision", example = """
            {"reason":"Hợp đồng lao động chưa được Sở Lao động xác nhận."}""")
    public record Decision(@NotBlank @Size(max = 2000) String reason) {
    }

    /** A loan the bank made before this system, as one import row gives it (the borrower comes separately). */
    public record ImportedLoan(LoanProduct product, String marketCode, String enterpriseName, String contractNumber, Integer contractTermMonths,
                               Long contractCost, long amount, int termMonths, BigDecimal annualRatePercent, LocalDate disbursedOn,
                               long principalRepaid) {
    }

    @Schema(name = "MoneyMovement", example = """
            {"amount":45000000}""")
    public record Money(@NotNull @Min(1) @Max(10_000_000_000L) @Schema(description = "Whole VND") Long amount) {
    }

    @Schema(name = "Loan", example = """
            {"id":"3f2e1d0c-9b8a-4765-a432-10fedcba9876","borrowerId":"2d6f0a1b-7c3e-4f5a-9b8c-1d2e3f4a5b6c","product":"OVERSEAS_WORK",
             "category":"POOR","communeCode":"03549","districtCode":"109","provinceCode":"12","marketCode":"JP",
             "enterpriseName":"Công ty cổ phần Nhân lực quốc tế Sona","contractNumber":"HĐ-2024/0417","contractTermMonths":12,
             "contractCost":100000000,"amountRequested":90000000,"termMonths":12,"repaymentEveryMonths":12,
             "capitalSourceId":"9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a","collateral":null,"status":"ACTIVE","submittedOn":"2024-01-10",
             "submittedBy":"officer@12","approvedAmount":90000000,"approvedOn":"2024-01-10","approvedBy":"approver@12","appraisalLate":false,
             "appraisalOverdue":false,"annualRatePercent":6.6,"overdueAnnualRatePercent":8.58,"decisionReason":null,
             "disbursedPrincipal":90000000,"firstDisbursedOn":"2024-01-10","maturityDate":"2025-01-10",
             "balance":{"principalOutstanding":80000000,"principalOverdue":80000000,"interestDue":2661699,"overdueInterestDue":188055,
                        "daysOverdue":10,"oldestUnpaidDueDate":"2025-01-10"},"bucket":"1-30","closedOn":null}""")
    public record LoanView(UUID id, UUID borrowerId, LoanProduct product, BorrowerCategory category, String communeCode,
                           @Schema(nullable = true) String districtCode, @Schema(nullable = true) String provinceCode,
                           String marketCode, String enterpriseName, String contractNumber,
                           @Schema(nullable = true) Integer contractTermMonths, @Schema(nullable = true) Long contractCost,
                           long amountRequested, int termMonths, int repaymentEveryMonths, UUID capitalSourceId,
                           @Schema(nullable = true) String collateral, Loan.Status status, LocalDate submittedOn, String submittedBy,
                           @Schema(nullable = true) Long approvedAmount, @Schema(nullable = true) LocalDate approvedOn,
                           @Schema(nullable = true) String approvedBy,
                           @Schema(description = "Approved more than 10 working days after submission", nullable = true) Boolean appraisalLate,
                           @Schema(description = "Still waiting for a decision more than 10 working days after submission") boolean appraisalOverdue,
                           @Schema(nullable = true) BigDecimal annualRatePercent, @Schema(nullable = true) BigDecimal overdueAnnualRatePercent,
                           @Schema(nullable = true) String decisionReason, long disbursedPrincipal,
                           @Schema(nullable = true) LocalDate firstDisbursedOn, @Schema(nullable = true) LocalDate maturityDate,
                           LoanBalance balance, @Schema(nullable = true) String bucket, @Schema(nullable = true) LocalDate closedOn) {
        static LoanView of(Loan l, LoanBalance balance, boolean appraisalOverdue) {
            BigDecimal overdueRate = l.annualRatePercent == null ? null : Decimals.plain(l.annualRatePercent.multiply(l.overdueRateFactor)
                    .setScale(4, java.math.RoundingMode.HALF_UP));
            return new LoanView(l.id, l.borrowerId, l.product, l.category, l.communeCode, l.districtCode, l.provinceCode, l.marketCode,
                    l.enterpriseName, l.contractNumber, l.contractTermMonths, l.contractCost, l.amountRequested, l.termMonths,
                    l.repaymentEveryMonths, l.capitalSourceId, l.collateral, l.status, l.submittedOn, l.submittedBy, l.approvedAmount,
                    l.approvedOn, l.approvedBy, l.appraisalLate, appraisalOverdue, Decimals.plain(l.annualRatePercent), overdueRate,
                    l.decisionReason, l.disbursedPrincipal, l.firstDisbursedOn, l.maturityDate, balance, l.bucket, l.closedOn);
        }
    }

    @Schema(name = "LoanTransaction", example = """
            {"id":"5e4d3c2b-1a09-4887-b6a5-4c3b2a190817","kind":"REPAYMENT","businessDate":"2024-07-10","amount":12961863,
             "principal":10000000,"interest":2961863,"overdueInterest":0,
             "balanceAfter":{"principalOutstanding":80000000,"principalOverdue":0,"interestDue":0,"overdueInterestDue":0,"daysOverdue":0,
                             "oldestUnpaidDueDate":null}}""")
    public record TransactionView(UUID id, String kind, LocalDate businessDate, long amount, long principal, long interest,
                                  long overdueInterest, LoanBalance balanceAfter) {
    }

    @Schema(name = "RepaymentSchedule", example = """
            {"principal":90000000,"start":"2024-01-10","annualRatePercent":6.6,
             "instalments":[{"number":1,"dueDate":"2025-01-10","principal":90000000,"interest":5956274,"total":95956274,"principalAfter":0}],
             "totalInterest":5956274}""")
    public record ScheduleView(long principal, LocalDate start, BigDecimal annualRatePercent, List<RepaymentSchedule.Instalment> instalments,
                               long totalInterest) {
        static ScheduleView of(long principal, LocalDate start, BigDecimal rate, List<RepaymentSchedule.Instalment> instalments) {
            return new ScheduleView(principal, start, Decimals.plain(rate), instalments,
                    instalments.stream().mapToLong(RepaymentSchedule.Instalment::interest).sum());
        }
    }
}
