package vn.ct20.plan.task;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.plan.document.PlanService;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.ETags;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

@Path("/api/v1/plans/{planId}/tasks")
@Tag(name = "Tasks", description = "Tasks and solutions of plans: lead and coordinating units, deadlines, progress")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TaskResource {
    @Inject
    TaskService service;

    @Inject
    WritePipeline pipeline;

    @Inject
    PlanService plans;

    /** Through the write pipeline (role, audit); who leads a task and the plan's area are the service's rules. */
    private Task write(String operation, UUID taskId, String[] roles, java.util.function.Supplier<Task> change) {
        Task[] changed = new Task[1];
        pipeline.run(WriteCommand.of(operation, TaskDtos.TaskView.class)
                .roles(roles)
                .target("task", taskId, TaskDtos.TaskView::id)
                .unitOfResult(view -> plans.get(view.planId()).areaUnitCode)
                .handler(() -> {
                    changed[0] = change.get();
                    return TaskDtos.TaskView.of(changed[0], UnitScope.today());
                }));
        return changed[0];
    }

    @GET
    @Operation(operationId = "listTasks", summary = "The plan's sections and tasks, in numbering order", description = "overdue is judged at ?at= (default today).")
    public List<TaskDtos.TaskView> list(@PathParam("planId") UUID planId,
                                        @QueryParam("at") @Parameter(example = "2023-07-01") LocalDate at) {
        LocalDate date = at == null ? UnitScope.today() : at;
        List<Task> tasks = service.list(planId);
        java.util.Set<UUID> closed = service.closedOn(tasks, date);
        return tasks.stream().map(task -> TaskDtos.TaskView.of(task, date, closed.contains(task.id))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addTask", summary = "Add a task or section", description = "On an issued plan this is an amendment: give amendmentReason.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = TaskDtos.TaskView.class)))
    @APIResponse(responseCode = "409", description = "Number taken, closed plan, or issued plan without amendmentReason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Malformed deadline, or units outside the plan's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("planId") UUID planId, @Valid @NotNull TaskDtos.TaskInput input, UriInfo uri) {
        Task task = write("task.add", null, new String[] {Roles.PLAN_EDITOR, Roles.SYSTEM_ADMIN}, () -> service.add(planId, input));
        return Response.created(uri.getAbsolutePathBuilder().path(task.id.toString()).build())
                .tag(ETags.of(task.version)).entity(TaskDtos.TaskView.of(task, UnitScope.today())).build();
    }

    @PUT
    @Path("/{taskId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateTaskProgress", summary = "Report a task's status and progress", description = "By the lead unit; send the task's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = TaskDtos.TaskView.class)))
    @APIResponse(responseCode = "404", description = "No such task in this plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "DONE below 100 %, or asOf in the future or before the last report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response progress(@PathParam("planId") UUID planId, @PathParam("taskId") UUID taskId,
                             @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(example = "\"0\"") String ifMatch,
                             @Valid @NotNull TaskDtos.ProgressInput input) {
        Task task = write("task.report-progress", taskId, new String[] {Roles.REPORTER, Roles.PLAN_EDITOR, Roles.SYSTEM_ADMIN},
                () -> service.reportProgress(planId, taskId, ifMatch, input));
        return Response.ok(TaskDtos.TaskView.of(task, UnitScope.today())).tag(ETags.of(task.version)).build();
    }

    @GET
    @Path("/{taskId}/progress")
    @Operation(operationId = "listTaskProgress", summary = "The task's progress reports, oldest first",
            description = "What was reported as of which day, by whom: the history \"overdue at a date\" is answered from.")
    @APIResponse(responseCode = "200", description = "The reports",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                    implementation = TaskDtos.ProgressEntry.class)))
    @APIResponse(responseCode = "404", description = "No such task in this plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TaskDtos.ProgressEntry> progressHistory(@PathParam("planId") UUID planId, @PathParam("taskId") UUID taskId) {
        return service.history(planId, taskId);
    }
}
