package vn.ct20.plan.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ct20.events.Topic;
import vn.ct20.plan.seed.SourcePlans;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;

/** Tasks with lead and coordinating units and the five kinds of deadline, on a test plan of Lạng Sơn. */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class TaskResourceTest {
    static final String EDITOR = TestTokens.bearer("PLAN_EDITOR", "20");

    @Inject
    EntityManager entityManager;

    @Test
    void tasksHaveLeadsCoordinatorsAndDeadlinesAndBecomeOverdue() {
        String plan = draftPlan("KH thử nhiệm vụ");
        String section = add(plan, """
                {"number":"III","title":"NHIỆM VỤ, GIẢI PHÁP","section":true}""").then().statusCode(201).extract().path("id");
        String task = add(plan, """
                {"number":"III.1","title":"Rà soát nhu cầu đi làm việc ở nước ngoài","parentTaskId":"%s","section":false,
                 "leadUnitCode":"20-SLDTBXH","coordinatingUnitCodes":["20-UBND"],"deadline":{"kind":"QUARTER","year":2023,"quarter":2}}"""
                .formatted(section))
                .then().statusCode(201).body("deadlineLabel", equalTo("Q2-2023")).body("dueDate", equalTo("2023-06-30")).extract().path("id");
        add(plan, """
                {"number":"III.2","title":"Tuyên truyền thường xuyên","section":false,"leadUnitCode":"20-UBND","deadline":{"kind":"ONGOING"}}""")
                .then().statusCode(201).body("dueDate", equalTo(null));
        add(plan, """
                {"number":"III.3","title":"Tổng kết hằng năm","section":false,"leadUnitCode":"20-SLDTBXH",
                 "deadline":{"kind":"RECURRING","recurrence":"YEARLY"}}""").then().statusCode(201).body("deadlineLabel", equalTo("RECURRING:YEARLY"));
        add(plan, """
                {"number":"III.4","title":"Hội nghị sơ kết","section":false,"leadUnitCode":"20-SLDTBXH","deadline":{"kind":"DATE","date":"2025-09-30"}}""")
                .then().statusCode(201);
        // Several bodies lead one task together; a body cannot both lead and coordinate it.
        add(plan, """
                {"number":"III.6","title":"Lãnh đạo triển khai","section":false,"leadUnitCode":"20-UBND","coLeadUnitCodes":["20-SLDTBXH"],
                 "coordinatingUnitCodes":["20-SLDTBXH"]}""").then().statusCode(422).body("errors[0].field", equalTo("coordinatingUnitCodes"));
        add(plan, """
                {"number":"III.6","title":"Lãnh đạo triển khai","section":true,"coLeadUnitCodes":["20-SLDTBXH"]}""").then().statusCode(422);
        String coLed = add(plan, """
                {"number":"III.5","title":"Lãnh đạo triển khai","section":false,"leadUnitCode":"20-UBND","coLeadUnitCodes":["20-SLDTBXH"],
                 "coLeadUnitKinds":["MASS_ORGANISATION"],"coordinatingUnitKinds":["DISTRICT"]}""")
                .then().statusCode(201).body("coLeadUnitCodes", equalTo(List.of("20-SLDTBXH")))
                .body("coLeadUnitKinds", equalTo(List.of("MASS_ORGANISATION"))).extract().path("id");
        // A measure the plan sets without naming who leads it ("Nhiệm vụ, giải pháp").
        add(plan, """
                {"number":"III.7","title":"Đổi mới nội dung, hình thức tuyên truyền","section":false}""").then().statusCode(201)
                .body("leadUnitCode", equalTo(null)).body("leadUnitKind", equalTo(null));
        given().header("Authorization", EDITOR).queryParam("unit", "20-SLDTBXH").queryParam("role", "LEAD").get("/api/v1/tasks")
                .then().statusCode(200).body("items.id", hasItem(coLed));
        // "phối hợp với UBND các huyện": every district of the plan's area coordinates it.
        given().header("Authorization", EDITOR).queryParam("unit", "180").queryParam("role", "COORDINATOR").queryParam("size", 100)
                .get("/api/v1/tasks").then().statusCode(200).body("items.id", hasItem(coLed));

        given().header("Authorization", EDITOR).queryParam("at", "2023-07-01").get("/api/v1/plans/" + plan + "/tasks")
                .then().statusCode(200)
                .body("number", equalTo(java.util.List.of("III", "III.1", "III.2", "III.3", "III.4", "III.5", "III.7")))
                .body("find { it.number == 'III.1' }.overdue", equalTo(true))
                .body("find { it.number == 'III.2' }.overdue", equalTo(false))
                .body("find { it.number == 'III.3' }.overdue", equalTo(false))
                .body("find { it.number == 'III.4' }.overdue", equalTo(false));
        given().header("Authorization", EDITOR).queryParam("at", "2023-06-01").get("/api/v1/plans/" + plan + "/tasks")
                .then().body("find { it.number == 'III.1' }.overdue", equalTo(false));

        // Tasks of a unit across plans, as lead or coordinator, and the overdue ones.
        given().header("Authorization", EDITOR).queryParam("unit", "20-UBND").queryParam("role", "COORDINATOR").get("/api/v1/tasks")
                .then().statusCode(200).body("items.id", hasItem(task));
        given().header("Authorization", EDITOR).queryParam("unit", "20-SLDTBXH").queryParam("overdue", true).queryParam("at", "2023-07-01")
                .get("/api/v1/tasks").then().statusCode(200).body("items.id", hasItem(task)).body("items.number", not(hasItem("III.3")));

        // The lead unit reports progress as of a day; once done it is no longer overdue from that day, and was before it.
        String reporter = TestTokens.bearer("REPORTER", "20-SLDTBXH");
        given().header("Authorization", TestTokens.bearer("REPORTER", "12")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"status\":\"DONE\",\"progressPercent\":100}").put("/api/v1/plans/" + plan + "/tasks/" + task + "/progress")
                .then().statusCode(403);
        given().header("Authorization", reporter).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"status\":\"DONE\",\"progressPercent\":50}").put("/api/v1/plans/" + plan + "/tasks/" + task + "/progress")
                .then().statusCode(422);
        given().header("Authorization", reporter).contentType(ContentType.JSON)
                .body("{\"status\":\"DONE\",\"progressPercent\":100}").put("/api/v1/plans/" + plan + "/tasks/" + task + "/progress")
                .then().statusCode(428);
        for (String bad : List.of("{\"status\":\"FINISHED\",\"progressPercent\":100}", "{\"status\":\"DONE\",\"progressPercent\":101}",
                "{\"status\":\"DONE\",\"progressPercent\":\"all\"}", "{\"progressPercent\":10}")) {
            given().header("Authorization", reporter).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(bad)
                    .put("/api/v1/plans/" + plan + "/tasks/" + task + "/progress").then().statusCode(400).contentType(equalTo("application/problem+json"));
        }
        given().header("Authorization", reporter).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"status\":\"IN_PROGRESS\",\"progressPercent\":50,\"asOf\":\"2023-05-01\"}").put("/api/v1/plans/" + plan + "/tasks/" + task + "/progress")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("closedOn", equalTo(null)).header("ETag", "\"1\"");
        // Progress is as of a day: not a future one, and not before what was already reported.
        for (String asOf : List.of("2023-04-30", java.time.LocalDate.now().plusDays(2).toString())) {
            given().header("Authorization", reporter).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                    .body("{\"status\":\"DONE\",\"progressPercent\":100,\"asOf\":\"" + asOf + "\"}")
                    .put("/api/v1/plans/" + plan + "/tasks/" + task + "/progress").then().statusCode(422).body("errors[0].field", equalTo("asOf"));
        }
        // Done on 15 August 2023, reported later: overdue in July, not after.
        given().header("Authorization", reporter).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"status\":\"DONE\",\"progressPercent\":100,\"asOf\":\"2023-08-15\"}").put("/api/v1/plans/" + plan + "/tasks/" + task + "/progress")
                .then().statusCode(200).body("status", equalTo("DONE")).body("closedOn", equalTo("2023-08-15")).header("ETag", "\"2\"");
        given().header("Authorization", EDITOR).queryParam("unit", "20-SLDTBXH").queryParam("overdue", true).queryParam("at", "2023-07-01")
                .get("/api/v1/tasks").then().body("items.id", hasItem(task));
        given().header("Authorization", EDITOR).queryParam("at", "2023-07-01").get("/api/v1/plans/" + plan + "/tasks")
                .then().body("find { it.number == 'III.1' }.overdue", equalTo(true));
        given().header("Authorization", EDITOR).queryParam("unit", "20-SLDTBXH").queryParam("overdue", true).queryParam("at", "2023-09-01")
                .get("/api/v1/tasks").then().body("items.id", not(hasItem(task)));
        given().header("Authorization", EDITOR).get("/api/v1/plans/" + plan + "/tasks/" + task + "/progress").then().statusCode(200)
                .body("asOf", equalTo(List.of("2023-05-01", "2023-08-15"))).body("status", equalTo(List.of("IN_PROGRESS", "DONE")))
                .body("reportedBy", hasItem(org.hamcrest.Matchers.notNullValue()));

        var events = TestEvents.await(Topic.PLAN_EVENTS.topicName(),
                e -> plan.equals(e.subject()) && "ct20.plan.task-changed.v1".equals(e.type()), 9, Duration.ofSeconds(30));
        assertEquals("DONE", events.get(events.size() - 1).data().get("status").asText());
        assertEquals("2023-08-15", events.get(events.size() - 1).data().get("closedOn").asText());

        // Reopened on 10 January 2024: it was done in September 2023, and is overdue again from the reopening.
        given().header("Authorization", reporter).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body("{\"status\":\"IN_PROGRESS\",\"progressPercent\":80,\"asOf\":\"2024-01-10\"}")
                .put("/api/v1/plans/" + plan + "/tasks/" + task + "/progress").then().statusCode(200).body("closedOn", equalTo(null));
        given().header("Authorization", EDITOR).queryParam("at", "2023-09-01").get("/api/v1/plans/" + plan + "/tasks")
                .then().body("find { it.number == 'III.1' }.overdue", equalTo(false));
        given().header("Authorization", EDITOR).queryParam("unit", "20-SLDTBXH").queryParam("overdue", true).queryParam("at", "2023-09-01")
                .get("/api/v1/tasks").then().body("items.id", not(hasItem(task)));
        given().header("Authorization", EDITOR).queryParam("unit", "20-SLDTBXH").queryParam("overdue", true).queryParam("at", "2024-02-01")
                .get("/api/v1/tasks").then().body("items.id", hasItem(task)).body("items.find { it.id == '" + task + "' }.overdue", equalTo(true));
    }

    @Test
    void theLangSonAndKonTumAssignmentsAreLoadedAsWritten() {
        String langSon = TestTokens.bearer("VIEWER", "20");
        given().header("Authorization", langSon).get("/api/v1/plans/" + SourcePlans.idOf("lang-son-ubnd") + "/tasks")
                .then().statusCode(200).body("size()", equalTo(75))
                // "Đài Phát thanh và Truyền hình tỉnh, Báo Lạng Sơn: Chủ trì, phối hợp với Sở LĐTBXH": two leads, one coordinator
                .body("find { it.number == 'V.13' }.leadUnitCode", equalTo("20-DPTTH"))
                .body("find { it.number == 'V.13' }.coLeadUnitCodes", equalTo(java.util.List.of("20-BLS")))
                .body("find { it.number == 'V.13' }.coordinatingUnitCodes", equalTo(java.util.List.of("20-SLDTBXH")))
                .body("find { it.number == 'V.15.a' }.leadUnitKind", equalTo("DISTRICT"))
                // "Xây dựng kế hoạch … giai đoạn 2023 - 2025" is given no date in the document, so none is recorded
                .body("find { it.number == 'V.15.a' }.deadline", equalTo(null))
                .body("number[53..56]", equalTo(java.util.List.of("V.9.d", "V.9.e", "V.10", "V.10.a")));
        given().header("Authorization", langSon).queryParam("unit", "20-CA").queryParam("role", "LEAD").get("/api/v1/tasks")
                .then().statusCode(200).body("total", equalTo(6)).body("items.number", hasItems("V.9.a", "V.9.e", "V.16.a"));
        // Each district leads section V.15 of the provincial plan
        given().header("Authorization", langSon).queryParam("unit", "180").queryParam("role", "LEAD").queryParam("size", 50)
                .get("/api/v1/tasks").then().statusCode(200).body("items.number", hasItems("V.15.a", "V.15.e"));

        String konTum = TestTokens.bearer("VIEWER", "62");
        // Đắk Glei's district party committee shares the leadership of section II and is among the party committees of III.1
        given().header("Authorization", konTum).queryParam("unit", "610-HU").queryParam("size", 50).queryParam("at", "2023-07-01")
                .get("/api/v1/tasks").then().statusCode(200)
                .body("items.number", hasItems("II.1.b", "II.3.e", "III.1")).body("items.number", not(hasItem("II.1.a")));
        given().header("Authorization", konTum).queryParam("unit", "62-BTG").queryParam("overdue", true).queryParam("at", "2023-07-01")
                .get("/api/v1/tasks").then().statusCode(200).body("items.number", equalTo(java.util.List.of("II.1.a")))
                .body("items[0].deadlineLabel", equalTo("Q2-2023"));
    }

    @Test
    void badTasksAreRefusedAndChangeNothing() {
        String plan = draftPlan("KH thử nhiệm vụ sai");
        add(plan, "{\"number\":\"1\",\"title\":\"Đã có\",\"leadUnitCode\":\"20-UBND\",\"deadline\":{\"kind\":\"YEAR\",\"year\":2025}}").then().statusCode(201);
        long before = tasks();
        String task = "{\"number\":\"2\",\"title\":\"Nhiệm vụ\",\"leadUnitCode\":\"20-UBND\",\"deadline\":%s}";
        add(plan, task.formatted("{\"kind\":\"QUARTER\",\"year\":2023}")).then().statusCode(422).body("errors[0].field", equalTo("deadline.quarter"));
        add(plan, task.formatted("{\"kind\":\"DATE\",\"date\":\"2023-09-30\",\"year\":2023}")).then().statusCode(422)
                .body("errors[0].field", equalTo("deadline.year"));
        add(plan, task.formatted("{\"kind\":\"QUARTER\",\"year\":2023,\"quarter\":5}")).then().statusCode(400);
        add(plan, task.formatted("\"Q2-2023\"")).then().statusCode(400).body("errors[0].field", equalTo("deadline"));
        add(plan, task.formatted("{\"kind\":\"SOMEDAY\"}")).then().statusCode(400);
        add(plan, task.formatted("{\"kind\":\"DATE\"}")).then().statusCode(422).body("errors[0].field", equalTo("deadline.date"));
        add(plan, task.formatted("{\"kind\":\"ONGOING\"}").replace("20-UBND", "12-UBND")).then().statusCode(422)
                .body("errors[0].field", equalTo("leadUnitCode"));
        add(plan, "{\"number\":\"2\",\"title\":\"Đồng chủ trì mà không có chủ trì\",\"coLeadUnitCodes\":[\"20-UBND\"]}").then().statusCode(422)
                .body("errors[0].field", equalTo("coLeadUnitCodes"));
        add(plan, "{\"number\":\"2\",\"title\":\"Hai chủ trì\",\"leadUnitCode\":\"20-UBND\",\"leadUnitKind\":\"DISTRICT\"}").then().statusCode(422)
                .body("errors[0].field", equalTo("leadUnitCode"));
        add(plan, "{\"number\":\"II\",\"title\":\"Mục\",\"section\":true,\"leadUnitCode\":\"20-UBND\"}").then().statusCode(422);
        add(plan, task.formatted("{\"kind\":\"ONGOING\"}").replace("\"number\":\"2\"", "\"number\":\"1\"")).then().statusCode(409);
        add(plan, task.formatted("{\"kind\":\"ONGOING\"}").replace("\"number\":\"2\"", "\"number\":\"III..2\"")).then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("PLAN_EDITOR", "12")).contentType(ContentType.JSON)
                .body(task.formatted("{\"kind\":\"ONGOING\"}")).post("/api/v1/plans/" + plan + "/tasks").then().statusCode(404);
        given().header("Authorization", EDITOR).queryParam("unit", "hà nội").get("/api/v1/tasks").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("VIEWER", "20")).queryParam("unit", "12-UBND").get("/api/v1/tasks").then().statusCode(403);
        assertEquals(before, tasks(), "nothing was stored");
    }

    @Test
    void aTaskLedByEveryDistrictIsAmongEachDistrictsTasks() {
        String plan = draftPlan("KH thử nhiệm vụ tập thể");
        String task = add(plan, """
                {"number":"V.15","title":"UBND huyện, thành phố: xây dựng kế hoạch triển khai trên địa bàn","leadUnitKind":"DISTRICT",
                 "coordinatingUnitCodes":["20-SLDTBXH"],"deadline":{"kind":"ONGOING"}}""")
                .then().statusCode(201).body("leadUnitKind", equalTo("DISTRICT")).body("leadUnitCode", equalTo(null)).extract().path("id");
        // Tràng Định (180) is a district of Lạng Sơn; Phong Thổ (109) is a district of Lai Châu.
        given().header("Authorization", TestTokens.bearer("VIEWER", "180")).queryParam("unit", "180").queryParam("role", "LEAD")
                .get("/api/v1/tasks").then().statusCode(200).body("items.id", hasItem(task));
        given().header("Authorization", TestTokens.bearer("VIEWER", "12")).queryParam("unit", "109").get("/api/v1/tasks")
                .then().statusCode(200).body("items.id", not(hasItem(task)));
        // Not both a named lead and a lead kind; and the area's editor follows a collective task's progress.
        add(plan, """
                {"number":"V.16","title":"Hai chủ trì","leadUnitCode":"20-UBND","leadUnitKind":"DISTRICT","deadline":{"kind":"ONGOING"}}""")
                .then().statusCode(422).body("errors[0].field", equalTo("leadUnitCode"));
        given().header("Authorization", EDITOR).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"status\":\"IN_PROGRESS\",\"progressPercent\":30}").put("/api/v1/plans/" + plan + "/tasks/" + task + "/progress")
                .then().statusCode(200);
    }

    @Test
    void aDistrictLevelPlanMayInvolveItsNeighboursButNotAnotherProvince() {
        String admin = TestTokens.bearer("SYSTEM_ADMIN", "VN");
        String duyenHai = SourcePlans.idOf("103/KH-UBND").toString(); // town 851 in Trà Vinh (84)
        String task = "{\"number\":\"T.%s\",\"title\":\"Hướng dẫn hồ sơ vay vốn\",\"leadUnitCode\":\"%s\","
                + "\"deadline\":{\"kind\":\"ONGOING\"},\"amendmentReason\":\"Thử phạm vi đơn vị\"}";
        given().header("Authorization", admin).contentType(ContentType.JSON).body(task.formatted("1", "850"))
                .post("/api/v1/plans/" + duyenHai + "/tasks").then().statusCode(201);
        given().header("Authorization", admin).contentType(ContentType.JSON).body(task.formatted("2", "109"))
                .post("/api/v1/plans/" + duyenHai + "/tasks").then().statusCode(422).body("errors[0].field", equalTo("leadUnitCode"));
    }

    @Test
    void anIssuedPlanGetsNewTasksOnlyByAmendment() {
        String plan = draftPlan("KH thử sửa đổi nhiệm vụ");
        given().header("Authorization", EDITOR).header("If-Match", "\"0\"").post("/api/v1/plans/" + plan + "/issue").then().statusCode(200);
        String task = "{\"number\":\"1\",\"title\":\"Nhiệm vụ bổ sung\",\"leadUnitCode\":\"20-UBND\",\"deadline\":{\"kind\":\"ONGOING\"}%s}";
        add(plan, task.formatted("")).then().statusCode(409);
        add(plan, task.formatted(",\"amendmentReason\":\"Bổ sung nhiệm vụ theo Kế hoạch 103-KH/TU\"")).then().statusCode(201);
        given().header("Authorization", EDITOR).get("/api/v1/plans/" + plan).then().body("status", equalTo("AMENDED"));
        given().header("Authorization", EDITOR).get("/api/v1/plans/" + plan + "/versions").then().body("[0].reason",
                equalTo("Bổ sung nhiệm vụ theo Kế hoạch 103-KH/TU"));
    }

    private Response add(String plan, String body) {
        return given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + plan + "/tasks");
    }

    private String draftPlan(String title) {
        return given().header("Authorization", EDITOR).contentType(ContentType.JSON)
                .body("{\"kind\":\"PLAN\",\"title\":\"" + title + "\",\"issuingUnitCode\":\"20-UBND\",\"areaUnitCode\":\"20\",\"parentIds\":[\""
                        + SourcePlans.idOf("lang-son-ubnd") + "\"]}")
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    private long tasks() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM plan_task").getSingleResult()).longValue();
    }
}
