package vn.ct20.loan.borrower;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.web.Codes;

@Path("/api/v1/borrowers")
@Tag(name = "Borrowers", description = "Workers going abroad who borrow from VBSP; the citizen ID is personal data")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BorrowerResource {
    @Inject
    BorrowerService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerBorrower", summary = "Register a borrower (LOAN_OFFICER of the commune's area)",
            description = "The citizen ID must agree with the sex and year of birth; one borrower per citizen ID (409).")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = BorrowerDtos.BorrowerView.class)))
    public Response register(@Valid @NotNull BorrowerDtos.CreateBorrower command, UriInfo uri) {
        BorrowerDtos.BorrowerView borrower = service.register(command);
        return Response.created(uri.getAbsolutePathBuilder().path(borrower.id().toString()).build()).entity(borrower).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBorrower", summary = "One borrower")
    public BorrowerDtos.BorrowerView get(@PathParam("id") UUID id) {
        Borrower borrower = service.get(id);
        return BorrowerDtos.BorrowerView.of(borrower, service.mayReveal(borrower));
    }

    @GET
    @Operation(operationId = "listBorrowers", summary = "Borrowers living in the caller's area")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Field to sort by; '-' in front for descending",
            schema = @Schema(enumeration = {"createdAt", "-createdAt", "fullName", "-fullName", "dateOfBirth", "-dateOfBirth", "communeCode", "-communeCode"}))
    public Page<BorrowerDtos.BorrowerView> list(
            @QueryParam("commune") @Pattern(regexp = Codes.UNIT) @Parameter(example = "03549") String commune,
            @Valid @BeanParam PageRequest page) {
        return service.list(commune, page).map(b -> BorrowerDtos.BorrowerView.of(b, service.mayReveal(b)));
    }

    @POST
    @Path("/{id}/eligibility-confirmation")
    @Operation(operationId = "confirmBorrowerEligibility", summary = "The commune confirms the borrower's eligibility", description = "By a user acting for the borrower's commune; "
            + "records who and when. Once.")
    public BorrowerDtos.BorrowerView confirm(@PathParam("id") UUID id) {
        return service.confirm(id);
    }
}
