package vn.ct20.plan.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.plan.unit.UnitKind;
import vn.ct20.platform.web.Codes;

public final class TaskDtos {

    private TaskDtos() {
    }

    @Schema(name = "TaskInput", description = "A task (lead, coordinators, deadline) or a section grouping tasks.", example = """
            {"number":"III.2","title":"Rà soát, thống kê số người lao động có nhu cầu đi làm việc ở nước ngoài","parentTaskId":null,
             "section":false,"leadUnitCode":"20-SLDTBXH","coLeadUnitCodes":[],"coordinatingUnitCodes":["20-UBND"],
             "deadline":{"kind":"QUARTER","year":2023,"quarter":2},"amendmentReason":null}""")
    public record TaskInput(
            @NotBlank @Pattern(regexp = "[0-9A-Za-z]{1,6}(\\.[0-9A-Za-z]{1,6}){0,4}", message = "must be a plan numbering such as III, 2 or III.2.a")
            String number,
            @NotBlank @Size(max = 2000) String title,
            @Schema(nullable = true) UUID parentTaskId,
            boolean section,
            @Pattern(regexp = Codes.UNIT) @Schema(description = "Lead unit (chủ trì); not for a section. A task with neither leadUnitCode nor "
                    + "leadUnitKind is a measure the plan sets without naming who leads it", nullable = true) String leadUnitCode,
            @Schema(description = "Instead of leadUnitCode: every unit of this kind in the plan's area leads, e.g. COMMUNE for "
                    + "\"UBND các xã, thị trấn\"", nullable = true) UnitKind leadUnitKind,
            @Size(max = 50) @Schema(description = "Bodies that lead the task beside leadUnitCode, when the document names several",
                    nullable = true) List<@NotBlank @Pattern(regexp = Codes.UNIT) String> coLeadUnitCodes,
            @Size(max = 20) @Schema(description = "Every body of these kinds in the plan's area leads beside the lead (\"… và các tổ chức "
                    + "chính trị - xã hội\" = MASS_ORGANISATION)", nullable = true) List<@NotNull UnitKind> coLeadUnitKinds,
            @Size(max = 100) @Schema(nullable = true) List<@NotBlank @Pattern(regexp = Codes.UNIT) String> coordinatingUnitCodes,
            @Size(max = 20) @Schema(description = "Every body of these kinds in the plan's area coordinates (\"phối hợp với các sở, ban, "
                    + "ngành\" = DEPARTMENT)", nullable = true) List<@NotNull UnitKind> coordinatingUnitKinds,
            @Valid @Schema(description = "Not for a section; null when the document states no deadline", nullable = true) Deadline deadline,
            @Size(max = 1000) @Schema(description = "Required when the plan is issued: adding a task is an amendment", nullable = true)
            String amendmentReason) {
    }

    @Schema(name = "TaskProgress", example = """
            {"status":"DONE","progressPercent":100,"asOf":"2023-06-20"}""")
    public record ProgressInput(@NotNull Task.Status status, @NotNull @Min(0) @Max(100) Integer progressPercent,
                                @Schema(description = "The day this progress was reached (default today; not in the future). A task "
                                        + "done on a past day is reported with that day, so it was overdue only until then.", nullable = true)
                                LocalDate asOf) {
    }

    @Schema(name = "TaskProgressEntry", description = "One report of a task's progress, oldest first", example = """
            {"asOf":"2023-08-15","status":"DONE","progressPercent":100,"reportedBy":"reporter@20-SLDTBXH","reportedAt":"2023-08-16T02:15:00Z"}""")
    public record ProgressEntry(LocalDate asOf, Task.Status status, int progressPercent, String reportedBy, java.time.Instant reportedAt) {
    }

    @Schema(name = "Task")
    public record TaskView(UUID id, UUID planId, @Schema(nullable = true) UUID parentTaskId, String number, String title, boolean section,
                           @Schema(nullable = true) String leadUnitCode, @Schema(nullable = true) String leadUnitKind,
                           @Schema(description = "Bodies that lead beside leadUnitCode") Set<String> coLeadUnitCodes,
                           @Schema(description = "Kinds of bodies that lead beside the lead") Set<String> coLeadUnitKinds,
                           Set<String> coordinatingUnitCodes,
                           @Schema(description = "Kinds of bodies that coordinate") Set<String> coordinatingUnitKinds,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Absent when the document states no deadline", nullable = true) Deadline deadline,
                           @Schema(description = "e.g. Q2-2023, RECURRING:YEARLY, ONGOING", nullable = true) String deadlineLabel,
                           @Schema(nullable = true) LocalDate dueDate, Task.Status status, int progressPercent,
                           @Schema(description = "The day it was done or cancelled; null while open", nullable = true) LocalDate closedOn,
                           @Schema(description = "Past its due date on the date asked (default today) and not done or cancelled by then") boolean overdue,
                           long version) {
        /** The task as it stands, judged overdue or not on {@code at} with {@code closedThen} from its history. */
        static TaskView of(Task task, LocalDate at, boolean closedThen) {
            Deadline deadline = task.deadline();
            return new TaskView(task.id, task.planId, task.parentTaskId, task.number, task.title, task.section, task.leadUnitCode,
                    task.leadUnitKind, task.coLeadUnitCodes, task.coLeadUnitKinds, task.coordinatingUnitCodes, task.coordinatingUnitKinds, deadline, deadline == null ? null : deadline.label(),
                    task.dueDate, task.status, task.progressPercent, task.closedOn, task.isOverdueOn(at, closedThen), task.version);
        }

        /** The task as it stands today. */
        static TaskView of(Task task, LocalDate today) {
            return of(task, today, task.status == Task.Status.DONE || task.status == Task.Status.CANCELLED);
        }
    }
}
