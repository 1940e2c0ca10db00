package vn.ct20.plan.regime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.plan.unit.UnitKind;
import vn.ct20.platform.web.Codes;

/** What the regime feature answers and takes, as its OpenAPI document names them. */
public final class ReportingRegimeDtos {
    private ReportingRegimeDtos() {
    }

    @Schema(name = "ReportingRegimeInput", example = """
            {"frequency":"FIRST_HALF_YEAR","dueDay":20,"dueMonth":6,"consolidatingUnitCode":"20-SLDTBXH",
             "reportingUnitCodes":[],"reportingUnitKinds":["DEPARTMENT","DISTRICT"],"reportingTaskLeads":true,
             "description":"Định kỳ 6 tháng (trước ngày 20/6), các sở, ban, ngành, UBND các huyện, thành phố báo cáo UBND tỉnh (qua Sở LĐTBXH)",
             "amendmentReason":null}""")
    public record RegimeInput(
            @NotNull ReportingRegime.Frequency frequency,
            @Min(1) @Max(31) @Schema(description = "With dueMonth, the day in the period's year; for QUARTERLY alone, the day of the "
                    + "month after the quarter (\"trước ngày 10 tháng đầu quý\")", nullable = true) Integer dueDay,
            @Min(1) @Max(12) @Schema(nullable = true) Integer dueMonth,
            @Pattern(regexp = Codes.UNIT) @Schema(description = "Who receives the reports; not with consolidatingLabourAuthority", nullable = true)
            String consolidatingUnitCode,
            @Schema(description = "Instead of consolidatingUnitCode: each reporter reports to the labour authority of its own territory "
                    + "(Circular 01/2020/TT-BLĐTBXH: a VBSP transaction office to its district's labour office, a branch to its province's "
                    + "department). Default false.", nullable = true) Boolean consolidatingLabourAuthority,
            @Pattern(regexp = "DECREE_09|YEAR_TO_DATE") @Schema(description = "DECREE_09 (default): the data cut-off of Decree 09/2019; "
                    + "YEAR_TO_DATE: from 1 January to the end of the period", nullable = true) String cutOffRule,
            @Size(max = 500) @Schema(nullable = true) List<@NotBlank @Pattern(regexp = Codes.UNIT) String> reportingUnitCodes,
            @Size(max = 20) @Schema(nullable = true) List<@NotNull UnitKind> reportingUnitKinds,
            @Schema(description = "Every body a task of the plan is assigned to reports too (\"các sở, ban, ngành, đoàn thể … báo cáo\"): "
                    + "its leads and co-leads, and every unit of a collective lead's kind. Default false.", nullable = true)
            Boolean reportingTaskLeads,
            @Size(max = 1000) @Schema(nullable = true) String description,
            @Size(max = 1000) @Schema(nullable = true) String amendmentReason) {
    }

    @Schema(name = "ReportingRegime")
    public record RegimeView(UUID id, UUID planId, ReportingRegime.Frequency frequency, @Schema(nullable = true) Integer dueDay,
                             @Schema(nullable = true) Integer dueMonth,
                             @Schema(nullable = true) String consolidatingUnitCode,
                             @Schema(description = "Each reporter reports to the labour authority of its own territory") boolean consolidatingLabourAuthority,
                             Set<String> reportingUnitCodes, Set<String> reportingUnitKinds,
                             @Schema(description = "Every body a task of the plan is assigned to reports too") boolean reportingTaskLeads,
                             String cutOffRule, @Schema(nullable = true) String description) {
        static RegimeView of(ReportingRegime r) {
            return new RegimeView(r.id, r.planId, r.frequency, r.dueDay, r.dueMonth, r.consolidatingUnitCode, r.consolidatingLabourAuthority,
                    r.reportingUnitCodes,
                    r.reportingUnitKinds, r.reportingTaskLeads, r.cutOffRule, r.description);
        }
    }
}
