package vn.ct20.plan.target;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.plan.document.PlanService;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

@Path("/api/v1/plans/{planId}/targets")
@Tag(name = "Targets", description = "Measurable targets of plans")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TargetResource {
    @Inject
    TargetService service;

    @Inject
    WritePipeline pipeline;

    @Inject
    PlanService plans;

    @GET
    @Operation(operationId = "listTargets", summary = "The plan's targets")
    public List<TargetDtos.TargetView> list(@PathParam("planId") UUID planId) {
        return service.list(planId).stream().map(TargetDtos.TargetView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addTarget", summary = "Add a target", description = "On an issued plan this is an amendment: give amendmentReason.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = TargetDtos.TargetView.class)))
    @APIResponse(responseCode = "409", description = "Closed plan, or issued plan without amendmentReason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not measurable as given (unknown indicator or market, bad range …)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("planId") UUID planId, @Valid @NotNull TargetDtos.TargetInput input, UriInfo uri) {
        TargetDtos.TargetView target = pipeline.run(WriteCommand.of("target.add", TargetDtos.TargetView.class)
                .roles(Roles.PLAN_EDITOR, Roles.SYSTEM_ADMIN)
                .target("target", null, TargetDtos.TargetView::id)
                .unitOfResult(view -> plans.get(planId).areaUnitCode)
                .status(201)
                .handler(() -> TargetDtos.TargetView.of(service.add(planId, input)))).result();
        return Response.created(uri.getAbsolutePathBuilder().path(target.id().toString()).build()).entity(target).build();
    }

    @DELETE
    @Path("/{targetId}")
    @Operation(operationId = "removeTarget", summary = "Remove a target", description = "On an issued plan this is an amendment: give amendmentReason.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such target in this plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("planId") UUID planId, @PathParam("targetId") UUID targetId,
                           @QueryParam("amendmentReason") @Size(max = 1000) String amendmentReason) {
        pipeline.run(WriteCommand.of("target.remove", UUID.class)
                .roles(Roles.PLAN_EDITOR, Roles.SYSTEM_ADMIN)
                .target("target", targetId, null)
                .unitOfResult(removed -> plans.get(planId).areaUnitCode)
                .before(() -> service.list(planId).stream().filter(t -> t.id.equals(targetId)).map(TargetDtos.TargetView::of).findFirst()
                        .orElse(null))
                .status(204)
                .handler(() -> {
                    service.remove(planId, targetId, amendmentReason);
                    return targetId;
                }));
        return Response.noContent().build();
    }
}
