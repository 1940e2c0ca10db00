package vn.ct20.loan.policy;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.security.Roles;
import vn.ct20.platform.security.UnitScope;
import vn.ct20.platform.write.WriteCommand;
import vn.ct20.platform.write.WritePipeline;

@Path("/api/v1/policies")
@Tag(name = "Lending policy", description = "Who may borrow, rates, limits and collateral, as data with validity dates")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PolicyResource {
    @Inject
    WritePipeline pipeline;

    @Inject
    PolicyService service;

    @GET
    @Operation(operationId = "listPolicyVersions", summary = "Every version of the lending policy, oldest first")
    public List<PolicyDtos.PolicyView> versions() {
        return service.versions().stream().map(PolicyDtos.PolicyView::of).toList();
    }

    @GET
    @Path("/current")
    @Operation(operationId = "getCurrentPolicy", summary = "The version in force at a date")
    @APIResponse(responseCode = "200", description = "The policy", content = @Content(schema = @Schema(implementation = PolicyDtos.PolicyView.class)))
    @APIResponse(responseCode = "404", description = "No policy was in force then",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PolicyDtos.PolicyView current(@QueryParam("at") @Parameter(description = "Default today", example = "2026-11-22") LocalDate at) {
        return PolicyDtos.PolicyView.of(service.inForce(at == null ? UnitScope.today() : at));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishPolicy", summary = "Publish a new policy version from a future date (SYSTEM_ADMIN)",
            description = "National data: a system administrator publishes it when the Government changes a rate or limit. "
                    + "Loans approved from validFrom on follow it; earlier ones keep their terms.")
    @APIResponse(responseCode = "201", description = "Published", content = @Content(schema = @Schema(implementation = PolicyDtos.PolicyView.class)))
    @APIResponse(responseCode = "409", description = "A later version is already scheduled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not in the future, a category or product twice, or a product without a limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@Valid @NotNull PolicyDtos.PolicyInput input) {
        PolicyDtos.PolicyView published = pipeline.run(WriteCommand.of("policy.publish", PolicyDtos.PolicyView.class)
                .roles(Roles.SYSTEM_ADMIN)
                .nationWide()
                .target("policy", null, PolicyDtos.PolicyView::id)
                .status(201)
                .handler(() -> PolicyDtos.PolicyView.of(service.publish(input, UnitScope.today())))).result();
        return Response.status(201).entity(published).build();
    }

    @PUT
    @Path("/{id}/categories/{category}/rate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setMissingPolicyRate", summary = "Set a rate the policy version lacks (SYSTEM_ADMIN)",
            description = "For an eligible category the version sets no rate for (its loans are refused until then), with the legal "
                    + "text the rate comes from. Only a missing rate, on a version in force or scheduled: a rate once set changes only "
                    + "through a new version from a future date.")
    @APIResponse(responseCode = "200", description = "The version with the rate", content = @Content(schema = @Schema(implementation = PolicyDtos.PolicyView.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The rate is already set, or the version has ended",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The category is not eligible under the version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PolicyDtos.PolicyView setMissingRate(@PathParam("id") UUID id, @PathParam("category") BorrowerCategory category,
                                                @Valid @NotNull PolicyDtos.RateInput input) {
        return pipeline.run(WriteCommand.of("policy.set-missing-rate", PolicyDtos.PolicyView.class)
                .roles(Roles.SYSTEM_ADMIN)
                .nationWide()
                .target("policy", id, PolicyDtos.PolicyView::id)
                .before(() -> PolicyDtos.PolicyView.of(service.version(id)))
                .handler(() -> PolicyDtos.PolicyView.of(service.setMissingRate(id, category, input, UnitScope.today())))).result();
    }

    @POST
    @Path("/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LOAN_OFFICER, Roles.LOAN_APPROVER, Roles.SYSTEM_ADMIN, Roles.MACHINE_CLIENT, Roles.VIEWER})
    @Operation(operationId = "evaluatePolicy", summary = "Apply the policy in force to a loan request",
            description = "Says whether the request can be approved (and if not, why), the rate, the overdue rate and whether collateral "
                    + "is required. Changes nothing.")
    @APIResponse(responseCode = "200", description = "The evaluation", content = @Content(schema = @Schema(implementation = PolicyEvaluation.class)))
    public PolicyEvaluation evaluate(@Valid @NotNull PolicyDtos.EvaluationInput input) {
        return service.evaluate(input.date() == null ? UnitScope.today() : input.date(), new PolicyEvaluation.Request(input.category(),
                input.product(), input.amount(), input.contractCost(), input.termMonths(), input.contractTermMonths()));
    }
}
