package vn.ct20.events.report;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code ct20.report.submitted.v1}, {@code ct20.report.accepted.v1} and
 * {@code ct20.report.returned.v1}: a unit's report changed status. Key and subject: the report id.
 *
 * @param periodId          stable period id (2024S1, 2024 …); null for an ad-hoc request
 * @param regimeId          the reporting regime the report answers; null for an ad-hoc request
 * @param adHocRequestId    the ad-hoc request the report answers; null for a regime
 * @param status            SUBMITTED, ACCEPTED or RETURNED
 * @param revision          the revision concerned (1, 2 … after each return or reopening)
 * @param dueDate           null when the regime names none
 * @param firstSubmittedOn  business date of the first submission; timeliness is judged on it
 * @param onTime            firstSubmittedOn on or before dueDate; null while not submitted or without a due date
 * @param reason            why a report was returned; null otherwise
 */
public record ReportStatusChangedV1(
        UUID reportId,
        UUID obligationId,
        String unitCode,
        String consolidatingUnitCode,
        UUID planId,
        String periodId,
        UUID regimeId,
        UUID adHocRequestId,
        String status,
        int revision,
        LocalDate dueDate,
        LocalDate firstSubmittedOn,
        Boolean onTime,
        String reason) {
}
