package vn.ct20.plan.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ct20.events.Topic;
import vn.ct20.plan.seed.SourcePlans;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;

/** Plans, on the five source plans loaded at start-up. */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class PlanResourceTest {
    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");
    static final String LANG_SON_EDITOR = TestTokens.bearer("PLAN_EDITOR", "20");
    static final UUID DIRECTIVE = SourcePlans.idOf("20-CT/TW");
    static final UUID LANG_SON = SourcePlans.idOf("lang-son-ubnd");
    static final UUID PHONG_THO = SourcePlans.idOf("phong-tho-ubnd");

    @Inject
    EntityManager entityManager;

    @Test
    void theSourcePlansAreListedUnderTheDirective() {
        given().header("Authorization", ADMIN).queryParam("size", 100).get("/api/v1/plans")
                .then().statusCode(200)
                .body("items.number", hasItems("20-CT/TW", "340/KH-UBND", "90-KH/TU", "103/KH-UBND", "1923/KH-UBND", "317-KH-HU"))
                .body("items.id", hasItems(LANG_SON.toString(), PHONG_THO.toString()))
                .body("items.find { it.number == '20-CT/TW' }.parentIds", hasSize(0))
                .body("items.find { it.number == '20-CT/TW' }.status", equalTo("ISSUED"));
        given().header("Authorization", ADMIN).queryParam("implements", DIRECTIVE.toString()).queryParam("size", 100).get("/api/v1/plans")
                .then().statusCode(200).body("items.number", hasItems("90-KH/TU", "147-KH/TU", "103-KH/TU", "29-CTr/TU", "225/NQ-CP"));
    }

    @Test
    void phongThoImplementsTwoPlans() {
        given().header("Authorization", ADMIN).get("/api/v1/plans/" + PHONG_THO)
                .then().statusCode(200)
                .body("number", equalTo(null))
                .body("issueDate", equalTo(null))
                .body("parentIds", hasItems(SourcePlans.idOf("1923/KH-UBND").toString(), SourcePlans.idOf("317-KH-HU").toString()))
                .body("parentIds", hasSize(2));
    }

    @Test
    void langSonBudgetAddsUpAndAChangeThatBreaksTheSumIsRefused() {
        given().header("Authorization", ADMIN).get("/api/v1/plans/" + LANG_SON + "/budget-lines")
                .then().statusCode(200)
                .body("declaredTotal", equalTo(153_459_000_000L))
                .body("sum", equalTo(153_459_000_000L))
                .body("lines", hasSize(6))
                .body("lines[5].amount", equalTo(null));
        String etag = given().header("Authorization", ADMIN).get("/api/v1/plans/" + LANG_SON).then().extract().header("ETag");
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", etag).contentType(ContentType.JSON)
                .body("""
                        {"declaredTotal":153459000000,"amendmentReason":"Điều chỉnh vốn Quỹ quốc gia về việc làm","lines":[
                          {"fundingSource":"NTP_SUSTAINABLE_POVERTY_REDUCTION","amount":5459000000},
                          {"fundingSource":"NTP_ETHNIC_MINORITY_MOUNTAINOUS","amount":3000000000},
                          {"fundingSource":"CENTRAL_LOAN_CAPITAL","amount":100000000000},
                          {"fundingSource":"NATIONAL_EMPLOYMENT_FUND","amount":26000000000},
                          {"fundingSource":"LOCAL_BUDGET_ENTRUSTED_VBSP","amount":20000000000}]}""")
                .put("/api/v1/plans/" + LANG_SON + "/budget-lines")
                .then().statusCode(422).contentType(equalTo("application/problem+json"))
                .body("detail", containsString("154459000000"));
        // A negative amount, a non-number and an oversized description are refused before any rule runs.
        for (String badLine : List.of("{\"fundingSource\":\"OTHER\",\"amount\":-1}", "{\"fundingSource\":\"OTHER\",\"amount\":\"nhiều\"}",
                "{\"fundingSource\":\"OTHER\",\"amount\":1,\"description\":\"" + "x".repeat(2001) + "\"}", "{\"fundingSource\":\"LOTTERY\"}")) {
            given().header("Authorization", LANG_SON_EDITOR).header("If-Match", etag).contentType(ContentType.JSON)
                    .body("{\"amendmentReason\":\"Thử\",\"lines\":[" + badLine + "]}").put("/api/v1/plans/" + LANG_SON + "/budget-lines")
                    .then().statusCode(400).contentType(equalTo("application/problem+json"));
        }
        given().header("Authorization", ADMIN).get("/api/v1/plans/" + LANG_SON + "/budget-lines")
                .then().body("sum", equalTo(153_459_000_000L)).body("lines", hasSize(6)).body("lines[3].amount", equalTo(25_000_000_000L));
    }

    @Test
    void aCycleIsRefusedAndIssuedPlansChangeOnlyByAmendment() {
        String a = createDraft("KH thử A", List.of(LANG_SON));
        String b = createDraft("KH thử B", List.of(UUID.fromString(a)));
        // A implementing B (which implements A) would be a cycle; so would A implementing itself.
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(input("KH thử A", List.of(UUID.fromString(b)), null)).put("/api/v1/plans/" + a)
                .then().statusCode(409).contentType(equalTo("application/problem+json")).body("detail", containsString("cycle"));
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(input("KH thử A", List.of(UUID.fromString(a)), null)).put("/api/v1/plans/" + a)
                .then().statusCode(409);

        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"0\"").post("/api/v1/plans/" + a + "/issue")
                .then().statusCode(200).body("status", equalTo("ISSUED")).header("ETag", "\"1\"");
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(input("KH thử A (sửa)", List.of(LANG_SON), null)).put("/api/v1/plans/" + a)
                .then().statusCode(409).body("detail", containsString("amendment"));
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(input("KH thử A (sửa đổi lần 1)", List.of(LANG_SON), "Bổ sung chỉ tiêu theo chỉ đạo của UBND tỉnh")).put("/api/v1/plans/" + a)
                .then().statusCode(200).body("status", equalTo("AMENDED")).body("title", equalTo("KH thử A (sửa đổi lần 1)"));
        given().header("Authorization", LANG_SON_EDITOR).get("/api/v1/plans/" + a + "/versions")
                .then().statusCode(200).body("$", hasSize(1))
                .body("[0].reason", equalTo("Bổ sung chỉ tiêu theo chỉ đạo của UBND tỉnh"))
                .body("[0].state.title", equalTo("KH thử A")).body("[0].state.status", equalTo("ISSUED"));
        // A stale ETag is refused.
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(input("KH thử A (ghi đè)", List.of(LANG_SON), "ghi đè")).put("/api/v1/plans/" + a)
                .then().statusCode(412);

        var events = TestEvents.await(Topic.PLAN_EVENTS.topicName(), e -> a.equals(e.subject()), 3, Duration.ofSeconds(30));
        assertEquals(List.of("DRAFT", "ISSUED", "AMENDED"), events.stream().map(e -> e.data().get("status").asText()).toList());
    }

    @Test
    void unitsSeeTheirPlansAndThePlansAboveButNotOtherProvinces() {
        String langSon = TestTokens.bearer("VIEWER", "20");
        given().header("Authorization", langSon).queryParam("size", 100).get("/api/v1/plans")
                .then().statusCode(200)
                .body("items.id", hasItems(LANG_SON.toString(), DIRECTIVE.toString()))
                .body("items.id", not(hasItem(SourcePlans.idOf("340/KH-UBND").toString())));
        given().header("Authorization", langSon).get("/api/v1/plans/" + SourcePlans.idOf("340/KH-UBND")).then().statusCode(404);
        // Lai Châu keeps seeing the plans of Phong Thổ district after the district ceased.
        given().header("Authorization", TestTokens.bearer("VIEWER", "12")).get("/api/v1/plans/" + PHONG_THO).then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("PLAN_EDITOR", "12")).contentType(ContentType.JSON)
                .body(input("KH của tỉnh khác", List.of(LANG_SON), null)).post("/api/v1/plans").then().statusCode(403);
        given().header("Authorization", langSon).contentType(ContentType.JSON)
                .body(input("KH không có quyền", List.of(LANG_SON), null)).post("/api/v1/plans").then().statusCode(403);
        // A plan implements plans its unit can read: another province's plan is answered as no plan at all.
        given().header("Authorization", TestTokens.bearer("PLAN_EDITOR", "20")).contentType(ContentType.JSON)
                .body(input("KH thực hiện KH tỉnh khác", List.of(SourcePlans.idOf("340/KH-UBND")), null)).post("/api/v1/plans").then()
                .statusCode(422).body("errors[0].field", equalTo("parentIds"))
                .body("errors[0].message", equalTo("no plan " + SourcePlans.idOf("340/KH-UBND")));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        long before = plans();
        post("{\"kind\":\"PLAN\"}").then().statusCode(400).body("errors.field", hasItems("title", "issuingUnitCode", "areaUnitCode"));
        post(input("KH", List.of(LANG_SON), null).replace("\"periodFrom\":2023", "\"periodFrom\":\"năm nay\""))
                .then().statusCode(400).body("errors[0].field", equalTo("periodFrom"));
        post(input("x".repeat(1001), List.of(LANG_SON), null)).then().statusCode(400).body("errors[0].field", equalTo("title"));
        post(input("KH", List.of(UUID.randomUUID()), null)).then().statusCode(422).body("errors[0].field", equalTo("parentIds"));
        post(input("KH", List.of(), null)).then().statusCode(422).body("errors[0].field", equalTo("parentIds"));
        post(input("KH", List.of(LANG_SON), null).replace("\"areaUnitCode\":\"20\"", "\"areaUnitCode\":\"20-UBND\""))
                .then().statusCode(422).body("errors.field", hasItem("areaUnitCode"));
        post(input("KH", List.of(LANG_SON), null).replace("\"periodTo\":2025", "\"periodTo\":2020"))
                .then().statusCode(422).body("errors[0].field", equalTo("periodTo"));
        post(input("KH", List.of(LANG_SON), null).replace("\"issuingUnitCode\":\"20-UBND\"", "\"issuingUnitCode\":\"12-UBND\""))
                .then().statusCode(422).body("errors[0].field", equalTo("issuingUnitCode"));
        post(input("KH", List.of(LANG_SON), null).replace("\"kind\":\"PLAN\"", "\"kind\":\"WISH\"")).then().statusCode(400);
        given().header("Authorization", LANG_SON_EDITOR).contentType(ContentType.JSON)
                .body("{\"declaredTotal\":-1,\"lines\":[{\"fundingSource\":\"OTHER\",\"amount\":-5}]}")
                .put("/api/v1/plans/" + LANG_SON + "/budget-lines").then().statusCode(400);
        given().header("Authorization", LANG_SON_EDITOR).contentType(ContentType.JSON)
                .body("{\"lines\":[]}").put("/api/v1/plans/" + LANG_SON + "/budget-lines").then().statusCode(428);
        given().header("Authorization", ADMIN).queryParam("status", "DONE").get("/api/v1/plans").then().statusCode(400);
        assertEquals(before, plans(), "no plan was stored");
    }

    @Test
    void issueAndCloseFollowTheLifecycle() {
        String plan = createDraft("KH thử vòng đời", List.of(LANG_SON));
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"0\"").post("/api/v1/plans/" + plan + "/close")
                .then().statusCode(409).contentType(equalTo("application/problem+json"));
        given().header("Authorization", LANG_SON_EDITOR).post("/api/v1/plans/" + plan + "/issue").then().statusCode(428);
        given().header("Authorization", TestTokens.bearer("PLAN_EDITOR", "12")).header("If-Match", "\"0\"")
                .post("/api/v1/plans/" + plan + "/issue").then().statusCode(404);
        given().header("Authorization", TestTokens.bearer("VIEWER", "20")).header("If-Match", "\"0\"")
                .post("/api/v1/plans/" + plan + "/issue").then().statusCode(403);
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"0\"").post("/api/v1/plans/" + plan + "/issue")
                .then().statusCode(200).body("status", equalTo("ISSUED"));
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"1\"").post("/api/v1/plans/" + plan + "/issue")
                .then().statusCode(409);
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"1\"").post("/api/v1/plans/" + plan + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        // A closed plan changes no more, not even by amendment.
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(input("KH thử vòng đời (sửa)", List.of(LANG_SON), "Sửa sau khi đóng")).put("/api/v1/plans/" + plan)
                .then().statusCode(409);
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"0\"").post("/api/v1/plans/" + UUID.randomUUID() + "/issue")
                .then().statusCode(404).contentType(equalTo("application/problem+json"));
        given().header("Authorization", LANG_SON_EDITOR).header("If-Match", "\"0\"").post("/api/v1/plans/not-a-plan/issue")
                .then().statusCode(400);
    }

    @Test
    void theFundingSourceCatalogueIsServed() {
        given().header("Authorization", TestTokens.bearer("VIEWER", "109")).get("/api/v1/funding-sources")
                .then().statusCode(200).body("code", hasItems("NATIONAL_EMPLOYMENT_FUND", "LOCAL_BUDGET_ENTRUSTED_VBSP"));
    }

    private io.restassured.response.Response post(String body) {
        return given().header("Authorization", LANG_SON_EDITOR).contentType(ContentType.JSON).body(body).post("/api/v1/plans");
    }

    private String createDraft(String title, List<UUID> parents) {
        return post(input(title, parents, null)).then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    private static String input(String title, List<UUID> parents, String reason) {
        String parentIds = parents.stream().map(id -> "\"" + id + "\"").reduce((x, y) -> x + "," + y).orElse("");
        return """
                {"kind":"PLAN","title":"%s","issuingUnitCode":"20-UBND","areaUnitCode":"20","periodFrom":2023,"periodTo":2025,
                 "parentIds":[%s],"amendmentReason":%s}""".formatted(title, parentIds, reason == null ? "null" : "\"" + reason + "\"");
    }

    private long plans() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM plan").getSingleResult()).longValue();
    }
}
