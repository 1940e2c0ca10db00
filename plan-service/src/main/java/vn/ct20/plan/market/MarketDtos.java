package vn.ct20.plan.market;

import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the market feature answers and takes, as its OpenAPI document names them. */
public final class MarketDtos {
    private MarketDtos() {
    }

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
}
