package vn.ct20.report.filing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.report.obligation.Obligation;
import vn.ct20.report.obligation.Timeliness;

public final class ReportDtos {
    private ReportDtos() {
    }

    @Schema(name = "ReportCreate", description = "Start the report of an obligation (a draft).", example = """
            {"obligationId":"5a0c2f4e-8b1d-4c3e-9f2a-7d6e5c4b3a21",
             "content":{"taskProgress":[{"taskId":"0b6c7d1e-2f3a-4b5c-8d9e-0f1a2b3c4d5e","status":"IN_PROGRESS",
                        "narrative":"Tổ chức 12 hội nghị tư vấn tại các phường, xã."}],
                        "values":[{"indicatorCode":"WORKERS_SENT","value":120},
                                  {"indicatorCode":"WORKERS_SENT","breakdown":{"market":"CN-GX-CHONGZUO"},"value":95},
                                  {"indicatorCode":"WORKERS_SENT","breakdown":{"market":"JP"},"value":25}],
                        "difficulties":"Lao động chưa đáp ứng yêu cầu ngoại ngữ.","proposals":null}}""")
    public record CreateReport(@NotNull @Schema(example = "5a0c2f4e-8b1d-4c3e-9f2a-7d6e5c4b3a21") UUID obligationId,
                               @Valid @NotNull ReportContent content) {
    }

    @Schema(name = "ReportFromLoanFigures", example = """
            {"obligationId":"5a0c2f4e-8b1d-4c3e-9f2a-7d6e5c4b3a21"}""")
    public record FromLoanFigures(@NotNull UUID obligationId) {
    }

    @Schema(name = "ReportUpdate", description = "New content for a draft, or for a returned or reopened report (which starts a new revision).",
            example = """
            {"content":{"values":[{"indicatorCode":"WORKERS_SENT","value":40},
                                  {"indicatorCode":"WORKERS_SENT","breakdown":{"market":"KR"},"value":40}]}}""")
    public record UpdateReport(@Valid @NotNull ReportContent content) {
    }

    @Schema(name = "ReportReview", description = "Why a report is returned or reopened.", example = """
            {"reason":"Số lao động theo thị trường chưa khớp với tổng số; đề nghị rà soát lại."}""")
    public record Review(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "Report", example = """
            {"id":"9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4","obligationId":"5a0c2f4e-8b1d-4c3e-9f2a-7d6e5c4b3a21","unitCode":"180",
             "consolidatingUnitCode":"20-SLDTBXH","periodId":"2024S1","dueDate":"2024-06-20","status":"SUBMITTED","revision":1,
             "firstSubmittedOn":"2024-06-18","timeliness":"ON_TIME","reviewReason":null,
             "content":{"taskProgress":[],"values":[{"indicatorCode":"WORKERS_SENT","value":120}],"difficulties":null,"proposals":null},
             "warnings":[],"updatedAt":"2024-06-18T02:15:00Z"}""")
    public record ReportView(UUID id, UUID obligationId, String unitCode, String consolidatingUnitCode,
                             @Schema(nullable = true) String periodId,
                             @Schema(nullable = true) LocalDate dueDate,
                             Report.Status status, int revision, @Schema(nullable = true) LocalDate firstSubmittedOn, Timeliness timeliness,
                             @Schema(description = "Why the current revision was returned, or the report reopened", nullable = true)
                             String reviewReason,
                             ReportContent content,
                             @Schema(description = "Outliers against the unit's earlier periods: worth a second look, not errors")
                             List<ReportValidator.Warning> warnings, Instant updatedAt) {
        static ReportView of(Report report, ReportRevision revision, Obligation obligation, LocalDate today,
                             List<ReportValidator.Warning> warnings) {
            return new ReportView(report.id, report.obligationId, report.unitCode, obligation.consolidatingUnitCode, obligation.periodId,
                    obligation.dueDate, report.status, report.revision, report.firstSubmittedOn,
                    Timeliness.of(obligation.dueDate, report.firstSubmittedOn, today), revision.reviewReason, revision.content, warnings,
                    report.updatedAt);
        }
    }

    @Schema(name = "ReportRevision", example = """
            {"revision":1,"status":"RETURNED","content":{"taskProgress":[],"values":[{"indicatorCode":"WORKERS_SENT","value":40}],
             "difficulties":null,"proposals":null},"createdBy":"reporter@180","createdAt":"2024-06-24T02:00:00Z","submittedOn":"2024-06-25",
             "submittedBy":"reporter@180","reviewedAt":"2024-06-26T03:00:00Z","reviewedBy":"consolidator@20-SLDTBXH",
             "reviewReason":"Chưa báo cáo số lao động theo thị trường; đề nghị bổ sung."}""")
    public record RevisionView(int revision, Report.Status status, ReportContent content, String createdBy, Instant createdAt,
                               @Schema(nullable = true) LocalDate submittedOn, @Schema(nullable = true) String submittedBy,
                               @Schema(nullable = true) Instant reviewedAt, @Schema(nullable = true) String reviewedBy,
                               @Schema(nullable = true) String reviewReason) {
        static RevisionView of(ReportRevision r) {
            return new RevisionView(r.revision, r.status, r.content, r.createdBy, r.createdAt, r.submittedOn, r.submittedBy, r.reviewedAt,
                    r.reviewedBy, r.reviewReason);
        }
    }

    /**
     * One value of the accepted revision counted for a unit ({@code breakdownKey} empty for the
     * indicator's total); a revision without values comes as one row with the value fields null.
     */
    public record AcceptedValue(String unitCode, UUID revisionId, String indicatorCode, String breakdownKey, BigDecimal value) {
    }

    /** One line of task progress in a revision, with its place in the report. */
    public record ReportedProgress(UUID revisionId, long line, UUID taskId, String status, String narrative) {
    }

    /** What a revision says in words besides task progress. */
    public record ReportedRemarks(UUID revisionId, String difficulties, String proposals) {
    }
}
