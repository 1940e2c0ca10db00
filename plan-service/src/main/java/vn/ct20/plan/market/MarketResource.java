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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/markets")
@Tag(name = "Markets", description = "Destinations of workers and groups of them")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MarketResource {
    @Inject
    MarketCatalogue markets;

    @Schema(name = "Market", example = """
            {"code":"CN-GX-CHONGZUO","nameVi":"Thành phố Sùng Tả, tỉnh Quảng Tây","nameEn":"Chongzuo, Guangxi","kind":"SUBNATIONAL","parentCode":"CN"}""")
    public record MarketView(String code, String nameVi, String nameEn, String kind, @Schema(nullable = true) String parentCode) {
        static MarketView of(Market m) {
            return new MarketView(m.code, m.nameVi, m.nameEn, m.kind, m.parentCode);
        }
    }

    @Schema(name = "MarketGroup", example = """
            {"code":"HIGH_INCOME_STABLE","nameVi":"Thị trường có thu nhập cao và ổn định","nameEn":"High-income, stable markets",
             "validFrom":null,"validTo":null,"definedBy":"Kế hoạch của UBND huyện Phong Thổ","members":["AU","CN","DE","JP","KR","RO","SG","TW"]}""")
    public record MarketGroupView(String code, String nameVi, String nameEn, @Schema(nullable = true) LocalDate validFrom,
                                  @Schema(nullable = true) LocalDate validTo, @Schema(nullable = true) String definedBy,
                                  Set<String> members) {
        static MarketGroupView of(MarketGroup g) {
            return new MarketGroupView(g.code, g.nameVi, g.nameEn, g.validFrom, g.validTo, g.definedBy, g.members);
        }
    }

    @GET
    @Operation(operationId = "listMarkets", summary = "Markets: ISO 3166-1 countries and territories, and sub-national destinations",
            description = "Reference data every unit may read. q matches the code or a name.")
    public List<MarketView> list(@QueryParam("q") @Size(max = 100) @Parameter(example = "Nhật") String q,
                                 @QueryParam("kind") @Pattern(regexp = "COUNTRY|SUBNATIONAL") String kind) {
        return markets.search(q, kind).stream().map(MarketView::of).toList();
    }

    @GET
    @Path("/groups")
    @Operation(operationId = "listMarketGroups", summary = "Market groups with their members and validity")
    public List<MarketGroupView> groups() {
        return markets.groups().stream().map(MarketGroupView::of).toList();
    }
}
