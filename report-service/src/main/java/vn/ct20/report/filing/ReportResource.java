package vn.ct20.report.filing;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import vn.ct20.report.period.Period;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "A unit's report for an obligation: draft, submission, review (accept, return, reopen), revisions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReportResource {
    @Inject
    ReportService service;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReport", summary = "Start the report of an obligation (a draft)", description = "REPORTER of the unit that owes it. "
            + "Warnings flag totals far outside the unit's earlier periods; they do not refuse the report.")
    @APIResponse(responseCode = "201", description = "Draft created",
            content = @Content(schema = @Schema(implementation = ReportDtos.ReportView.class)))
    @APIResponse(responseCode = "422", description = "Breakdowns that do not add up, unknown indicators or tasks, fractions of persons",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull ReportDtos.CreateReport command, UriInfo uri) {
        ReportDtos.ReportView view = service.create(command);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view)
                .tag(ETags.of(service.version(view.id()))).build();
    }

    @POST
    @Path("/from-loan-figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createReportFromLoanFigures", summary = "Start a bank body's report from the loan figures (a draft)",
            description = "REPORTER of the VBSP office, branch or head office that owes it (Circular 01/2020): the report is filled with the "
                    + "loan figures report-service holds from loan-service for the territory the body serves, over the obligation's data "
                    + "dates (loans and money disbursed, principal repaid, outstanding and overdue at the end, per market). Review, then submit.")
    @APIResponse(responseCode = "201", description = "Draft created",
            headers = @Header(name = "ETag", description = "The report's version, for the If-Match of a change or the submission",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReportDtos.ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such obligation in your scope",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The obligation already has a report",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The obligation is not a bank body's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createFromLoanFigures(@Valid @NotNull ReportDtos.FromLoanFigures command, UriInfo uri) {
        ReportDtos.ReportView view = service.createFromLoanFigures(command.obligationId());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/reports").path(view.id().toString()).build()).entity(view)
                .tag(ETags.of(service.version(view.id()))).build();
    }

    @GET
    @Operation(operationId = "listReports", summary = "Reports from units in the caller's scope, or sent to a consolidating unit in it")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Field to sort by; '-' in front for descending",
            schema = @Schema(enumeration = {"cutOffFrom", "-cutOffFrom", "dueDate", "-dueDate", "unitCode", "-unitCode", "periodId", "-periodId", "status", "-status", "firstSubmittedOn", "-firstSubmittedOn", "updatedAt", "-updatedAt"}))
    public Page<ReportDtos.ReportView> list(
            @QueryParam("unit") @Pattern(regexp = Codes.UNIT) @Parameter(example = "180") String unit,
            @QueryParam("period") @Pattern(regexp = Period.ID_PATTERN) @Parameter(example = "2024S1") String period,
            @QueryParam("status") Report.Status status,
            @Valid @BeanParam PageRequest page) {
        return service.list(unit, period, status, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReport", summary = "A report with its current revision")
    @APIResponse(responseCode = "200", description = "The report, its ETag in the header", content = @Content(schema = @Schema(implementation = ReportDtos.ReportView.class)))
    public Response get(@PathParam("id") UUID id) {
        ReportDtos.ReportView view = service.get(id);
        return Response.ok(view).tag(ETags.of(service.version(id))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReport", summary = "Change the content of a draft, or revise a returned or reopened report (a new revision)",
            description = "Needs If-Match with the report's ETag.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ReportDtos.ReportView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReportDtos.UpdateReport body) {
        return withETag(service.update(id, ifMatch, body.content()));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitReport", summary = "Submit the draft", description = "Needs an Idempotency-Key: a retry returns the first result and submits once. "
            + "The submission is dated with the business date; publishes ct20.report.submitted.v1.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = ReportDtos.ReportView.class)),
            headers = @Header(name = "ETag", description = "The report's version after the submission, for the next If-Match",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response submit(@PathParam("id") UUID id,
                           @HeaderParam(IdempotentRequests.HEADER) @Parameter(required = true, example = "8d2f6a1c-3b4e-4f5a-9c8d-7e6f5a4b3c2d")
                           String key) {
        if (key == null) {
            throw ProblemException.badRequest(IdempotentRequests.HEADER, "a submission needs an Idempotency-Key (a UUID is a good key)");
        }
        WritePipeline.Outcome<ReportDtos.ReportView> outcome = service.submit(id, key);
        Response.ResponseBuilder response = Response.ok(outcome.result()).tag(ETags.of(service.version(id)));
        return (outcome.replayed() ? response.header(IdempotentRequests.REPLAYED_HEADER, "true") : response).build();
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptReport", summary = "Accept a submitted report (consolidating unit)", description = "Locks it; publishes ct20.report.accepted.v1. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = ReportDtos.ReportView.class)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withETag(service.accept(id, ifMatch));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnReport", summary = "Return a submitted report with a reason (consolidating unit)",
            description = "The unit revises it as a new revision; publishes ct20.report.returned.v1. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Returned for revision", content = @Content(schema = @Schema(implementation = ReportDtos.ReportView.class)))
    public Response returnForRevision(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                      @Valid @NotNull ReportDtos.Review review) {
        return withETag(service.returnForRevision(id, ifMatch, review.reason()));
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenReport", summary = "Reopen an accepted report with a reason (consolidating unit)", description = "Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Reopened", content = @Content(schema = @Schema(implementation = ReportDtos.ReportView.class)))
    public Response reopen(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReportDtos.Review review) {
        return withETag(service.reopen(id, ifMatch, review.reason()));
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listReportRevisions", summary = "Every revision of a report, oldest first")
    public List<ReportDtos.RevisionView> revisions(@PathParam("id") UUID id) {
        return service.revisions(id);
    }

    private Response withETag(ReportDtos.ReportView view) {
        return Response.ok(view).tag(ETags.of(service.version(view.id()))).build();
    }
}
