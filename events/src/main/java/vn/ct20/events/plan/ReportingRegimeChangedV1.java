package vn.ct20.events.plan;

import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code ct20.plan.reporting-regime-changed.v1}: a reporting regime of a plan was added or
 * removed; carries its full state. Key and subject: the plan id.
 *
 * @param frequency          FIRST_HALF_YEAR, YEARLY, QUARTERLY, AD_HOC or UNSPECIFIED (periodic; the plan does not say how often)
 * @param dueDay             day of the due date in the period's year; null when the plan sets none
 * @param reportingUnitKinds every unit of these kinds under {@code planAreaUnitCode} reports
 * @param cutOffRule         DECREE_09: the data cut-off of Decree 09/2019/NĐ-CP
 * @param reportingTaskLeads every body a task of the plan is assigned to (leads, co-leads, collective lead kinds) reports too
 * @param consolidatingLabourAuthority each reporter reports to the labour authority of its own territory; consolidatingUnitCode is then null
 */
public record ReportingRegimeChangedV1(
        UUID regimeId, UUID planId, String planAreaUnitCode, String frequency, Integer dueDay, Integer dueMonth,
        String consolidatingUnitCode, List<String> reportingUnitCodes, List<String> reportingUnitKinds, String cutOffRule,
        String description, boolean removed, boolean reportingTaskLeads, boolean consolidatingLabourAuthority) {
}
