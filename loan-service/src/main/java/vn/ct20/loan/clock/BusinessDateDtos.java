package vn.ct20.loan.clock;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the clock feature answers and takes, as its OpenAPI document names them. */
public final class BusinessDateDtos {
    private BusinessDateDtos() {
    }

    @Schema(name = "LoanBusinessDate", example = """
            {"businessDate":"2026-11-22","settable":false}""")
    public record LoanBusinessDate(LocalDate businessDate, boolean settable) {
    }

    @Schema(name = "CloseOfBusinessResult", example = """
            {"closed":"2025-01-10","businessDate":"2025-01-11","loansChecked":1520,"fellOverdue":3,"bucketChanges":7}""")
    public record CloseOfBusinessResult(LocalDate closed, LocalDate businessDate, int loansChecked, int fellOverdue, int bucketChanges) {
    }
}
