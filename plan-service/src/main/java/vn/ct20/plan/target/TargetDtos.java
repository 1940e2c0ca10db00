package vn.ct20.plan.target;

import static vn.ct20.platform.web.Decimals.plain;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class TargetDtos {
    private TargetDtos() {
    }

    @Schema(name = "TargetInput", description = "A target as the plan words it, in a form reports can be measured against.", example = """
            {"label":"Hằng năm có từ 5.000 lao động trở lên đi làm việc tại thành phố Sùng Tả, tỉnh Quảng Tây, Trung Quốc",
             "indicatorCode":"WORKERS_SENT","measure":"TOTAL","comparator":"GTE","value":5000,"valueTo":null,"stretchValue":null,
             "scope":"PLAN_AREA","subUnitKind":null,"marketScope":"MARKET","marketCode":"CN-GX-CHONGZUO","marketGroupCode":null,
             "timeBasis":"EACH_YEAR","fromYear":2023,"toYear":2025,"amendmentReason":null}""")
    public record TargetInput(
            @NotBlank @Size(max = 1000) String label,
            @NotBlank @Size(max = 60) @Schema(example = "WORKERS_SENT") String indicatorCode,
            @NotNull Target.Measure measure,
            @NotNull Target.Comparator comparator,
            @NotNull @DecimalMin("0") @Digits(integer = 16, fraction = 4) @Schema(example = "5000") BigDecimal value,
            @DecimalMin("0") @Digits(integer = 16, fraction = 4) @Schema(description = "Upper bound, only with RANGE", example = "15", nullable = true)
            BigDecimal valueTo,
            @DecimalMin("0") @Digits(integer = 16, fraction = 4)
            @Schema(description = "Only with GTE or GT: the aspiration above the floor (\"phấn đấu … từ 10% đến 15%\" is GTE 10, stretch 15)",
                    example = "15", nullable = true) BigDecimal stretchValue,
            @NotNull Target.Scope scope,
            @Pattern(regexp = "[A-Z_]{2,40}") @Schema(description = "With EACH_SUB_UNIT: the kind of sub-unit (COMMUNE, VILLAGE …)", nullable = true)
            String subUnitKind,
            @NotNull Target.MarketScope marketScope,
            @Size(max = 40) @Schema(nullable = true) String marketCode,
            @Size(max = 60) @Schema(nullable = true) String marketGroupCode,
            @NotNull Target.TimeBasis timeBasis,
            @Min(1945) @Max(2100) @Schema(nullable = true) Integer fromYear,
            @Min(1945) @Max(2100) @Schema(nullable = true) Integer toYear,
            @Size(max = 1000) @Schema(description = "Required when the plan is issued: the change is an amendment", nullable = true) String amendmentReason) {
    }

    @Schema(name = "Target")
    public record TargetView(UUID id, UUID planId, String label, String indicatorCode, Target.Measure measure,
                             Target.Comparator comparator, BigDecimal value, @Schema(nullable = true) BigDecimal valueTo,
                             @Schema(description = "The aspiration above a floor target", nullable = true) BigDecimal stretchValue, Target.Scope scope,
                             @Schema(nullable = true) String subUnitKind, Target.MarketScope marketScope,
                             @Schema(nullable = true) String marketCode, @Schema(nullable = true) String marketGroupCode,
                             Target.TimeBasis timeBasis, @Schema(nullable = true) Integer fromYear, @Schema(nullable = true) Integer toYear) {
        static TargetView of(Target t) {
            return new TargetView(t.id, t.planId, t.label, t.indicatorCode, t.measure, t.comparator, plain(t.value), plain(t.valueTo),
                    plain(t.stretchValue), t.scope,
                    t.subUnitKind, t.marketScope, t.marketCode, t.marketGroupCode, t.timeBasis, t.fromYear, t.toYear);
        }
    }

    @Schema(name = "Indicator")
    public record IndicatorView(String code, String nameVi, String nameEn, String unitOfMeasure, boolean wholeNumber) {
    }
}
