package vn.ct20.report.consolidation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import vn.ct20.report.period.Period;

@Path("/api/v1/consolidations")
@Tag(name = "Consolidation", description = "Reports consolidated up the hierarchy, with targets against actuals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ConsolidationResource {
    @Inject
    ConsolidationService service;

    @Inject
    ConsolidationDocument document;

    @GET
    @Path("/{unitCode}/{periodId}")
    @Produces({MediaType.APPLICATION_JSON, PdfRendering.MEDIA_TYPE, XlsxRendering.MEDIA_TYPE})
    @Operation(operationId = "getConsolidation", summary = "The consolidated report of a unit for a period",
            description = "From the accepted reports of the unit and every unit below it (any depth): values summed with their breakdowns, "
                    + "each unit's totals and task progress, and every target of the plans in force for the unit against the actual. "
                    + "Each-year targets are judged on a yearly period; averages and 'by year' targets in their last year. "
                    + "With Accept: application/pdf, the report to sign and file (Decree 30/2020 layout, A4: the consolidating body, "
                    + "BÁO CÁO, the period in words, Biểu số 01–05 with unit, indicator and market names, difficulties and proposals, "
                    + "Nơi nhận, signature block); with Accept: " + XlsxRendering.MEDIA_TYPE + ", the same as a workbook (a cover sheet, "
                    + "then one sheet per Biểu, figures as numbers).")
    @APIResponse(responseCode = "200", description = "The consolidated report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsolidatedReport.class)),
                    @Content(mediaType = PdfRendering.MEDIA_TYPE), @Content(mediaType = XlsxRendering.MEDIA_TYPE)})
    public Response consolidate(
            @PathParam("unitCode") @Pattern(regexp = Codes.UNIT) @Parameter(example = "20") String unitCode,
            @PathParam("periodId") @Pattern(regexp = Period.ID_PATTERN) @Parameter(example = "2024") String periodId,
            @Context HttpHeaders headers) {
        ConsolidatedReport report = service.consolidate(unitCode, periodId);
        return ReportFormat.respond(headers, report, () -> document.of(report));
    }
}
