package vn.ct20.loan.lending;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.idempotency.IdempotentRequests;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.web.Codes;
import vn.ct20.platform.web.ETags;
import vn.ct20.platform.write.WritePipeline;

@Path("/api/v1/loans")
@Tag(name = "Loans", description = "VBSP loans to workers going abroad: application, maker-checker approval, disbursement, repayment")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class LoanResource {
    @Inject
    LoanService service;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitLoan", summary = "Submit a loan application (LOAN_OFFICER)", description = "Checked against the lending policy in force on the "
            + "business date: eligible category, at most 100 % of the contract costs, collateral from 100,000,000 VND, term within the "
            + "contract; EPS deposit loans at most 100,000,000 VND and 64 months.")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(schema = @Schema(implementation = LoanDtos.LoanView.class)))
    @APIResponse(responseCode = "422", description = "The policy refuses it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response submit(@Valid @NotNull LoanDtos.Application application, UriInfo uri) {
        LoanDtos.LoanView loan = service.submit(application).result();
        return Response.created(uri.getAbsolutePathBuilder().path(loan.id().toString()).build()).entity(loan).tag(ETags.of(0)).build();
    }

    @GET
    @Operation(operationId = "listLoans", summary = "Loans of borrowers in the caller's area")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Field to sort by; '-' in front for descending",
            schema = @Schema(enumeration = {"submittedOn", "-submittedOn", "contractNumber", "-contractNumber", "amountRequested", "-amountRequested", "status", "-status", "communeCode", "-communeCode"}))
    public Page<LoanDtos.LoanView> list(@QueryParam("status") Loan.Status status,
                                        @QueryParam("unit") @Pattern(regexp = Codes.UNIT) @Parameter(example = "109") String unit,
                                        @Valid @BeanParam PageRequest page) {
        return service.list(status, unit, page).map(service::view);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLoan", summary = "A loan with what it owes on the business date")
    @APIResponse(responseCode = "200", description = "The loan, its ETag in the header", content = @Content(schema = @Schema(implementation = LoanDtos.LoanView.class)))
    public Response get(@PathParam("id") UUID id) {
        Loan loan = service.get(id);
        return Response.ok(service.view(loan)).tag(ETags.of(loan.version)).build();
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveLoan", summary = "Approve (LOAN_APPROVER, not the user who entered it)", description = "Under the policy in force on the business "
            + "date, whose rate then binds the loan. Flags an approval later than 10 working days. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = LoanDtos.LoanView.class)))
    public Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @QueryParam("approvedAmount") @Min(1) @Parameter(description = "VND, to approve less than requested; "
                                    + "default: the amount requested", example = "80000000") Long approvedAmount) {
        return withETag(id, service.approve(id, ifMatch, approvedAmount));
    }

    @POST
    @Path("/{id}/undo-approval")
    @Operation(operationId = "undoLoanApproval", summary = "Undo an approval before any disbursement (LOAN_APPROVER)", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Back to submitted", content = @Content(schema = @Schema(implementation = LoanDtos.LoanView.class)))
    public Response undoApproval(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withETag(id, service.undoApproval(id, ifMatch));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectLoan", summary = "Reject with a reason (LOAN_APPROVER)", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = LoanDtos.LoanView.class)))
    public Response reject(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull LoanDtos.Decision decision) {
        return withETag(id, service.reject(id, ifMatch, decision.reason()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawLoan", summary = "Withdraw an application not yet disbursed (LOAN_OFFICER)", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = LoanDtos.LoanView.class)))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull LoanDtos.Decision decision) {
        return withETag(id, service.withdraw(id, ifMatch, decision.reason()));
    }

    @POST
    @Path("/{id}/write-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeOffLoan", summary = "Write off the remaining debt of an active loan (LOAN_APPROVER)", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Written off", content = @Content(schema = @Schema(implementation = LoanDtos.LoanView.class)))
    public Response writeOff(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull LoanDtos.Decision decision) {
        return withETag(id, service.writeOff(id, ifMatch, decision.reason()));
    }

    @POST
    @Path("/{id}/disbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "disburseLoan", summary = "Disburse a tranche (LOAN_OFFICER)", description = "Needs an Idempotency-Key: a retry returns the first result and "
            + "moves no money twice. Refused (409) when the capital source's allocation has not that much left.")
    @APIResponse(responseCode = "201", description = "Disbursed", content = @Content(schema = @Schema(implementation = LoanDtos.TransactionView.class)))
    public Response disburse(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER)
                             @Parameter(required = true, example = "5b8f3c2a-1d4e-4a6b-9c7d-2e3f4a5b6c7d") String key,
                             @Valid @NotNull LoanDtos.Money money) {
        requireKey(key);
        return created(service.disburse(id, key, money.amount()));
    }

    @POST
    @Path("/{id}/repayments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "repayLoan", summary = "Record a repayment (LOAN_OFFICER)", description = "Allocated to overdue interest, then interest, then principal. "
            + "Needs an Idempotency-Key. More than the loan owes is refused.")
    @APIResponse(responseCode = "201", description = "Repaid", content = @Content(schema = @Schema(implementation = LoanDtos.TransactionView.class)))
    public Response repay(@PathParam("id") UUID id, @HeaderParam(IdempotentRequests.HEADER)
                          @Parameter(required = true, example = "7c9d4e3b-2f5a-4b7c-8d9e-3f4a5b6c7d8e") String key,
                          @Valid @NotNull LoanDtos.Money money) {
        requireKey(key);
        return created(service.repay(id, key, money.amount()));
    }

    @GET
    @Path("/{id}/transactions")
    @Operation(operationId = "listLoanTransactions", summary = "Disbursements and repayments, with the balance after each")
    public List<LoanDtos.TransactionView> transactions(@PathParam("id") UUID id) {
        return service.transactions(id);
    }

    @GET
    @Path("/{id}/schedule")
    @Operation(operationId = "getLoanSchedule", summary = "The repayment schedule", description = "Of the disbursed principal; before disbursement, a preview as if the "
            + "approved (or requested) amount were disbursed on the business date at the policy's rate.")
    public LoanDtos.ScheduleView schedule(@PathParam("id") UUID id) {
        return service.schedule(id);
    }

    private static void requireKey(String key) {
        if (key == null) {
            throw ProblemException.badRequest(IdempotentRequests.HEADER, "moving money needs an Idempotency-Key (a UUID is a good key)");
        }
    }

    private Response withETag(UUID id, WritePipeline.Outcome<LoanDtos.LoanView> outcome) {
        return Response.ok(outcome.result()).tag(ETags.of(service.version(id))).build();
    }

    private static Response created(WritePipeline.Outcome<LoanDtos.TransactionView> outcome) {
        Response.ResponseBuilder response = Response.status(outcome.status()).entity(outcome.result());
        return (outcome.replayed() ? response.header(IdempotentRequests.REPLAYED_HEADER, "true") : response).build();
    }
}
