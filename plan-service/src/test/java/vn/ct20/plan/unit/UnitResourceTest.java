package vn.ct20.plan.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
/** Runs on the real reference data (63/705/10,599 units before July 2025, 34/3,321 after); test units have codes starting with T. */
class UnitResourceTest {
    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");

    @Test
    void unitIsReadAtADateAcrossThe2025Restructuring() {
        given().header("Authorization", ADMIN).queryParam("at", "2024-01-01")
                .get("/api/v1/units/109")
                .then().statusCode(200)
                .header("ETag", nullValue()) // a unit is never changed in place: a new version is registered
                .body("name", equalTo("Huyện Phong Thổ"))
                .body("parentCode", equalTo("12"))
                .body("validTo", equalTo("2025-06-30"));
        given().header("Authorization", ADMIN).queryParam("at", "2025-08-01")
                .get("/api/v1/units/109")
                .then().statusCode(404)
                .contentType(equalTo("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void searchIgnoresDiacritics() {
        given().header("Authorization", ADMIN).queryParam("q", "phong tho").queryParam("at", "2024-01-01")
                .get("/api/v1/units")
                .then().statusCode(200)
                .body("items.code", hasItem("109"))
                .body("items.name", everyItem(containsString("Phong Thổ")));
    }

    @Test
    void aProvinceSeesItsDistrictsButNotAnotherProvincesUnits() {
        String laiChau = TestTokens.bearer("VIEWER", "12");
        String langSon = TestTokens.bearer("VIEWER", "20");
        given().header("Authorization", laiChau).queryParam("at", "2024-01-01")
                .get("/api/v1/units/109").then().statusCode(200);
        given().header("Authorization", langSon).queryParam("at", "2024-01-01")
                .get("/api/v1/units/109")
                .then().statusCode(403)
                .contentType(equalTo("application/problem+json"))
                .body("detail", containsString("'20'"));
        given().header("Authorization", langSon).queryParam("at", "2024-01-01").queryParam("parent", "VN")
                .get("/api/v1/units")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.code", equalTo(java.util.List.of("20")));
        given().header("Authorization", langSon).queryParam("at", "2024-01-01").queryParam("q", "phong tho")
                .get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aUserCannotRegisterUnitsOutsideItsScopeOrWithAReadOnlyRole() {
        String body = """
                {"code":"T1099","name":"Xã Thử","kind":"COMMUNE","parentCode":"109","validFrom":"2010-01-01"}""";
        given().header("Authorization", TestTokens.bearer("PLAN_EDITOR", "20")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/units").then().statusCode(403).contentType(equalTo("application/problem+json"));
        given().header("Authorization", TestTokens.bearer("VIEWER", "12")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/units").then().statusCode(403).contentType(equalTo("application/problem+json"));
        given().header("Authorization", ADMIN).queryParam("at", "2020-01-01")
                .get("/api/v1/units/T1099").then().statusCode(404);
        // A code that ever named a unit (Phong Thổ district, ceased in 2025) cannot be put below one's own unit: its past
        // data would come with it. Only the country restructures.
        given().header("Authorization", TestTokens.bearer("PLAN_EDITOR", "20")).contentType(ContentType.JSON)
                .body("{\"code\":\"109\",\"name\":\"Chiếm mã\",\"kind\":\"DISTRICT\",\"parentCode\":\"20\",\"validFrom\":\"2025-07-01\"}")
                .post("/api/v1/units").then().statusCode(403).contentType(equalTo("application/problem+json"));
        given().header("Authorization", ADMIN).queryParam("at", "2025-08-01").get("/api/v1/units/109").then().statusCode(404);
    }

    @Test
    void missingOrForgedTokensAreRefusedWithProblemJson() {
        given().get("/api/v1/units")
                .then().statusCode(401)
                .contentType(equalTo("application/problem+json"))
                .header("WWW-Authenticate", containsString("Bearer"));
        String forged = ADMIN.substring(0, ADMIN.length() - 4) + "AAAA";
        given().header("Authorization", forged).get("/api/v1/units")
                .then().statusCode(401).contentType(equalTo("application/problem+json"));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        // Missing and oversized fields: 400 with one entry per field.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"T7777\",\"name\":\"" + "x".repeat(301) + "\"}")
                .post("/api/v1/units")
                .then().statusCode(400)
                .contentType(equalTo("application/problem+json"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("validFrom"));
        // Wrong type: a date that is not a date.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"T7777\",\"name\":\"Xã A\",\"kind\":\"COMMUNE\",\"parentCode\":\"109\",\"validFrom\":\"mùng 1\"}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType(equalTo("application/problem+json"))
                .body("errors[0].field", equalTo("validFrom"));
        // Unknown enum value and malformed JSON.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"T7777\",\"name\":\"Xã A\",\"kind\":\"GALAXY\",\"parentCode\":\"109\",\"validFrom\":\"2010-01-01\"}")
                .post("/api/v1/units").then().statusCode(400).contentType(equalTo("application/problem+json"))
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("must be one of"))
                .body("errors[0].message", not(containsString("vn.ct20")));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"code\":")
                .post("/api/v1/units").then().statusCode(400).contentType(equalTo("application/problem+json"));
        // Unknown parent, and a parent that no longer existed at validFrom: 422.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"T7777\",\"name\":\"Xã A\",\"kind\":\"COMMUNE\",\"parentCode\":\"Z99\",\"validFrom\":\"2010-01-01\"}")
                .post("/api/v1/units").then().statusCode(422).body("errors[0].field", equalTo("parentCode"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"T7777\",\"name\":\"Xã A\",\"kind\":\"COMMUNE\",\"parentCode\":\"109\",\"validFrom\":\"2025-08-01\"}")
                .post("/api/v1/units").then().statusCode(422);
        // Dates in the wrong order.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"T7777\",\"name\":\"Xã A\",\"kind\":\"COMMUNE\",\"parentCode\":\"109\",\"validFrom\":\"2010-01-01\",\"validTo\":\"2009-01-01\"}")
                .post("/api/v1/units").then().statusCode(422);
        // A duplicate is a conflict.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"109\",\"name\":\"Huyện Phong Thổ\",\"kind\":\"DISTRICT\",\"parentCode\":\"12\",\"validFrom\":\"2010-01-01\"}")
                .post("/api/v1/units").then().statusCode(409).contentType(equalTo("application/problem+json"));
        // Nothing of the refused requests was stored.
        given().header("Authorization", ADMIN).queryParam("at", "2024-01-01")
                .get("/api/v1/units/T7777").then().statusCode(404);
    }

    @Test
    void badListParametersAreRefused() {
        given().header("Authorization", ADMIN).queryParam("size", 500).get("/api/v1/units")
                .then().statusCode(400).contentType(equalTo("application/problem+json")).body("errors[0].field", equalTo("size"));
        given().header("Authorization", ADMIN).queryParam("page", "abc").get("/api/v1/units")
                .then().statusCode(400).contentType(equalTo("application/problem+json"));
        given().header("Authorization", ADMIN).queryParam("at", "yesterday").get("/api/v1/units")
                .then().statusCode(400).contentType(equalTo("application/problem+json"));
        given().header("Authorization", ADMIN).queryParam("sort", "password").get("/api/v1/units")
                .then().statusCode(400).contentType(equalTo("application/problem+json"));
    }
}
