package vn.ct20.loan.capital;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ct20.events.Topic;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;
import vn.ct20.testkit.TestUnits;

@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class CapitalSourceResourceTest {
    static final String LANG_SON_APPROVER = TestTokens.bearer("LOAN_APPROVER", "20");

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void units() {
        TestUnits.laiChauAndLangSon();
    }

    static String body(String code, String owner) {
        return """
                {"code":"%s","name":"Vốn ngân sách tỉnh ủy thác qua NHCSXH","kind":"PROVINCIAL_BUDGET_ENTRUSTED","ownerUnitCode":"%s"}"""
                .formatted(code, owner);
    }

    @Test
    void registerReadAndPublish() {
        String id = given().header("Authorization", LANG_SON_APPROVER).contentType(ContentType.JSON)
                .body(body("UT-20-2024-RPT", "20"))
                .post("/api/v1/capital-sources")
                .then().statusCode(201).body("version", equalTo(0)).extract().path("id");
        given().header("Authorization", TestTokens.bearer("VIEWER", "20")).get("/api/v1/capital-sources/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("ownerUnitCode", equalTo("20"));
        given().header("Authorization", TestTokens.bearer("VIEWER", "12")).get("/api/v1/capital-sources/" + id)
                .then().statusCode(404).contentType(equalTo("application/problem+json"));
        given().header("Authorization", TestTokens.bearer("VIEWER", "12")).get("/api/v1/capital-sources")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        var events = TestEvents.await(Topic.LOAN_EVENTS.topicName(), e -> id.equals(e.subject()), 1, Duration.ofSeconds(30));
        assertEquals("ct20.loan.capital-source-changed.v1", events.get(0).type());
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyRegisterOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String request = body("NEF-20-IDEM", "20");
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Callable<Response> call = () -> given().header("Authorization", LANG_SON_APPROVER).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(request).post("/api/v1/capital-sources");
            calls.add(pool.submit(call));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Response> call : calls) {
            Response response = call.get();
            assertEquals(201, response.statusCode(), response.asString());
            ids.add(response.path("id"));
        }
        pool.shutdown();
        assertEquals(1, ids.stream().distinct().count(), "every retry got the first result");
        assertEquals(1L, count("NEF-20-IDEM"), "one source was registered");

        // The same key with another request is refused.
        given().header("Authorization", LANG_SON_APPROVER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body("NEF-20-OTHER", "20")).post("/api/v1/capital-sources")
                .then().statusCode(422).contentType(equalTo("application/problem+json"));
        assertEquals(0L, count("NEF-20-OTHER"));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = given().header("Authorization", LANG_SON_APPROVER).contentType(ContentType.JSON)
                .body(body("UT-20-ETAG", "20")).post("/api/v1/capital-sources").then().statusCode(201).extract().path("id");
        String rename = "{\"name\":\"Vốn ủy thác bổ sung\"}";
        given().header("Authorization", LANG_SON_APPROVER).contentType(ContentType.JSON).body(rename)
                .put("/api/v1/capital-sources/" + id).then().statusCode(428).contentType(equalTo("application/problem+json"));
        given().header("Authorization", LANG_SON_APPROVER).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(rename)
                .put("/api/v1/capital-sources/" + id).then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Vốn ủy thác bổ sung"));
        given().header("Authorization", LANG_SON_APPROVER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"name\":\"Tên cũ ghi đè\"}")
                .put("/api/v1/capital-sources/" + id).then().statusCode(412).contentType(equalTo("application/problem+json"));
        given().header("Authorization", LANG_SON_APPROVER).get("/api/v1/capital-sources/" + id)
                .then().body("name", equalTo("Vốn ủy thác bổ sung"));
    }

    @Test
    void badInputAndForeignUnitsAreRefusedAndChangeNothing() {
        given().header("Authorization", LANG_SON_APPROVER).contentType(ContentType.JSON).body(body("UT-12-X", "12"))
                .post("/api/v1/capital-sources").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("LOAN_OFFICER", "20")).contentType(ContentType.JSON).body(body("UT-20-X", "20"))
                .post("/api/v1/capital-sources").then().statusCode(403);
        given().header("Authorization", LANG_SON_APPROVER).contentType(ContentType.JSON)
                .body("{\"code\":\"ut lower\",\"name\":\"\",\"kind\":\"GOLD\",\"ownerUnitCode\":\"20\"}")
                .post("/api/v1/capital-sources").then().statusCode(400).contentType(equalTo("application/problem+json"));
        given().header("Authorization", LANG_SON_APPROVER).contentType(ContentType.JSON)
                .body("{\"code\":\"ut lower\",\"name\":\"\",\"ownerUnitCode\":\"20\"}")
                .post("/api/v1/capital-sources").then().statusCode(400)
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("name")).body("errors.field", hasItem("kind"));
        given().header("Authorization", LANG_SON_APPROVER).header("Idempotency-Key", "short").contentType(ContentType.JSON)
                .body(body("UT-20-X", "20")).post("/api/v1/capital-sources").then().statusCode(400);
        given().header("Authorization", LANG_SON_APPROVER).queryParam("kind", "GOLD").get("/api/v1/capital-sources")
                .then().statusCode(400).contentType(equalTo("application/problem+json"));
        assertEquals(0L, count("UT-12-X") + count("UT-20-X"));
    }

    private long count(String code) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM capital_source WHERE code = ?1")
                .setParameter(1, code).getSingleResult()).longValue();
    }
}
