package vn.ct20.report.clock;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the clock feature answers and takes, as its OpenAPI document names them. */
public final class BusinessDateDtos {
    private BusinessDateDtos() {
    }

    @Schema(name = "ReportBusinessDate", example = """
            {"businessDate":"2024-06-18","settable":true}""")
    public record ReportBusinessDate(@Schema(description = "Null to follow the calendar (when setting)", nullable = true) LocalDate businessDate,
                                     @Schema(description = "False in production: the date always follows the calendar") boolean settable) {
    }
}
