package vn.ct20.loan.importing;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/loan-imports")
@Tag(name = "Loan imports", description = "Bulk import of existing loan records (CSV), with dry run, summary and progress")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class LoanImportResource {
    @Inject
    LoanImportService service;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "startLoanImport", summary = "Import existing loans from a CSV file (LOAN_OFFICER)", description = "Header row with the columns "
            + "citizenId, fullName, dateOfBirth, sex, ethnicity, category, communeCode, product, marketCode, enterpriseName, contractNumber, "
            + "contractTermMonths, contractCost, amount, termMonths, annualRatePercent, capitalSourceCode, disbursedOn, principalRepaid. "
            + "Runs in the background: follow it at the Location. ?dryRun=true checks every row and writes nothing. A row matching a loan "
            + "already recorded (same borrower and contract number) updates its market and enterprise; one that differs in money is rejected.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Two loans", value = """
            citizenId,fullName,dateOfBirth,sex,ethnicity,category,communeCode,product,marketCode,enterpriseName,contractNumber,contractTermMonths,contractCost,amount,termMonths,annualRatePercent,capitalSourceCode,disbursedOn,principalRepaid
            012098000123,Lò Văn Minh,1998-03-14,MALE,Dao,POOR,03549,OVERSEAS_WORK,JP,Công ty Sona,HĐ-2023/101,36,120000000,90000000,36,6.6,UT-12-2023,2023-09-01,15000000
            012196000456,Lò Thị Dung,1996-11-30,FEMALE,Thái,NEAR_POOR,03549,EPS_DEPOSIT,KR,Trung tâm Lao động ngoài nước,EPS-2024/77,,,100000000,64,7.92,UT-12-2023,2024-02-15,0""")))
    @APIResponse(responseCode = "202", description = "Started", content = @Content(schema = @Schema(implementation = LoanImportDtos.ImportView.class)))
    public Response start(byte[] csv,
                          @QueryParam("dryRun") @DefaultValue("false")
                          @jakarta.validation.constraints.Pattern(regexp = "true|false", message = "must be true or false")
                          @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "true: check every row, write nothing",
                                  schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN,
                                          defaultValue = "false")) String dryRun,
                          UriInfo uri) {
        // Read from the query itself: an empty "?dryRun=" (which the parameter would read as its default) or a repeated one is
        // refused, never taken as a real import.
        java.util.List<String> given = uri.getQueryParameters().get("dryRun");
        if (given != null && (given.size() != 1 || !given.get(0).matches("true|false"))) {
            throw vn.ct20.platform.problem.ProblemException.badRequest("dryRun", "must be true or false, given once");
        }
        UUID id = service.start(csv, Boolean.parseBoolean(dryRun));
        return Response.accepted(service.get(id)).location(uri.getAbsolutePathBuilder().path(id.toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLoanImport", summary = "An import's progress and summary (imported, updated, rejected with line, field and reason)")
    public LoanImportDtos.ImportView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
