package vn.ct20.report.consolidation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.report.filing.ReportContent;
import vn.ct20.report.loanfigures.LoanFigures;

@Schema(name = "ConsolidatedReport", description = "A unit's consolidated report for a period, from the accepted reports of it and every unit below it.",
        example = """
        {"unitCode":"20","periodId":"2024","cutOffFrom":"2023-12-15","cutOffTo":"2024-12-14",
         "reports":[{"unitCode":"178","revisionId":"3b1f0c9e-6a2d-4e8f-b7c5-1d2e3f4a5b6c"}],"countedUnits":["178"],
         "values":[{"indicatorCode":"WORKERS_SENT","value":5600},
                   {"indicatorCode":"WORKERS_SENT","breakdown":{"market":"CN-GX-CHONGZUO"},"value":5150}],
         "unitTotals":[{"unitCode":"178","indicatorCode":"WORKERS_SENT","value":1200}],
         "taskProgress":[{"unitCode":"178","taskId":"0b6c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e","number":"V.15.b","title":"Tăng cường tuyên truyền…",
                          "leadUnitCode":"178","leadUnitKind":null,"status":"IN_PROGRESS","narrative":"Tổ chức 12 hội nghị tư vấn."}],
         "targets":[{"targetId":"7e6d5c4b-3a29-4817-9f6e-5d4c3b2a1908","planId":"c02f2f28-04cd-3511-8b9b-03a5f71cf0d0",
                     "label":"Hằng năm có từ 5.000 lao động trở lên đi làm việc tại thành phố Sùng Tả, Trung Quốc","indicatorCode":"WORKERS_SENT",
                     "measure":"TOTAL","comparator":"GTE","value":5000,"valueTo":null,"stretchValue":null,"stretchReached":null,"timeBasis":"EACH_YEAR","fromYear":2023,"toYear":2025,
                     "actual":5150,"attainmentPercent":103.0,"status":"MET","shortfalls":[],"note":null}],
         "loans":{"total":{"marketCode":null,"loansDisbursed":12,"disbursed":600000000,"principalRepaid":45000000,
                           "outstanding":555000000,"overdue":0},
                  "byMarket":[{"marketCode":"JP","loansDisbursed":12,"disbursed":600000000,"principalRepaid":45000000,
                               "outstanding":555000000,"overdue":0}]},
         "remarks":[{"unitCode":"178","difficulties":"Thị trường Sùng Tả tuyển ít lao động nữ.","proposals":null}]}""")
public record ConsolidatedReport(
        String unitCode, String periodId, LocalDate cutOffFrom, LocalDate cutOffTo,
        @Schema(description = "The accepted report (its current revision) of each unit") List<ReportUsed> reports,
        @Schema(description = "Units whose figures are summed: a report is left out when a unit above it reported too (a district covers its communes)")
        List<String> countedUnits,
        @Schema(description = "Indicator values summed over those reports, by breakdown (no breakdown: the total)") List<IndicatorTotal> values,
        @Schema(description = "Each unit's own totals") List<UnitTotal> unitTotals,
        @Schema(description = "Task progress as each unit reported it") List<TaskLine> taskProgress,
        @Schema(description = "Every target of the plans in force for the unit that year, against the actual") List<TargetLine> targets,
        @Schema(description = "VBSP loans to borrowers of the area in the period, from loan-service's events") LoanFigures.Figures loans,
        @Schema(description = "Difficulties and proposals as each unit wrote them (units that wrote none are left out)") List<Remark> remarks) {

    public record ReportUsed(String unitCode, UUID revisionId) {
    }

    @Schema(name = "ConsolidatedValue")
    public record IndicatorTotal(String indicatorCode,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent for the total", nullable = true) ReportContent.Breakdown breakdown,
            BigDecimal value) {
    }

    public record UnitTotal(String unitCode, String indicatorCode, BigDecimal value) {
    }

    @Schema(name = "ConsolidatedTaskLine")
    public record TaskLine(String unitCode, UUID taskId, @Schema(nullable = true) String number, @Schema(nullable = true) String title,
                           @Schema(description = "The unit that leads the task", nullable = true) String leadUnitCode,
                           @Schema(description = "Or the kind of unit every one of which leads it (each commune …)", nullable = true)
                           String leadUnitKind,
                           String status, @Schema(nullable = true) String narrative) {
    }

    @Schema(name = "ConsolidatedRemark")
    public record Remark(String unitCode, @Schema(description = "Khó khăn, vướng mắc", nullable = true) String difficulties,
                         @Schema(description = "Đề xuất, kiến nghị", nullable = true) String proposals) {
    }

    public enum TargetStatus {
        MET, NOT_MET,
        /** Judged later: in its last year (averages, "by" targets) or on the yearly report (each-year targets on a half-year). */
        NOT_YET_DUE,
        /** No accepted figures to measure it. */
        NO_DATA
    }

    @Schema(name = "TargetAttainment")
    public record TargetLine(UUID targetId, UUID planId, String label, String indicatorCode, String measure, String comparator,
                             BigDecimal value, @Schema(nullable = true) BigDecimal valueTo,
                             @Schema(description = "The aspiration above a floor target (met from value)", nullable = true) BigDecimal stretchValue,
                             @Schema(description = "Whether the actual reached the stretch; null without a stretch or a judgement", nullable = true)
                             Boolean stretchReached,
                             String timeBasis,
                             @Schema(nullable = true) Integer fromYear, @Schema(nullable = true) Integer toYear,
                             @Schema(description = "The measured actual: a count, a share or a growth in %, a yearly average; "
                                     + "for a per-sub-unit target the lowest sub-unit's", nullable = true) BigDecimal actual,
                             @Schema(description = "actual ÷ target value × 100", nullable = true) BigDecimal attainmentPercent,
                             TargetStatus status,
                             @Schema(description = "Per-sub-unit targets: the sub-units that fall short") List<SubUnitShortfall> shortfalls,
                             @Schema(nullable = true) String note) {
    }

    public record SubUnitShortfall(String unitCode,
                                   @Schema(description = "Null when the unit has no accepted figures", nullable = true) BigDecimal actual) {
    }
}
