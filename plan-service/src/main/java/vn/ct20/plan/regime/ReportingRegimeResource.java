package vn.ct20.plan.regime;

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

@Path("/api/v1/plans/{planId}/reporting-regimes")
@Tag(name = "Reporting regimes", description = "Who reports to whom, how often and by when")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReportingRegimeResource {
    @Inject
    ReportingRegimeService service;

    @Inject
    WritePipeline pipeline;

    @Inject
    PlanService plans;

    @GET
    @Operation(operationId = "listReportingRegimes", summary = "The plan's reporting regimes")
    public List<ReportingRegimeDtos.RegimeView> list(@PathParam("planId") UUID planId) {
        return service.list(planId).stream().map(ReportingRegimeDtos.RegimeView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addReportingRegime", summary = "Add a reporting regime", description = "On an issued plan this is an amendment: give amendmentReason.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = ReportingRegimeDtos.RegimeView.class)))
    @APIResponse(responseCode = "409", description = "Closed plan, or issued plan without amendmentReason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No such due date, or units outside the plan's area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("planId") UUID planId, @Valid @NotNull ReportingRegimeDtos.RegimeInput input, UriInfo uri) {
        ReportingRegimeDtos.RegimeView regime = pipeline.run(WriteCommand.of("reporting-regime.add",
                        ReportingRegimeDtos.RegimeView.class)
                .roles(Roles.PLAN_EDITOR, Roles.SYSTEM_ADMIN)
                .target("reporting-regime", null, ReportingRegimeDtos.RegimeView::id)
                .unitOfResult(view -> plans.get(planId).areaUnitCode)
                .status(201)
                .handler(() -> ReportingRegimeDtos.RegimeView.of(service.add(planId, input)))).result();
        return Response.created(uri.getAbsolutePathBuilder().path(regime.id().toString()).build()).entity(regime).build();
    }

    @DELETE
    @Path("/{regimeId}")
    @Operation(operationId = "removeReportingRegime", summary = "Remove a reporting regime", description = "On an issued plan this is an amendment: give amendmentReason.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such regime in this plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@PathParam("planId") UUID planId, @PathParam("regimeId") UUID regimeId,
                           @QueryParam("amendmentReason") @Size(max = 1000) String amendmentReason) {
        pipeline.run(WriteCommand.of("reporting-regime.remove", UUID.class)
                .roles(Roles.PLAN_EDITOR, Roles.SYSTEM_ADMIN)
                .target("reporting-regime", regimeId, null)
                .unitOfResult(removed -> plans.get(planId).areaUnitCode)
                .before(() -> service.list(planId).stream().filter(r -> r.id.equals(regimeId)).map(ReportingRegimeDtos.RegimeView::of)
                        .findFirst().orElse(null))
                .status(204)
                .handler(() -> {
                    service.remove(planId, regimeId, amendmentReason);
                    return regimeId;
                }));
        return Response.noContent().build();
    }
}
