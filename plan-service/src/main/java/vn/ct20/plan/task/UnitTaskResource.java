package vn.ct20.plan.task;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.web.Codes;

@Path("/api/v1/tasks")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class UnitTaskResource {
    @Inject
    TaskService service;

    @GET
    @Operation(operationId = "listTasksOfUnit", summary = "Tasks of a unit across all plans", description = "As lead (chủ trì), coordinator (phối hợp) or either; "
            + "overdue=true keeps those past their due date at ?at= (default today) and not done.")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Field to sort by; '-' in front for descending",
            schema = @Schema(enumeration = {"dueDate", "-dueDate", "number", "-number", "status", "-status"}))
    public Page<TaskDtos.TaskView> ofUnit(
            @QueryParam("unit") @NotBlank @Pattern(regexp = Codes.UNIT) @Parameter(example = "20-SLDTBXH") String unit,
            // Written out: an enum parameter with a default would come out as allOf [$ref, {default}], which clients read as an object.
            @QueryParam("role") @DefaultValue("ANY") @Parameter(schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"LEAD", "COORDINATOR", "ANY"}, defaultValue = "ANY")) TaskService.Role role,
            @QueryParam("at") @Parameter(example = "2023-07-01") LocalDate at,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @Valid @BeanParam PageRequest page) {
        LocalDate date = at == null ? UnitScope.today() : at;
        var tasks = service.ofUnit(unit, role, date, overdue, page);
        java.util.Set<java.util.UUID> closed = service.closedOn(tasks.items(), date);
        return tasks.map(task -> TaskDtos.TaskView.of(task, date, closed.contains(task.id)));
    }
}
