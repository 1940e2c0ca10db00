package vn.ct20.plan.document;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.web.ETags;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Plans implementing Directive 20-CT/TW, as a DAG rooted at the directive, with their budgets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PlanResource {
    @Inject
    WritePipeline pipeline;

    private static final String IF_MATCH_DOC = "ETag from the last read of the plan";

    @Inject
    PlanService service;

    @GET
    @Operation(operationId = "listPlans", summary = "Plans of the caller's units and of the units above them",
            description = "Filters combine; q matches the number or the title (case-insensitive).")
    @APIResponse(responseCode = "200", description = "One page of plans")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Field to sort by; '-' in front for descending", schema = @Schema(enumeration = {"issueDate", "-issueDate", "number", "-number", "title", "-title", "createdAt", "-createdAt"}))
    public Page<PlanDtos.PlanView> list(
            @QueryParam("area") @Parameter(description = "Only plans covering this unit", example = "20") String area,
            @QueryParam("status") PlanStatus status,
            @QueryParam("kind") PlanKind kind,
            @QueryParam("implements") @Parameter(description = "Only plans implementing this plan") UUID implementsPlan,
            @QueryParam("q") @Size(max = 100) @Parameter(example = "KH-UBND") String q,
            @Valid @BeanParam PageRequest page) {
        return service.search(new PlanRepository.PlanFilter(area, status, kind, implementsPlan, q), page).map(PlanDtos.PlanView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan", summary = "One plan")
    @APIResponse(responseCode = "200", description = "The plan; ETag carries its version",
            content = @Content(schema = @Schema(implementation = PlanDtos.PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Plan plan = service.get(id);
        return Response.ok(PlanDtos.PlanView.of(plan)).tag(ETags.of(plan.version)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPlan", summary = "Create a draft plan", description = "Publishes ct20.plan.changed.v1.")
    @APIResponse(responseCode = "201", description = "Created as DRAFT",
            content = @Content(schema = @Schema(implementation = PlanDtos.PlanView.class)))
    @APIResponse(responseCode = "409", description = "A plan with this number already exists for the issuer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown units or parent plans, or periods that contradict each other",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull PlanDtos.PlanInput input, UriInfo uri) {
        Plan plan = write("plan.create", null, () -> service.create(input));
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id.toString()).build())
                .tag(ETags.of(plan.version)).entity(PlanDtos.PlanView.of(plan)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePlan", summary = "Change a plan", description = "A draft changes freely; an issued plan only by amendment (amendmentReason), "
            + "which keeps the state before it (see /versions).")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = PlanDtos.PlanView.class)))
    @APIResponse(responseCode = "409", description = "Closed, issued without an amendmentReason, or a parent that would make a cycle",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown units or parent plans, or periods that contradict each other",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC, example = "\"0\"") String ifMatch,
                           @Valid @NotNull PlanDtos.PlanInput input) {
        return withETag(write("plan.update", id, () -> service.update(id, ifMatch, input)));
    }

    @POST
    @Path("/{id}/issue")
    @Operation(operationId = "issuePlan", summary = "Issue a draft plan")
    @APIResponse(responseCode = "200", description = "Issued", content = @Content(schema = @Schema(implementation = PlanDtos.PlanView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("id") UUID id,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC, example = "\"0\"") String ifMatch) {
        return withETag(write("plan.issue", id, () -> service.issue(id, ifMatch)));
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closePlan", summary = "Close an issued plan")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = PlanDtos.PlanView.class)))
    @APIResponse(responseCode = "409", description = "Not issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(@PathParam("id") UUID id,
                          @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC, example = "\"1\"") String ifMatch) {
        return withETag(write("plan.close", id, () -> service.close(id, ifMatch)));
    }

    @GET
    @Path("/{id}/versions")
    @Operation(operationId = "listPlanVersions", summary = "The states of a plan before each amendment, oldest first")
    public List<PlanDtos.PlanVersionView> versions(@PathParam("id") UUID id) {
        return service.versions(id);
    }

    @GET
    @Path("/{id}/budget-lines")
    @Operation(operationId = "listBudgetLines", summary = "The plan's budget by funding source")
    @APIResponse(responseCode = "200", description = "Lines, the declared total and their sum",
            content = @Content(schema = @Schema(implementation = PlanDtos.BudgetView.class)))
    public PlanDtos.BudgetView budget(@PathParam("id") UUID id) {
        return PlanDtos.BudgetView.of(service.get(id));
    }

    @PUT
    @Path("/{id}/budget-lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceBudgetLines", summary = "Replace the plan's budget lines", description = "When declaredTotal is set the amounts must add up to it exactly; "
            + "an issued plan needs an amendmentReason.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = PlanDtos.BudgetView.class)))
    @APIResponse(responseCode = "409", description = "Closed, or issued without an amendmentReason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since you read it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The lines do not add up to the declared total",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceBudget(@PathParam("id") UUID id,
                                  @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DOC, example = "\"1\"") String ifMatch,
                                  @Valid @NotNull PlanDtos.BudgetInput input) {
        Plan plan = write("plan.replace-budget", id, () -> service.replaceBudget(id, ifMatch, input));
        return Response.ok(PlanDtos.BudgetView.of(plan)).tag(ETags.of(plan.version)).build();
    }

    /** Through the write pipeline (role, audit); the plan's area rule is the service's. Answers the plan as committed. */
    private Plan write(String operation, UUID id, java.util.function.Supplier<Plan> change) {
        PlanDtos.PlanView changed = pipeline.run(WriteCommand.of(operation, PlanDtos.PlanView.class)
                .roles(PlanTransition.roles())
                .target("plan", id, PlanDtos.PlanView::id)
                .unitOfResult(PlanDtos.PlanView::areaUnitCode)
                .before(() -> id == null ? null : PlanDtos.PlanView.of(service.get(id)))
                .handler(() -> PlanDtos.PlanView.of(change.get()))).result();
        return service.get(changed.id());
    }

    private static Response withETag(Plan plan) {
        return Response.ok(PlanDtos.PlanView.of(plan)).tag(ETags.of(plan.version)).build();
    }
}
