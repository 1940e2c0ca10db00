package vn.ct20.report.obligation;

import vn.ct20.platform.clock.BusinessDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.document.PdfRendering;
import vn.ct20.platform.document.ReportFormat;
import vn.ct20.platform.document.XlsxRendering;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.web.Codes;
import vn.ct20.report.period.Period;

@Path("/api/v1")
@Tag(name = "Obligations", description = "The reports units owe, per regime and period or per ad-hoc request, and their timeliness")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ObligationResource {

    @Inject
    ObligationService service;

    @Inject
    BusinessDate businessDate;

    @Inject
    TimelinessDocument document;

    @GET
    @Path("/obligations")
    @Operation(operationId = "listObligations", summary = "Obligations owed by or to units in the caller's scope",
            description = "Filter by owing unit, consolidating unit, period, plan or ad-hoc request; timeliness is judged at ?at= "
                    + "(default: the business date).")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Field to sort by; '-' in front for descending",
            schema = @Schema(enumeration = {"cutOffFrom", "-cutOffFrom", "dueDate", "-dueDate", "unitCode", "-unitCode", "periodId", "-periodId"}))
    public Page<ObligationDtos.ObligationView> list(
            @QueryParam("unit") @Pattern(regexp = Codes.UNIT) @Parameter(example = "180") String unit,
            @QueryParam("consolidatingUnit") @Pattern(regexp = Codes.UNIT) @Parameter(example = "20-SLDTBXH") String consolidatingUnit,
            @QueryParam("period") @Pattern(regexp = Period.ID_PATTERN) @Parameter(example = "2024S1") String period,
            @QueryParam("planId") UUID planId,
            @QueryParam("adHocRequestId") UUID adHocRequestId,
            @QueryParam("at") @Parameter(example = "2024-06-25") LocalDate at,
            @Valid @BeanParam PageRequest page) {
        LocalDate date = at == null ? businessDate.today() : at;
        return service.list(new ObligationService.Filter(unit, consolidatingUnit, period, planId, adHocRequestId), date, page)
                .map(ObligationDtos.ObligationView::of);
    }

    @GET
    @Path("/obligations/{id}")
    @Operation(operationId = "getObligation", summary = "One obligation")
    public ObligationDtos.ObligationView get(@PathParam("id") UUID id, @QueryParam("at") LocalDate at) {
        return ObligationDtos.ObligationView.of(service.get(id, at == null ? businessDate.today() : at));
    }

    @GET
    @Path("/timeliness")
    @Operation(operationId = "getTimeliness", summary = "Timeliness and completeness of one consolidating unit's reports for a period",
            description = "Expected, submitted, on time, late, overdue and pending at ?at= (default: the business date), and per unit.")
    public TimelinessReport timeliness(
            @QueryParam("consolidatingUnit") @NotBlank @Pattern(regexp = Codes.UNIT) @Parameter(example = "20-SLDTBXH") String consolidatingUnit,
            @QueryParam("period") @NotBlank @Pattern(regexp = Period.ID_PATTERN) @Parameter(example = "2024S1") String period,
            @QueryParam("planId") @Parameter(description = "Only this plan's regimes; default: every plan the unit consolidates for")
            UUID planId,
            @QueryParam("at") @Parameter(example = "2024-06-25") LocalDate at) {
        return service.timeliness(consolidatingUnit, period, planId, at == null ? businessDate.today() : at);
    }

    @GET
    @Path("/timeliness/matrix")
    @Produces({MediaType.APPLICATION_JSON, PdfRendering.MEDIA_TYPE, XlsxRendering.MEDIA_TYPE})
    @Operation(operationId = "getTimelinessMatrix", summary = "The timeliness matrix: every reporting unit against every period of a year",
            description = "JSON; with Accept: application/pdf, the report to file (A4, the consolidating body, units by name, timeliness in words, "
                    + "counts per period, Nơi nhận, signature block); with Accept: " + XlsxRendering.MEDIA_TYPE + ", the same as a workbook.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The matrix",
            content = {@org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = TimelinessMatrix.class)),
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = PdfRendering.MEDIA_TYPE),
                    @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = XlsxRendering.MEDIA_TYPE)})
    public Response matrix(
            @QueryParam("consolidatingUnit") @NotBlank @Pattern(regexp = Codes.UNIT) @Parameter(example = "20-SLDTBXH") String consolidatingUnit,
            @QueryParam("year") @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Min(2000)
            @jakarta.validation.constraints.Max(2100) @Parameter(example = "2024") Integer year,
            @QueryParam("planId") UUID planId,
            @QueryParam("at") @Parameter(example = "2024-12-31") LocalDate at,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        TimelinessMatrix matrix = service.matrix(consolidatingUnit, year, planId, at == null ? businessDate.today() : at);
        return ReportFormat.respond(headers, matrix, () -> document.of(matrix));
    }
}
