package vn.ct20.report.filing;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.platform.web.Codes;

/** What a unit reports: progress on its tasks, indicator values with breakdowns, difficulties and proposals. */
@Schema(name = "ReportContent", example = """
        {"taskProgress":[{"taskId":"0b6c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e","status":"IN_PROGRESS",
          "narrative":"Đã tổ chức 12 hội nghị tư vấn tại các xã; rà soát 350 lao động có nhu cầu."}],
         "values":[{"indicatorCode":"WORKERS_SENT","value":120},
                   {"indicatorCode":"WORKERS_SENT","breakdown":{"market":"CN-GX-CHONGZUO"},"value":95},
                   {"indicatorCode":"WORKERS_SENT","breakdown":{"market":"JP"},"value":25},
                   {"indicatorCode":"WORKERS_SENT","breakdown":{"sex":"FEMALE"},"value":41},
                   {"indicatorCode":"WORKERS_SENT","breakdown":{"sex":"MALE"},"value":79}],
         "difficulties":"Nhiều lao động chưa đáp ứng yêu cầu ngoại ngữ.",
         "proposals":"Đề nghị hỗ trợ kinh phí đào tạo tiếng Nhật cho lao động thuộc hộ nghèo."}""")
public record ReportContent(
        @Size(max = 500) List<@Valid @NotNull TaskProgress> taskProgress,
        @Size(max = 5000) @Schema(description = "A value without breakdown is the total. The total by market or sub-unit, and any value by sex, ethnic minority or poor household when every value of it is given, must add up exactly; other breakdowns are of-which figures and must not exceed their parent")
        List<@Valid @NotNull IndicatorValue> values,
        @Size(max = 20000) @Schema(description = "Khó khăn, vướng mắc", nullable = true) String difficulties,
        @Size(max = 20000) @Schema(description = "Đề xuất, kiến nghị", nullable = true) String proposals) {

    public ReportContent {
        taskProgress = taskProgress == null ? List.of() : List.copyOf(taskProgress);
        values = values == null ? List.of() : List.copyOf(values);
    }

    public enum TaskStatus { NOT_STARTED, IN_PROGRESS, DONE, CANCELLED }

    public enum Sex { MALE, FEMALE }

    @Schema(name = "TaskProgressReport")
    public record TaskProgress(@NotNull UUID taskId, @NotNull TaskStatus status, @Size(max = 10000) @Schema(nullable = true) String narrative) {
    }

    @Schema(name = "IndicatorValue")
    public record IndicatorValue(
            @NotBlank @Size(max = 60) @Schema(example = "WORKERS_SENT") String indicatorCode,
            @Valid @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent for the total", nullable = true) Breakdown breakdown,
            @NotNull @PositiveOrZero @Schema(example = "120") BigDecimal value) {
    }

    /** The dimensions a value may be broken down by; an absent dimension means "all". */
    @Schema(name = "Breakdown")
    @JsonInclude(JsonInclude.Include.NON_NULL) // a dimension not given is absent, not null
    public record Breakdown(
            @Pattern(regexp = Codes.MARKET) @Schema(description = "Destination market code", example = "JP", nullable = true) String market,
            @Schema(nullable = true) Sex sex,
            @Schema(description = "Người dân tộc thiểu số", nullable = true) Boolean ethnicMinority,
            @Schema(description = "Thuộc hộ nghèo", nullable = true) Boolean poorHousehold,
            @Pattern(regexp = Codes.UNIT) @Schema(description = "A unit below the reporting unit", example = "03549", nullable = true) String subUnit) {

        /** Canonical form, dimensions in a fixed order: "" for the total, else e.g. "market=JP;sex=FEMALE". */
        public String key() {
            List<String> parts = new ArrayList<>();
            if (market != null) {
                parts.add("market=" + market);
            }
            if (sex != null) {
                parts.add("sex=" + sex);
            }
            if (ethnicMinority != null) {
                parts.add("ethnicMinority=" + ethnicMinority);
            }
            if (poorHousehold != null) {
                parts.add("poorHousehold=" + poorHousehold);
            }
            if (subUnit != null) {
                parts.add("subUnit=" + subUnit);
            }
            return String.join(";", parts);
        }

        public static String keyOf(Breakdown breakdown) {
            return breakdown == null ? "" : breakdown.key();
        }

        /** The dimensions of a canonical key: "market=JP;sex=FEMALE" → {market=JP, sex=FEMALE}; "" → {}. */
        public static java.util.Map<String, String> dimensions(String key) {
            java.util.Map<String, String> dims = new java.util.HashMap<>();
            if (!key.isEmpty()) {
                for (String part : key.split(";")) {
                    int eq = part.indexOf('=');
                    dims.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            return dims;
        }

        /** The breakdown a canonical key stands for; null for the total. */
        public static Breakdown ofKey(String key) {
            if (key.isEmpty()) {
                return null;
            }
            java.util.Map<String, String> dims = dimensions(key);
            return new Breakdown(dims.get("market"), dims.containsKey("sex") ? Sex.valueOf(dims.get("sex")) : null,
                    dims.containsKey("ethnicMinority") ? Boolean.valueOf(dims.get("ethnicMinority")) : null,
                    dims.containsKey("poorHousehold") ? Boolean.valueOf(dims.get("poorHousehold")) : null, dims.get("subUnit"));
        }
    }
}
