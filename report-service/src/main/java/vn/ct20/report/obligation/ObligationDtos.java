package vn.ct20.report.obligation;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ObligationDtos {
    private ObligationDtos() {
    }

    @Schema(name = "Obligation", description = "A report a unit owes, with its report's state at the business date.", example = """
            {"id":"5a0c2f4e-8b1d-4c3e-9f2a-7d6e5c4b3a21","regimeId":"1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","adHocRequestId":null,
             "planId":"c02f2f28-04cd-3511-8b9b-03a5f71cf0d0","unitCode":"180","inheritedFromUnitCode":null,"periodId":"2024S1",
             "cutOffFrom":"2023-12-15","cutOffTo":"2024-06-14","dueDate":"2024-06-20","consolidatingUnitCode":"20-SLDTBXH",
             "reportId":null,"reportStatus":null,"firstSubmittedOn":null,"timeliness":"OVERDUE"}""")
    public record ObligationView(UUID id, @Schema(nullable = true) UUID regimeId, @Schema(nullable = true) UUID adHocRequestId,
                                 @Schema(nullable = true) UUID planId, String unitCode,
                                 @Schema(description = "The ceased unit this one reports for as its successor", nullable = true)
                                 String inheritedFromUnitCode,
                                 @Schema(description = "Null for an ad-hoc request", nullable = true) String periodId,
                                 LocalDate cutOffFrom, LocalDate cutOffTo,
                                 @Schema(description = "Null when the regime names none; may fall before cutOffTo, as the plans set it",
                                         nullable = true) LocalDate dueDate,
                                 String consolidatingUnitCode, @Schema(nullable = true) UUID reportId,
                                 @Schema(nullable = true) String reportStatus, @Schema(nullable = true) LocalDate firstSubmittedOn,
                                 Timeliness timeliness) {
        static ObligationView of(ObligationService.Row row) {
            Obligation o = row.obligation();
            return new ObligationView(o.id, o.regimeId, o.adHocRequestId, o.planId, o.unitCode, o.inheritedFromUnitCode, o.periodId,
                    o.cutOffFrom, o.cutOffTo, o.dueDate, o.consolidatingUnitCode, row.reportId(), row.reportStatus(), row.firstSubmittedOn(),
                    row.timeliness());
        }
    }
}
