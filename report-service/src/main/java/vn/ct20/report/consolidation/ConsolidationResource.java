package vn.ct20.report.consolidation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.export.Xlsx;
import vn.ct20.report.period.Period;

@Path("/api/v1/consolidations")
@Tag(name = "Consolidation", description = "Reports consolidated up the hierarchy, with targets against actuals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ConsolidationResource {
    @Inject
    ConsolidationService service;

    @GET
    @Path("/{unitCode}/{periodId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The consolidated report of a unit for a period",
            description = "From the accepted reports of the unit and every unit below it (any depth): values summed with their breakdowns, "
                    + "each unit's totals and task progress, and every target of the plans in force for the unit against the actual. "
                    + "Each-year targets are judged on a yearly period; averages and 'by year' targets in their last year.")
    public ConsolidatedReport consolidate(
            @PathParam("unitCode") @Pattern(regexp = "[0-9A-Z][0-9A-Z_.-]{1,19}") @Parameter(example = "20") String unitCode,
            @PathParam("periodId") @Pattern(regexp = Period.ID_PATTERN) @Parameter(example = "2024") String periodId) {
        return service.consolidate(unitCode, periodId);
    }

    @GET
    @Path("/{unitCode}/{periodId}")
    @Produces(Xlsx.MEDIA_TYPE)
    @Operation(summary = "The consolidated report as XLSX", description = "Ask with Accept: " + Xlsx.MEDIA_TYPE + ". One sheet per section, "
            + "Vietnamese headings: Số liệu tổng hợp, Số liệu theo đơn vị, Tiến độ nhiệm vụ, Mục tiêu kế hoạch, Vốn vay NHCSXH.")
    public Response consolidateAsXlsx(
            @PathParam("unitCode") @Pattern(regexp = "[0-9A-Z][0-9A-Z_.-]{1,19}") @Parameter(example = "20") String unitCode,
            @PathParam("periodId") @Pattern(regexp = Period.ID_PATTERN) @Parameter(example = "2024") String periodId) {
        return ConsolidationWorkbook.of(service.consolidate(unitCode, periodId)).response("bao-cao-tong-hop-" + unitCode + "-" + periodId + ".xlsx");
    }
}
