package vn.ct20.loan.policy;

import static vn.ct20.platform.web.Decimals.plain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PolicyDtos {
    private PolicyDtos() {
    }

    @Schema(name = "PolicyCategory")
    public record CategoryInput(@NotNull BorrowerCategory category, boolean eligible,
                                @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
                                @Schema(description = "Yearly %, e.g. 6.6 (at most 4 decimals); empty: eligible, but no rate set yet", example = "6.6",
                                        nullable = true) BigDecimal annualRatePercent,
                                @Size(max = 1000) @Schema(description = "The legal text the rate comes from", nullable = true) String rateBasis) {
    }

    @Schema(name = "PolicyRate", description = "A rate the policy version lacks, with the legal text it comes from.", example = """
            {"annualRatePercent":6.6,"rateBasis":"Nghị định 61/2015/NĐ-CP Điều 38, sửa đổi bởi Nghị định 74/2019/NĐ-CP"}""")
    public record RateInput(@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
                            @Schema(description = "Yearly %, at most 4 decimals") BigDecimal annualRatePercent,
                            @NotBlank @Size(max = 1000) String rateBasis) {
    }

    @Schema(name = "PolicyProduct")
    public record ProductInput(@NotNull LoanProduct product,
                               @DecimalMin("0") @DecimalMax("1") @Schema(description = "1.0 = 100 % of the contract costs", nullable = true) BigDecimal maxShareOfContractCost,
                               @Min(1) @Schema(example = "100000000", nullable = true) Long maxAmount,
                               @PositiveOrZero @Schema(description = "Collateral required from this amount (VND); empty: never", example = "100000000",
                                       nullable = true)
                               Long collateralFromAmount,
                               @Min(1) @Max(600) @Schema(nullable = true) Integer maxTermMonths,
                               boolean termWithinContract) {
    }

    @Schema(name = "PolicyInput", description = "A new version of the lending policy, from a future date.", example = """
            {"name":"Cho vay đi làm việc ở nước ngoài theo hợp đồng","legalBasis":"Quyết định điều chỉnh lãi suất cho vay hộ nghèo",
             "validFrom":"2027-01-01","overdueRateFactor":1.3,
             "categories":[{"category":"POOR","eligible":true,"annualRatePercent":6.6,"rateBasis":"Lãi suất cho vay hộ nghèo"},
                           {"category":"NEAR_POOR","eligible":true,"annualRatePercent":7.92,"rateBasis":"Lãi suất cho vay hộ cận nghèo"}],
             "products":[{"product":"OVERSEAS_WORK","maxShareOfContractCost":1.0,"collateralFromAmount":100000000,"termWithinContract":true},
                         {"product":"EPS_DEPOSIT","maxAmount":100000000,"maxTermMonths":64,"termWithinContract":false}]}""")
    public record PolicyInput(
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 1000) String legalBasis,
            @NotNull LocalDate validFrom,
            @NotNull @DecimalMin("1") @DecimalMax("5") BigDecimal overdueRateFactor,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid CategoryInput> categories,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid ProductInput> products) {
    }

    @Schema(name = "Policy")
    public record PolicyView(UUID id, String name, String legalBasis, LocalDate validFrom, @Schema(nullable = true) LocalDate validTo,
                             BigDecimal overdueRateFactor,
                             List<CategoryInput> categories, List<ProductInput> products) {
        static PolicyView of(LoanPolicy p) {
            return new PolicyView(p.id, p.name, p.legalBasis, p.validFrom, p.validTo, plain(p.overdueRateFactor),
                    p.categories.stream().map(c -> new CategoryInput(c.category, c.eligible, plain(c.annualRatePercent), c.rateBasis)).toList(),
                    p.products.stream().map(r -> new ProductInput(r.product, plain(r.maxShareOfContractCost), r.maxAmount,
                            r.collateralFromAmount, r.maxTermMonths, r.termWithinContract)).toList());
        }
    }

    @Schema(name = "PolicyEvaluationRequest", example = """
            {"category":"POOR","product":"OVERSEAS_WORK","amount":120000000,"contractCost":150000000,"termMonths":36,"contractTermMonths":36,
             "date":"2026-11-22"}""")
    public record EvaluationInput(
            @NotNull BorrowerCategory category,
            @NotNull LoanProduct product,
            @NotNull @Min(1) @Schema(description = "Amount asked for, VND", example = "120000000") Long amount,
            @Min(1) @Schema(description = "Costs stated in the contract, VND", example = "150000000", nullable = true) Long contractCost,
            @NotNull @Min(1) @Max(600) Integer termMonths,
            @Min(1) @Max(600) @Schema(nullable = true) Integer contractTermMonths,
            @Schema(description = "Approval date whose policy applies (default today)", nullable = true) LocalDate date) {
    }
}
