package vn.ct20.report.obligation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelinessReport", description = "Who reported, and when, to one consolidating unit for one period, at a business date.", example = """
        {"consolidatingUnitCode":"20-SLDTBXH","periodId":"2024S1","at":"2024-06-25","expected":18,"submitted":16,"onTime":15,"late":1,
         "overdue":2,"pending":0,"units":[{"unitCode":"180","obligationId":"5a0c2f4e-8b1d-4c3e-9f2a-7d6e5c4b3a21","dueDate":"2024-06-20",
         "reportStatus":"ACCEPTED","firstSubmittedOn":"2024-06-18","timeliness":"ON_TIME"}]}""")
public record TimelinessReport(String consolidatingUnitCode, String periodId, LocalDate at,
                               @Schema(description = "Obligations: reports expected") int expected,
                               @Schema(description = "Submitted by the business date (on time, late, or without a due date)") int submitted,
                               int onTime, int late,
                               @Schema(description = "Not submitted, due date passed") int overdue,
                               @Schema(description = "Not submitted, not yet due (or no due date)") int pending,
                               List<UnitLine> units) {

    @Schema(name = "TimelinessLine")
    public record UnitLine(String unitCode, UUID obligationId, @Schema(nullable = true) LocalDate dueDate,
                           @Schema(description = "Null while no report was started", nullable = true) String reportStatus,
                           @Schema(nullable = true) LocalDate firstSubmittedOn, Timeliness timeliness) {
    }
}
