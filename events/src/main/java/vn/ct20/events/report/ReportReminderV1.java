package vn.ct20.events.report;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code ct20.report.due-soon.v1} and {@code ct20.report.overdue.v1}: a unit has not yet
 * submitted a report that is due within the configured days, or whose due date has passed. Each goes
 * out once per obligation. Key and subject: the obligation id.
 *
 * @param periodId     stable period id; null for an ad-hoc request
 * @param businessDate the date the reminder was judged on
 */
public record ReportReminderV1(
        UUID obligationId,
        String unitCode,
        String consolidatingUnitCode,
        UUID planId,
        String periodId,
        UUID adHocRequestId,
        LocalDate dueDate,
        LocalDate businessDate) {
}
