package vn.ct20.report.obligation;

import java.time.LocalDate;

/** Where an obligation stands at a business date. */
public enum Timeliness {
    /** Submitted on or before the due date. */
    ON_TIME,
    /** Submitted after the due date. */
    LATE,
    /** Not submitted, and the due date has passed. */
    OVERDUE,
    /** Not submitted, not yet due. */
    PENDING,
    /** Submitted, and the regime names no due date. */
    SUBMITTED_NO_DUE_DATE,
    /** Not submitted, and the regime names no due date. */
    PENDING_NO_DUE_DATE;

    /** Judged on the first submission: a report returned for correction was still filed when it was. */
    public static Timeliness of(LocalDate dueDate, LocalDate firstSubmittedOn, LocalDate at) {
        boolean submitted = firstSubmittedOn != null && !firstSubmittedOn.isAfter(at);
        if (dueDate == null) {
            return submitted ? SUBMITTED_NO_DUE_DATE : PENDING_NO_DUE_DATE;
        }
        if (submitted) {
            return firstSubmittedOn.isAfter(dueDate) ? LATE : ON_TIME;
        }
        return at.isAfter(dueDate) ? OVERDUE : PENDING;
    }

    /** As Vietnamese reports say it. */
    public String label() {
        return switch (this) {
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Trễ hạn";
            case OVERDUE -> "Quá hạn, chưa nộp";
            case PENDING -> "Chưa đến hạn";
            case SUBMITTED_NO_DUE_DATE -> "Đã nộp";
            case PENDING_NO_DUE_DATE -> "Chưa nộp";
        };
    }

    public boolean isSubmitted() {
        return this == ON_TIME || this == LATE || this == SUBMITTED_NO_DUE_DATE;
    }
}
