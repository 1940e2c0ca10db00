package vn.ct20.loan.bankreport;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.document.PdfRendering;
import vn.ct20.platform.document.ReportFormat;
import vn.ct20.platform.document.XlsxRendering;
import vn.ct20.platform.web.Codes;

@Path("/api/v1/bank-reports")
@Tag(name = "Bank reports", description = "VBSP's quarterly loan report and yearly report on entrusted local capital: JSON, or the signed document as PDF or XLSX")
@Produces({MediaType.APPLICATION_JSON, PdfRendering.MEDIA_TYPE, XlsxRendering.MEDIA_TYPE})
@Authenticated
public class BankReportResource {

    @Inject
    BankReportService service;

    @Inject
    BankReportDocuments documents;

    @GET
    @Path("/quarterly")
    @Operation(operationId = "getQuarterlyBankReport", summary = "Quarterly loan report of a unit's area (1 January to the end of the quarter)",
            description = "By district for a province, by commune for a district (Circular 01/2020/TT-BLĐTBXH Art. 4). With Accept: application/pdf the report "
                    + "the branch sends to the labour authority (A4, Decree 30/2020 layout, units by name, totals, Nơi nhận, signature block); "
                    + "with Accept: " + XlsxRendering.MEDIA_TYPE + " the same as a workbook.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BankReportDtos.QuarterlyReport.class)),
                    @Content(mediaType = PdfRendering.MEDIA_TYPE), @Content(mediaType = XlsxRendering.MEDIA_TYPE)})
    public Response quarterly(@QueryParam("unit") @NotBlank @Pattern(regexp = Codes.UNIT) @Parameter(example = "12") String unit,
                              @QueryParam("year") @NotNull @Min(2000) @Max(2100) @Parameter(example = "2024") Integer year,
                              @QueryParam("quarter") @NotNull @Min(1) @Max(4) @Parameter(example = "2") Integer quarter,
                              @Context HttpHeaders headers) {
        BankReportDtos.QuarterlyReport report = service.quarterly(unit, year, quarter);
        return ReportFormat.respond(headers, report, () -> documents.quarterly(report));
    }

    @GET
    @Path("/entrusted-capital")
    @Operation(operationId = "getEntrustedCapitalReport", summary = "Yearly report on the management and use of local capital entrusted to VBSP",
            description = "Per entrusted source owned in the unit's area and each allocation of the year. With Accept: application/pdf "
                    + "the report to the People's Committee that entrusted the capital; with Accept: " + XlsxRendering.MEDIA_TYPE + " the same as a workbook.")
    @APIResponse(responseCode = "200", description = "The report", content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BankReportDtos.EntrustedCapitalReport.class)),
                    @Content(mediaType = PdfRendering.MEDIA_TYPE), @Content(mediaType = XlsxRendering.MEDIA_TYPE)})
    public Response entrustedCapital(@QueryParam("unit") @NotBlank @Pattern(regexp = Codes.UNIT) @Parameter(example = "89") String unit,
                                     @QueryParam("year") @NotNull @Min(2000) @Max(2100) @Parameter(example = "2024") Integer year,
                                     @Context HttpHeaders headers) {
        BankReportDtos.EntrustedCapitalReport report = service.entrustedCapital(unit, year);
        return ReportFormat.respond(headers, report, () -> documents.entrustedCapital(report));
    }
}
