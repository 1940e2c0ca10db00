package vn.ct20.plan.market;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ct20.platform.reference.ReferenceNames;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

/**
 * The names the other services print in their reports (platform's ReferenceNames) are the ones
 * plan-service holds: every indicator and every market it lists, under the same Vietnamese name. A
 * new indicator or sub-national market added here without the catalogue fails this test.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class ReferenceNamesTest {
    static final String VIEWER = TestTokens.bearer("VIEWER", "VN");

    @Test
    void everyIndicatorIsInTheCatalogueUnderItsName() {
        List<Map<String, Object>> indicators = given().header("Authorization", VIEWER).get("/api/v1/indicators").then().statusCode(200)
                .extract().jsonPath().getList("");
        Map<String, String> here = new HashMap<>();
        indicators.forEach(i -> here.put((String) i.get("code"), (String) i.get("nameVi")));
        Map<String, String> catalogue = new HashMap<>();
        ReferenceNames.indicators().forEach((code, indicator) -> catalogue.put(code, indicator.name()));
        assertEquals(here, catalogue);
    }

    @Test
    void everyMarketIsNamedAsHere() {
        List<Map<String, Object>> markets = given().header("Authorization", VIEWER).get("/api/v1/markets").then().statusCode(200)
                .extract().jsonPath().getList("");
        Map<String, String> here = new HashMap<>();
        Map<String, String> printed = new HashMap<>();
        markets.forEach(m -> {
            here.put((String) m.get("code"), (String) m.get("nameVi"));
            printed.put((String) m.get("code"), ReferenceNames.market((String) m.get("code")));
        });
        assertEquals(here, printed);
        assertEquals("Nhật Bản", printed.get("JP"));
    }
}
