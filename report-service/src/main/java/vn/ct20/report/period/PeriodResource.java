package vn.ct20.report.period;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.problem.ProblemException;

@Path("/api/v1/periods")
@Tag(name = "Periods", description = "Reporting periods and their data cut-off (Decree 09/2019/NĐ-CP)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PeriodResource {

    @GET
    @Operation(operationId = "listPeriods", summary = "Every period of a year", description = "The year, both half-years, the quarters and the months.")
    public List<Period> list(@QueryParam("year") @NotNull @Min(Period.FIRST_YEAR) @Max(Period.LAST_YEAR)
                             @Parameter(description = "Calendar year", example = "2024") Integer year) {
        return Period.allOf(year);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPeriod", summary = "One period by id")
    @APIResponse(responseCode = "200", description = "The period", content = @Content(schema = @Schema(implementation = Period.class)))
    public Period get(@PathParam("id") @Parameter(description = "2024, 2024S1, 2024S2, 2024Q2 or 202406", example = "2024S1") String id) {
        try {
            return Period.parse(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("id", e.getMessage());
        }
    }
}
