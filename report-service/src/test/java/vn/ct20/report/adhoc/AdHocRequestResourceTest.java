package vn.ct20.report.adhoc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ct20.events.Topic;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;
import vn.ct20.testkit.TestUnits;

@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class AdHocRequestResourceTest {
    static final String LAI_CHAU_CONSOLIDATOR = TestTokens.bearer("CONSOLIDATOR", "12");
    static final String DUE = LocalDate.now().plusDays(20).toString();
    static final String A = "93901";
    static final String B = "93902";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void units() {
        TestUnits.laiChauAndLangSon();
        // A request is judged on today's hierarchy, where Lai Châu's communes sit right below it (districts ceased on
        // 1 July 2025, and other test classes' fixtures say so). These two communes are this test's own.
        for (String[] commune : new String[][] {{A, "Xã Thử Nghiệm A"}, {B, "Xã Thử Nghiệm B"}}) {
            TestUnits.send(TestUnits.event(new vn.ct20.events.unit.UnitChangedV1(commune[0], commune[1], "COMMUNE", "12",
                    LocalDate.of(2025, 7, 1), null, null, 0)));
            TestUnits.awaitReplica(commune[0]);
        }
    }

    String body(String title, String requestingUnit, String due, String units) {
        return """
                {"title":"%s","requestingUnitCode":"%s","dueDate":"%s","coversFrom":"2026-01-01","coversTo":"2026-11-30","unitCodes":%s}"""
                .formatted(title, requestingUnit, due, units);
    }

    @Test
    void aProvinceAsksItsDistrictsAndOnlyTheyCanSeeIt() {
        String id = given().header("Authorization", LAI_CHAU_CONSOLIDATOR).contentType(ContentType.JSON)
                .body(body("Báo cáo đột xuất lao động đi Hàn Quốc", "12", DUE, "[\"" + A + "\",\"" + B + "\"]"))
                .post("/api/v1/ad-hoc-requests")
                .then().statusCode(201)
                .body("unitCodes", equalTo(java.util.List.of(A, B)))
                .body("requestedBy", equalTo("test-consolidator@12"))
                .extract().path("id");

        given().header("Authorization", TestTokens.bearer("REPORTER", A)).get("/api/v1/ad-hoc-requests/" + id)
                .then().statusCode(200).body("title", equalTo("Báo cáo đột xuất lao động đi Hàn Quốc"));
        given().header("Authorization", TestTokens.bearer("VIEWER", "20")).get("/api/v1/ad-hoc-requests/" + id)
                .then().statusCode(404).contentType(equalTo("application/problem+json"));
        given().header("Authorization", TestTokens.bearer("VIEWER", "20")).get("/api/v1/ad-hoc-requests")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().header("Authorization", TestTokens.bearer("VIEWER", B)).get("/api/v1/ad-hoc-requests")
                .then().statusCode(200).body("items.id", hasItem(id));

        // Each district now owes an answer by the request's own date, over the data the request covers.
        given().header("Authorization", LAI_CHAU_CONSOLIDATOR).queryParam("adHocRequestId", id).get("/api/v1/obligations")
                .then().statusCode(200).body("total", equalTo(2)).body("items.unitCode", equalTo(java.util.List.of(A, B)))
                .body("items[0].dueDate", equalTo(DUE)).body("items[0].periodId", equalTo(null))
                .body("items[0].cutOffFrom", equalTo("2026-01-01")).body("items[0].consolidatingUnitCode", equalTo("12"));
        given().header("Authorization", TestTokens.bearer("REPORTER", B)).queryParam("adHocRequestId", id).get("/api/v1/obligations")
                .then().statusCode(200).body("items.unitCode", equalTo(java.util.List.of(B)));

        var events = TestEvents.await(Topic.REPORT_EVENTS.topicName(), e -> id.equals(e.subject()), 1, Duration.ofSeconds(30));
        assertEquals(1, events.size());
        assertEquals("ct20.report.ad-hoc-requested.v1", events.get(0).type());
        assertEquals("12", events.get(0).data().get("requestingUnitCode").asText());
    }

    @Test
    void requestsOutsideTheCallersScopeOrBelowAnotherUnitAreRefused() {
        long before = count();
        // Lai Châu may not ask on behalf of Lạng Sơn.
        given().header("Authorization", LAI_CHAU_CONSOLIDATOR).contentType(ContentType.JSON)
                .body(body("Thử", "20", DUE, "[\"180\"]"))
                .post("/api/v1/ad-hoc-requests").then().statusCode(403).contentType(equalTo("application/problem+json"));
        // Tràng Định is not below Lai Châu.
        given().header("Authorization", LAI_CHAU_CONSOLIDATOR).contentType(ContentType.JSON)
                .body(body("Thử", "12", DUE, "[\"" + A + "\",\"180\"]"))
                .post("/api/v1/ad-hoc-requests").then().statusCode(422).body("errors[0].field", equalTo("unitCodes"));
        // A reporter may not request reports.
        given().header("Authorization", TestTokens.bearer("REPORTER", "12")).contentType(ContentType.JSON)
                .body(body("Thử", "12", DUE, "[\"" + A + "\"]"))
                .post("/api/v1/ad-hoc-requests").then().statusCode(403);
        assertEquals(before, count(), "nothing was stored");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long before = count();
        given().header("Authorization", LAI_CHAU_CONSOLIDATOR).contentType(ContentType.JSON)
                .body(body("Thử", "12", "2020-01-01", "[\"" + A + "\"]"))
                .post("/api/v1/ad-hoc-requests").then().statusCode(422).body("errors[0].field", equalTo("dueDate"));
        given().header("Authorization", LAI_CHAU_CONSOLIDATOR).contentType(ContentType.JSON)
                .body(body("", "12", DUE, "[]"))
                .post("/api/v1/ad-hoc-requests").then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("unitCodes"));
        given().header("Authorization", LAI_CHAU_CONSOLIDATOR).contentType(ContentType.JSON)
                .body(body("Thử", "12", "20/12/2026", "[\"" + A + "\"]"))
                .post("/api/v1/ad-hoc-requests").then().statusCode(400).body("errors[0].field", equalTo("dueDate"));
        given().header("Authorization", LAI_CHAU_CONSOLIDATOR).contentType(ContentType.JSON)
                .body(body("Thử", "12", DUE, "\"" + A + "\""))
                .post("/api/v1/ad-hoc-requests").then().statusCode(400).contentType(equalTo("application/problem+json"));
        given().header("Authorization", LAI_CHAU_CONSOLIDATOR).get("/api/v1/ad-hoc-requests/not-a-uuid")
                .then().statusCode(400).contentType(equalTo("application/problem+json"));
        assertEquals(before, count(), "nothing was stored");
    }

    private long count() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM ad_hoc_request").getSingleResult()).longValue();
    }
}
