package vn.ct20.events.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code ct20.plan.task-changed.v1}: a task (or section) of a plan was added, or its
 * progress changed; carries its full state. Key and subject: the plan id.
 *
 * @param leadUnitKind every unit of this kind in the plan's area leads the task (instead of leadUnitCode)
 * @param deadlineKind DATE, QUARTER, YEAR, RECURRING or ONGOING; null for a section
 * @param dueDate      the date the deadline stands for (end of the quarter or year); null for RECURRING and ONGOING
 * @param status       NOT_STARTED, IN_PROGRESS, DONE or CANCELLED
 * @param coLeadUnitCodes bodies that lead the task beside leadUnitCode
 * @param closedOn     the day the task was done or cancelled; null while open
 * @param coLeadUnitKinds every body of these kinds in the plan's area leads beside the lead
 * @param coordinatingUnitKinds every body of these kinds in the plan's area coordinates
 */
public record TaskChangedV1(
        UUID taskId, UUID planId, UUID parentTaskId, String number, String title, boolean section, String leadUnitCode,
        String leadUnitKind, List<String> coordinatingUnitCodes, String deadlineKind, String deadlineLabel, LocalDate dueDate, String recurrence,
        String status, int progressPercent, List<String> coLeadUnitCodes, LocalDate closedOn, List<String> coLeadUnitKinds,
        List<String> coordinatingUnitKinds) {
}
