package vn.ct20.plan.market;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/markets")
@Tag(name = "Markets", description = "Destinations of workers and groups of them")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MarketResource {
    @Inject
    MarketCatalogue markets;

    @GET
    @Operation(operationId = "listMarkets", summary = "Markets: ISO 3166-1 countries and territories, and sub-national destinations",
            description = "Reference data every unit may read. q matches the code or a name.")
    public List<MarketDtos.MarketView> list(@QueryParam("q") @Size(max = 100) @Parameter(example = "Nhật") String q,
                                 @QueryParam("kind") @Pattern(regexp = "COUNTRY|SUBNATIONAL") String kind) {
        return markets.search(q, kind).stream().map(MarketDtos.MarketView::of).toList();
    }

    @GET
    @Path("/groups")
    @Operation(operationId = "listMarketGroups", summary = "Market groups with their members and validity")
    public List<MarketDtos.MarketGroupView> groups() {
        return markets.groups().stream().map(MarketDtos.MarketGroupView::of).toList();
    }
}
