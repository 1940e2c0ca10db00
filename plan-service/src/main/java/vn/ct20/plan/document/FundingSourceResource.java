package vn.ct20.plan.document;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/funding-sources")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FundingSourceResource {

    @GET
    @Operation(operationId = "listFundingSources", summary = "The funding source catalogue for budget lines")
    public List<PlanDtos.FundingSourceView> fundingSources() {
        return Arrays.stream(FundingSource.values()).map(f -> new PlanDtos.FundingSourceView(f, f.nameVi(), f.nameEn())).toList();
    }
}
