package vn.ct20.plan.target;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class IndicatorResource {
    @Inject
    TargetService service;

    @GET
    @Operation(operationId = "listIndicators", summary = "The indicator catalogue that targets and reports measure")
    public List<TargetDtos.IndicatorView> indicators() {
        return service.indicators();
    }
}
