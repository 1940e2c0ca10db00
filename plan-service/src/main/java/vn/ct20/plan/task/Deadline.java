package vn.ct20.plan.task;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.platform.problem.Problem;

/**
 * A task's deadline as plans state it: a date, a quarter ("hoàn thành trong quý II-2023"), a year,
 * a recurring cycle, or ongoing ("thường xuyên": never done, reported on every period).
 */
@Schema(name = "Deadline", example = """
        {"kind":"QUARTER","date":null,"year":2023,"quarter":2,"recurrence":null}""")
public record Deadline(
        @NotNull Kind kind,
        @Schema(description = "With DATE", nullable = true) LocalDate date,
        @Min(1945) @Max(2100) @Schema(description = "With QUARTER and YEAR", nullable = true) Integer year,
        @Min(1) @Max(4) @Schema(description = "With QUARTER", nullable = true) Integer quarter,
        @Schema(description = "With RECURRING", nullable = true) Recurrence recurrence) {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DeadlineKind")
    public enum Kind { DATE, QUARTER, YEAR, RECURRING, ONGOING }

    public enum Recurrence { YEARLY, HALF_YEARLY }

    /** Each kind takes exactly its own fields. */
    public List<Problem.FieldError> errors() {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean wantsDate = kind == Kind.DATE;
        boolean wantsYear = kind == Kind.QUARTER || kind == Kind.YEAR;
        boolean wantsQuarter = kind == Kind.QUARTER;
        boolean wantsRecurrence = kind == Kind.RECURRING;
        if (wantsDate != (date != null)) {
            errors.add(new Problem.FieldError("deadline.date", wantsDate ? "required with DATE" : "only with DATE"));
        }
        if (wantsYear != (year != null)) {
            errors.add(new Problem.FieldError("deadline.year", wantsYear ? "required with " + kind : "only with QUARTER or YEAR"));
        }
        if (wantsQuarter != (quarter != null)) {
            errors.add(new Problem.FieldError("deadline.quarter", wantsQuarter ? "required with QUARTER" : "only with QUARTER"));
        }
        if (wantsRecurrence != (recurrence != null)) {
            errors.add(new Problem.FieldError("deadline.recurrence", wantsRecurrence ? "required with RECURRING" : "only with RECURRING"));
        }
        return errors;
    }

    /** The last day the deadline allows; null when it has none (RECURRING, ONGOING). */
    public LocalDate dueDate() {
        return switch (kind) {
            case DATE -> date;
            case QUARTER -> YearMonth.of(year, quarter * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
            case RECURRING, ONGOING -> null;
        };
    }

    /** As people write it: 2023-09-30, Q2-2023, 2025, RECURRING:YEARLY, ONGOING. */
    public String label() {
        return switch (kind) {
            case DATE -> date.toString();
            case QUARTER -> "Q" + quarter + "-" + year;
            case YEAR -> year.toString();
            case RECURRING -> "RECURRING:" + recurrence;
            case ONGOING -> "ONGOING";
        };
    }
}
