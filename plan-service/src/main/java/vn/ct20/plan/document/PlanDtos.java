package vn.ct20.plan.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.platform.web.Codes;

/** The JSON shapes of the plans API. */
public final class PlanDtos {
    private PlanDtos() {
    }

    @Schema(name = "PlanInput", description = "A plan to create, or its new state (a change of an issued plan is an amendment and needs a reason).",
            example = """
            {"number":"340/KH-UBND","kind":"PLAN","title":"Triển khai thực hiện Kế hoạch số 147-KH/TU ngày 28/12/2023 của Tỉnh ủy về thực hiện Chỉ thị số 20-CT/TW",
             "issuingUnitCode":"89-UBND","areaUnitCode":"89","issueDate":"2024-04-02","periodFrom":null,"periodTo":null,"orientationYear":null,
             "purpose":null,"parentIds":["3b1f0c52-5d1e-3a8e-9c4f-0e7d2b6a1c90"],"amendmentReason":null}""")
    public record PlanInput(
            @Size(max = 60) @Schema(description = "Document number; empty when the document gives none", example = "340/KH-UBND", nullable = true)
            String number,
            @NotNull PlanKind kind,
            @NotBlank @Size(max = 1000) String title,
            @NotBlank @Pattern(regexp = Codes.UNIT) @Schema(description = "The issuing body", example = "89-UBND") String issuingUnitCode,
            @NotBlank @Pattern(regexp = Codes.UNIT) @Schema(description = "The territory the plan covers", example = "89") String areaUnitCode,
            @Schema(nullable = true) LocalDate issueDate,
            @Min(1945) @Max(2100) @Schema(nullable = true) Integer periodFrom,
            @Min(1945) @Max(2100) @Schema(nullable = true) Integer periodTo,
            @Min(1945) @Max(2100) @Schema(nullable = true) Integer orientationYear,
            @Size(max = 20000) @Schema(description = "Purpose and requirements (mục đích, yêu cầu)", nullable = true) String purpose,
            @Size(max = 50) @Schema(description = "Plans this one implements; required except for a directive", nullable = true)
            List<@NotNull UUID> parentIds,
            @Size(max = 1000) @Schema(description = "Why an issued plan is amended; required for issued plans", nullable = true) String amendmentReason) {
    }

    @Schema(name = "Plan", example = """
            {"id":"6c2b5f4e-1a7d-3c9b-8e2f-4d6a0b1c3e5f","number":null,"kind":"PLAN",
             "title":"Thực hiện Kế hoạch số 103-KH/TU, ngày 21/3/2023 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 20-CT/TW",
             "issuingUnitCode":"20-UBND","areaUnitCode":"20","issueDate":null,"periodFrom":2023,"periodTo":2025,"orientationYear":2030,
             "status":"ISSUED","purpose":null,"parentIds":["0f8e7d6c-5b4a-3928-8716-a5b4c3d2e1f0"],
             "declaredBudgetTotal":153459000000,"budgetSum":153459000000,"version":1}""")
    public record PlanView(UUID id, @Schema(nullable = true) String number, PlanKind kind, String title, String issuingUnitCode,
                           String areaUnitCode, @Schema(nullable = true) LocalDate issueDate, @Schema(nullable = true) Integer periodFrom,
                           @Schema(nullable = true) Integer periodTo, @Schema(nullable = true) Integer orientationYear, PlanStatus status,
                           @Schema(nullable = true) String purpose, List<UUID> parentIds,
                           @Schema(description = "Total the plan states, VND", nullable = true) Long declaredBudgetTotal,
                           @Schema(description = "Sum of the budget lines' amounts, VND") long budgetSum,
                           long version) {
        static PlanView of(Plan plan) {
            return new PlanView(plan.id, plan.number, plan.kind, plan.title, plan.issuingUnitCode, plan.areaUnitCode, plan.issueDate,
                    plan.periodFrom, plan.periodTo, plan.orientationYear, plan.status, plan.purpose, plan.parentIds(),
                    plan.declaredBudgetTotal, plan.budgetSum(), plan.version);
        }
    }

    @Schema(name = "BudgetLine")
    public record BudgetLineView(
            @NotNull @Schema(example = "NATIONAL_EMPLOYMENT_FUND") FundingSource fundingSource,
            @PositiveOrZero @Schema(description = "Whole VND; empty when the plan names the source without an amount", example = "25000000000",
                    nullable = true) Long amount,
            @Size(max = 1000) @Schema(example = "Nguồn vốn cho vay từ Quỹ quốc gia giải quyết việc làm", nullable = true) String description) {
        static BudgetLineView of(BudgetLine line) {
            return new BudgetLineView(line.fundingSource, line.amount, line.description);
        }
    }

    @Schema(name = "Budget", description = "A plan's budget: when declaredTotal is set, the lines' amounts must add up to it.", example = """
            {"declaredTotal":153459000000,"lines":[
              {"fundingSource":"NTP_SUSTAINABLE_POVERTY_REDUCTION","amount":5459000000,"description":"Chương trình mục tiêu quốc gia giảm nghèo bền vững"},
              {"fundingSource":"NTP_ETHNIC_MINORITY_MOUNTAINOUS","amount":3000000000,"description":"Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi"},
              {"fundingSource":"CENTRAL_LOAN_CAPITAL","amount":100000000000,"description":"Vốn trung ương cho vay người lao động đi làm việc ở nước ngoài"},
              {"fundingSource":"NATIONAL_EMPLOYMENT_FUND","amount":25000000000,"description":"Quỹ quốc gia giải quyết việc làm"},
              {"fundingSource":"LOCAL_BUDGET_ENTRUSTED_VBSP","amount":20000000000,"description":"Ngân sách tỉnh, huyện ủy thác qua NHCSXH"},
              {"fundingSource":"OTHER","amount":null,"description":"Các nguồn kinh phí lồng ghép và hợp pháp khác"}],
             "amendmentReason":null}""")
    public record BudgetInput(
            @PositiveOrZero @Schema(nullable = true) Long declaredTotal,
            @NotNull @Size(max = 100) List<@NotNull @Valid BudgetLineView> lines,
            @Size(max = 1000) @Schema(nullable = true) String amendmentReason) {
    }

    @Schema(name = "BudgetView")
    public record BudgetView(@Schema(nullable = true) Long declaredTotal, long sum, List<BudgetLineView> lines, long planVersion) {
        static BudgetView of(Plan plan) {
            return new BudgetView(plan.declaredBudgetTotal, plan.budgetSum(),
                    plan.budgetLines.stream().map(BudgetLineView::of).toList(), plan.version);
        }
    }

    @Schema(name = "PlanVersion", description = "The state of a plan before an amendment.")
    public record PlanVersionView(long version, String reason, String changedBy, java.time.Instant changedAt, PlanView state) {
    }

    @Schema(name = "FundingSourceInfo")
    public record FundingSourceView(FundingSource code, String nameVi, String nameEn) {
    }
}
