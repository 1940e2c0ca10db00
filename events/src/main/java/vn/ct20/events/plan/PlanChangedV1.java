package vn.ct20.events.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code ct20.plan.changed.v1}: a plan was created, changed, issued, amended or closed;
 * carries its full latest state. Key and subject: the plan id.
 *
 * @param parentIds       the plans it implements (empty only for the directive at the root)
 * @param budgetLines     budget by funding source; amount null = named without an amount
 * @param declaredBudgetTotal the total the plan states, in VND, or null
 */
public record PlanChangedV1(
        UUID planId,
        String number,
        String kind,
        String title,
        String issuingUnitCode,
        String areaUnitCode,
        LocalDate issueDate,
        Integer periodFrom,
        Integer periodTo,
        Integer orientationYear,
        String status,
        List<UUID> parentIds,
        Long declaredBudgetTotal,
        List<BudgetLine> budgetLines,
        long version) {

    /** @param fundingSource code from the funding source catalogue, e.g. NATIONAL_EMPLOYMENT_FUND */
    public record BudgetLine(String fundingSource, Long amount, String description) {
    }
}
