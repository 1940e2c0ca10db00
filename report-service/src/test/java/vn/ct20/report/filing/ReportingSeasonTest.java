package vn.ct20.report.filing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;
import vn.ct20.events.EventType;
import vn.ct20.events.Topic;
import vn.ct20.events.plan.PlanChangedV1;
import vn.ct20.events.plan.ReportingRegimeChangedV1;
import vn.ct20.events.plan.TaskChangedV1;
import vn.ct20.events.unit.UnitChangedV1;
import vn.ct20.report.obligation.ObligationPlanner;
import vn.ct20.report.obligation.ReportReminders;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;
import vn.ct20.testkit.TestUnits;

/**
 * A reporting season of a Lạng Sơn-like plan (half-yearly due 20/6, yearly due 21/12, departments
 * and districts report to Sở LĐTBXH), and a Phong Thổ-like yearly regime across the 2025 merges.
 * Plans and units arrive as plan-service events through the real broker.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class ReportingSeasonTest {
    static final UUID PLAN = UUID.randomUUID();
    static final UUID HALF_YEAR = UUID.randomUUID();
    static final UUID YEAR = UUID.randomUUID();
    static final UUID TASK = UUID.randomUUID();
    static final UUID PHONG_THO_PLAN = UUID.randomUUID();
    static final UUID PHONG_THO_REGIME = UUID.randomUUID();
    static final LocalDate MERGED = LocalDate.of(2025, 6, 30);

    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");
    static final String CONSOLIDATOR = TestTokens.bearer("CONSOLIDATOR", "20-SLDTBXH");

    @Inject
    ObligationPlanner planner;

    @Inject
    ReportReminders reminders;

    @BeforeAll
    static void plansAndUnitsArrive() {
        unit("VN", "Việt Nam", "COUNTRY", null);
        unit("20", "Tỉnh Lạng Sơn", "PROVINCE", "VN");
        unit("178", "Thành phố Lạng Sơn", "DISTRICT", "20");
        unit("180", "Huyện Tràng Định", "DISTRICT", "20");
        unit("181", "Huyện Bình Gia", "DISTRICT", "20");
        unit("20-SLDTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn", "DEPARTMENT", "20");
        unit("20-STC", "Sở Tài chính tỉnh Lạng Sơn", "DEPARTMENT", "20");
        unit("20-CA", "Công an tỉnh Lạng Sơn", "POLICE", "20");
        unit("20-BDBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn", "BORDER_GUARD", "20");
        unit("12", "Tỉnh Lai Châu", "PROVINCE", "VN");
        // Phong Thổ and two of its communes ceased on 2025-06-30; one commune went whole into a new one.
        TestUnits.send(TestUnits.event(new UnitChangedV1("109", "Huyện Phong Thổ", "DISTRICT", "12", TestUnits.FROM, MERGED, null, 0)));
        TestUnits.send(TestUnits.event(new UnitChangedV1("03549", "Xã Mù Sang", "COMMUNE", "109", TestUnits.FROM, MERGED, "93001", 0)));
        TestUnits.send(TestUnits.event(new UnitChangedV1("03550", "Xã Vàng Ma Chải", "COMMUNE", "109", TestUnits.FROM, MERGED, null, 0)));
        TestUnits.send(TestUnits.event(new UnitChangedV1("93001", "Xã Phong Thổ", "COMMUNE", "12", MERGED.plusDays(1), null, null, 0)));
        TestUnits.awaitReplica("93001");
        TestUnits.awaitReplica("20-CA");

        plan(PLAN, "20", 2024, 2024);
        regime(PLAN, HALF_YEAR, "20", "FIRST_HALF_YEAR", 20, 6, "20-SLDTBXH", List.of("DEPARTMENT", "DISTRICT"));
        regime(PLAN, YEAR, "20", "YEARLY", 21, 12, "20-SLDTBXH", List.of("DEPARTMENT", "DISTRICT"));
        send(PLAN, EventType.TASK_CHANGED_V1, new TaskChangedV1(TASK, PLAN, null, "V.15.b", "Tăng cường tuyên truyền", false, null,
                "DISTRICT", List.of(), "ONGOING", "ONGOING", null, null, "IN_PROGRESS", 0, List.of(), null, List.of(), List.of()));
        plan(PHONG_THO_PLAN, "109", 2024, 2025);
        regime(PHONG_THO_PLAN, PHONG_THO_REGIME, "109", "YEARLY", 5, 12, "109-PLDTBXH", List.of("COMMUNE"));
        awaitRow("SELECT 1 FROM regime_replica WHERE regime_id = ?", PHONG_THO_REGIME);
        awaitRow("SELECT 1 FROM regime_replica WHERE regime_id = ?", YEAR);
        awaitRow("SELECT 1 FROM task_replica WHERE task_id = ?", TASK);
    }

    @Test
    void theRegimesYieldObligationsThatFollowTheUnits() {
        planner.plan(LocalDate.of(2026, 11, 22));
        given().header("Authorization", CONSOLIDATOR).queryParam("planId", PLAN).queryParam("period", "2024S1").get("/api/v1/obligations")
                .then().statusCode(200).body("total", equalTo(4))
                .body("items.unitCode", equalTo(List.of("178", "180", "181", "20-STC")))
                .body("items.dueDate", everyItem(equalTo("2024-06-20")))
                .body("items[0].cutOffFrom", equalTo("2023-12-15")).body("items[0].cutOffTo", equalTo("2024-06-14"));
        given().header("Authorization", CONSOLIDATOR).queryParam("planId", PLAN).queryParam("period", "2024").get("/api/v1/obligations")
                .then().statusCode(200).body("total", equalTo(4)).body("items.dueDate", everyItem(equalTo("2024-12-21")));

        String laiChau = TestTokens.bearer("VIEWER", "12");
        given().header("Authorization", laiChau).queryParam("planId", PHONG_THO_PLAN).queryParam("period", "2024").get("/api/v1/obligations")
                .then().statusCode(200).body("items.unitCode", equalTo(List.of("03549", "03550")))
                .body("items.dueDate", everyItem(equalTo("2024-12-05")));
        // 2025: the communes had ceased by 5 December; Mù Sang's successor reports for it, Vàng Ma Chải's obligation lapses.
        given().header("Authorization", laiChau).queryParam("planId", PHONG_THO_PLAN).queryParam("period", "2025").get("/api/v1/obligations")
                .then().statusCode(200).body("items.unitCode", equalTo(List.of("93001")))
                .body("items[0].inheritedFromUnitCode", equalTo("03549"));

        // Planning again changes nothing.
        int[] again = planner.plan(LocalDate.of(2026, 11, 22));
        assertEquals(0, again[0] + again[1]);
        // Another province sees none of Lạng Sơn's obligations.
        given().header("Authorization", laiChau).queryParam("planId", PLAN).get("/api/v1/obligations").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", laiChau).queryParam("consolidatingUnit", "20-SLDTBXH").queryParam("period", "2024S1")
                .get("/api/v1/timeliness").then().statusCode(403).contentType(equalTo("application/problem+json"));
    }

    /** "Các sở, ban, ngành, đoàn thể … báo cáo": the bodies the plan assigns tasks to report, whatever their kind; "định kỳ" alone plans nothing. */
    @Test
    void everyBodyAssignedATaskReportsWhenTheRegimeSaysSo() {
        UUID plan = UUID.randomUUID();
        UUID regime = UUID.randomUUID();
        UUID unspecified = UUID.randomUUID();
        plan(plan, "20", 2024, 2024);
        send(plan, EventType.TASK_CHANGED_V1, new TaskChangedV1(UUID.randomUUID(), plan, null, "1", "Bảo đảm an ninh", false, "20-CA", null,
                List.of(), "ONGOING", "ONGOING", null, null, "NOT_STARTED", 0, List.of("20-STC"), null, List.of(), List.of()));
        send(plan, EventType.TASK_CHANGED_V1, new TaskChangedV1(UUID.randomUUID(), plan, null, "2", "Tuyên truyền ở cơ sở", false, null,
                "DISTRICT", List.of("20-SLDTBXH"), "ONGOING", "ONGOING", null, null, "NOT_STARTED", 0, List.of(), null, List.of("BORDER_GUARD"), List.of()));
        send(plan, EventType.REPORTING_REGIME_CHANGED_V1, new ReportingRegimeChangedV1(regime, plan, "20", "YEARLY", 21, 12, "20-SLDTBXH",
                List.of(), List.of(), "DECREE_09", "Các cơ quan được giao nhiệm vụ báo cáo hằng năm", false, true, false));
        send(plan, EventType.REPORTING_REGIME_CHANGED_V1, new ReportingRegimeChangedV1(unspecified, plan, "20", "UNSPECIFIED", null, null,
                "20-SLDTBXH", List.of(), List.of("DEPARTMENT"), "DECREE_09", "Định kỳ báo cáo kết quả thực hiện", false, false, false));
        awaitRow("SELECT 1 FROM regime_replica WHERE regime_id = ?", unspecified);
        awaitRow("SELECT 1 FROM task_replica WHERE plan_id = ? AND lead_unit_kind = 'DISTRICT'", plan);
        TestUnits.awaitReplica("20-BDBP");
        planner.plan(LocalDate.of(2026, 11, 22));
        // Police and the finance department lead a task; every district, and the border guard beside them, the other;
        // the coordinator and the consolidator do not report.
        given().header("Authorization", CONSOLIDATOR).queryParam("planId", plan).queryParam("period", "2024").get("/api/v1/obligations")
                .then().statusCode(200).body("items.unitCode", equalTo(List.of("178", "180", "181", "20-BDBP", "20-CA", "20-STC")))
                .body("items.dueDate", everyItem(equalTo("2024-12-21")));
        given().header("Authorization", CONSOLIDATOR).queryParam("planId", plan).get("/api/v1/obligations")
                .then().statusCode(200).body("items.regimeId", everyItem(equalTo(regime.toString())));
    }

    /**
     * Circular 01/2020: each bank body reports every quarter to the labour authority of its own territory — a
     * transaction office to its district's labour office, a branch to the province's department — by a day of the
     * month after the quarter, with figures from 1 January; a body whose territory has no labour authority owes none.
     */
    @Test
    void theBanksQuarterlyReportsGoToTheLabourAuthorityOfTheirOwnTerritory() {
        UUID plan = UUID.randomUUID();
        UUID regime = UUID.randomUUID();
        unit("20-NHCSXH", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lạng Sơn", "VBSP_BRANCH", "20");
        unit("180-NHCSXH", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Tràng Định", "VBSP_OFFICE", "180");
        unit("180-PLDTBXH", "Phòng Lao động - Thương binh và Xã hội huyện Tràng Định", "LABOUR_OFFICE", "180");
        unit("181-NHCSXH", "Phòng giao dịch Ngân hàng Chính sách xã hội huyện Bình Gia", "VBSP_OFFICE", "181");
        // From 2024 only, so that the consolidations of 2022–2023 other tests judge commune by commune do not meet it.
        TestUnits.send(TestUnits.event(new UnitChangedV1("T1801", "Xã thử nghiệm Tràng Định", "COMMUNE", "180", LocalDate.of(2024, 1, 1), null,
                null, 0)));
        TestUnits.awaitReplica("181-NHCSXH");
        TestUnits.awaitReplica("T1801");
        // A loan to a worker of Tràng Định, disbursed on 1 February 2024: 30,000,000 VND for Korea.
        UUID loan = UUID.randomUUID();
        TestEvents.send(Topic.LOAN_EVENTS.topicName(), loan.toString(), TestEvents.toJson(vn.ct20.events.EventEnvelope.of(UUID.randomUUID(),
                EventType.LOAN_DISBURSED_V1.type(), "/ct20/loan-service", loan.toString(), java.time.OffsetDateTime.now(),
                vn.ct20.events.EventJson.mapper().valueToTree(new vn.ct20.events.loan.LoanEventV1(loan, "OVERSEAS_WORK", "POOR", "T1801", "180",
                        "20", "KR", UUID.randomUUID(), "ACTIVE", LocalDate.of(2024, 2, 1), 30_000_000L, null, null, null, 30_000_000L, 0, 0, null)))));
        awaitRow("SELECT 1 FROM loan_movement WHERE loan_id = ?", loan);
        plan(plan, "20", 2024, 2024);
        send(plan, EventType.REPORTING_REGIME_CHANGED_V1, new ReportingRegimeChangedV1(regime, plan, "20", "QUARTERLY", 10, null, null,
                List.of(), List.of("VBSP_BRANCH", "VBSP_OFFICE"), "YEAR_TO_DATE", "Thông tư 01/2020/TT-BLĐTBXH, Điều 4", false, false, true));
        awaitRow("SELECT 1 FROM regime_replica WHERE regime_id = ?", regime);
        planner.plan(LocalDate.of(2026, 11, 22));
        String viewer = TestTokens.bearer("VIEWER", "20");
        given().header("Authorization", viewer).queryParam("planId", plan).queryParam("period", "2024Q1").queryParam("sort", "unitCode")
                .get("/api/v1/obligations").then().statusCode(200)
                .body("items.unitCode", equalTo(List.of("180-NHCSXH", "20-NHCSXH")))
                .body("items.consolidatingUnitCode", equalTo(List.of("180-PLDTBXH", "20-SLDTBXH")))
                .body("items.dueDate", everyItem(equalTo("2024-04-10")))
                .body("items.cutOffFrom", everyItem(equalTo("2024-01-01"))).body("items.cutOffTo", everyItem(equalTo("2024-03-31")));
        given().header("Authorization", viewer).queryParam("planId", plan).queryParam("period", "2024Q4").get("/api/v1/obligations")
                .then().statusCode(200).body("items.dueDate", everyItem(equalTo("2025-01-10")))
                .body("items.cutOffTo", everyItem(equalTo("2024-12-31"))).body("total", equalTo(2));
        // Late like any report: the district labour office sees the office's report missing after 10 April.
        given().header("Authorization", TestTokens.bearer("CONSOLIDATOR", "180-PLDTBXH")).queryParam("consolidatingUnit", "180-PLDTBXH")
                .queryParam("period", "2024Q1").queryParam("at", "2024-04-11").get("/api/v1/timeliness").then().statusCode(200)
                .body("expected", equalTo(1)).body("overdue", equalTo(1))
                .body("units.find { it.unitCode == '180-NHCSXH' }.timeliness", equalTo("OVERDUE"));

        // The office starts its report from the loan figures report-service holds for Tràng Định, reviews it and submits it.
        String office = given().header("Authorization", viewer).queryParam("planId", plan).queryParam("period", "2024Q1")
                .queryParam("unit", "180-NHCSXH").get("/api/v1/obligations").then().statusCode(200).extract().path("items[0].id");
        String fromFigures = "{\"obligationId\":\"" + office + "\"}";
        given().header("Authorization", TestTokens.bearer("REPORTER", "181-NHCSXH")).contentType(ContentType.JSON).body(fromFigures)
                .post("/api/v1/reports/from-loan-figures").then().statusCode(404);
        String district = given().header("Authorization", CONSOLIDATOR).queryParam("planId", PLAN).queryParam("period", "2024")
                .queryParam("unit", "178").get("/api/v1/obligations").then().statusCode(200).extract().path("items[0].id");
        given().header("Authorization", TestTokens.bearer("REPORTER", "178")).contentType(ContentType.JSON)
                .body("{\"obligationId\":\"" + district + "\"}").post("/api/v1/reports/from-loan-figures").then().statusCode(422)
                .contentType(equalTo("application/problem+json"));
        String bankReporter = TestTokens.bearer("REPORTER", "180-NHCSXH");
        String report = given().header("Authorization", bankReporter).contentType(ContentType.JSON).body(fromFigures)
                .post("/api/v1/reports/from-loan-figures").then().statusCode(201)
                .body("content.values.find { it.indicatorCode == 'LOANS_DISBURSED' && it.breakdown == null }.value", equalTo(30_000_000))
                .body("content.values.find { it.indicatorCode == 'LOANS_DISBURSED' && it.breakdown?.market == 'KR' }.value", equalTo(30_000_000))
                .body("content.values.find { it.indicatorCode == 'BORROWERS' && it.breakdown == null }.value", equalTo(1))
                .body("content.values.find { it.indicatorCode == 'LOANS_OUTSTANDING' && it.breakdown == null }.value", equalTo(30_000_000))
                .body("content.values.find { it.indicatorCode == 'LOANS_OVERDUE' && it.breakdown == null }.value", equalTo(0))
                .extract().path("id");
        given().header("Authorization", bankReporter).contentType(ContentType.JSON).body(fromFigures)
                .post("/api/v1/reports/from-loan-figures").then().statusCode(409);
        given().header("Authorization", bankReporter).header("Idempotency-Key", "submit-" + report).post("/api/v1/reports/" + report + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aSeasonOfDistrictReportsIsFiledReviewedAndMeasured() {
        planner.plan(LocalDate.of(2026, 11, 22));
        Map<String, String> obligations = obligationsOf("2024S1");

        // 18 June 2024: Thành phố Lạng Sơn and Sở Tài chính file on time.
        businessDate("2024-06-18");
        String city = create("178", obligations.get("178"), """
                {"taskProgress":[{"taskId":"%s","status":"IN_PROGRESS","narrative":"Tổ chức 12 hội nghị tư vấn tại các phường, xã."}],
                 "values":[{"indicatorCode":"WORKERS_SENT","value":120},
                           {"indicatorCode":"WORKERS_SENT","breakdown":{"market":"CN-GX-CHONGZUO"},"value":95},
                           {"indicatorCode":"WORKERS_SENT","breakdown":{"market":"JP"},"value":25},
                           {"indicatorCode":"WORKERS_SENT","breakdown":{"market":"JP","sex":"FEMALE"},"value":10},
                           {"indicatorCode":"WORKERS_SENT","breakdown":{"market":"JP","sex":"MALE"},"value":15}],
                 "difficulties":"Lao động chưa đáp ứng yêu cầu ngoại ngữ."}""".formatted(TASK));
        String key = UUID.randomUUID().toString();
        submit("178", city, key).then().statusCode(200).body("status", equalTo("SUBMITTED")).body("firstSubmittedOn", equalTo("2024-06-18"))
                .body("timeliness", equalTo("ON_TIME"));
        // A retry with the same key returns the first result and submits nothing more.
        submit("178", city, key).then().statusCode(200).header("Idempotent-Replayed", "true").body("status", equalTo("SUBMITTED"));
        // The key is the city's: another district's reporter, or a viewer of the city, sending it gets no report of the city.
        submit("180", city, key).then().statusCode(404).body(org.hamcrest.Matchers.not(containsString("Tổ chức 12 hội nghị")));
        given().header("Authorization", TestTokens.bearer("VIEWER", "178")).header("Idempotency-Key", key)
                .post("/api/v1/reports/" + city + "/submit").then().statusCode(403);
        // The submission's audit record, for an auditor.
        given().header("Authorization", TestTokens.bearer("AUDITOR", "VN")).queryParam("targetId", city).get("/api/v1/audit/report").then()
                .statusCode(200).body("items.operation", equalTo(List.of("report.submit", "report.create")))
                .body("items[0].unitCode", equalTo("178")).body("items[0].before.status", equalTo("DRAFT"))
                .body("items[0].after.status", equalTo("SUBMITTED"));
        String finance = create("20-STC", obligations.get("20-STC"), "{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":0}]}");
        submit("20-STC", finance, UUID.randomUUID().toString()).then().statusCode(200);

        // 25 June: Tràng Định files late; Bình Gia has not filed.
        businessDate("2024-06-25");
        String trangDinh = create("180", obligations.get("180"), "{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":40}]}");
        submit("180", trangDinh, UUID.randomUUID().toString()).then().statusCode(200).body("timeliness", equalTo("LATE"));

        // The consolidating unit accepts the city's report and returns Tràng Định's with a reason.
        accept(city).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        given().header("Authorization", CONSOLIDATOR).header("If-Match", etag(trangDinh)).contentType(ContentType.JSON)
                .body("{\"reason\":\"Chưa báo cáo số lao động theo thị trường; đề nghị bổ sung.\"}").post("/api/v1/reports/" + trangDinh + "/return")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("reviewReason", containsString("thị trường"));
        // Tràng Định revises (revision 2) and submits again; the first submission still dates it.
        given().header("Authorization", reporter("180")).header("If-Match", etag(trangDinh)).contentType(ContentType.JSON)
                .body("{\"content\":{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":40},"
                        + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"KR\"},\"value\":40}]}}")
                .put("/api/v1/reports/" + trangDinh).then().statusCode(200).body("revision", equalTo(2)).body("status", equalTo("DRAFT"));
        submit("180", trangDinh, UUID.randomUUID().toString()).then().statusCode(200).body("firstSubmittedOn", equalTo("2024-06-25"));
        given().header("Authorization", reporter("180")).get("/api/v1/reports/" + trangDinh + "/revisions").then().statusCode(200)
                .body("revision", equalTo(List.of(1, 2))).body("status", equalTo(List.of("RETURNED", "SUBMITTED")))
                .body("[0].content.values", hasSize(1)).body("[1].content.values", hasSize(2));

        // The province's consolidated half-year so far: the accepted city report, with its breakdowns (Tràng Định's was returned).
        given().header("Authorization", CONSOLIDATOR).get("/api/v1/consolidations/20/2024S1").then().statusCode(200)
                .body("countedUnits", hasItem("178")).body("countedUnits", org.hamcrest.Matchers.not(hasItem("180")))
                .body("values.find { it.breakdown == null }.value", equalTo(120))
                .body("values.find { it.breakdown != null && it.breakdown.market == 'CN-GX-CHONGZUO' }.value", equalTo(95))
                .body("values.find { it.breakdown != null && it.breakdown.market == 'JP' && it.breakdown.sex == 'FEMALE' }.value", equalTo(10))
                .body("taskProgress.find { it.unitCode == '178' }.number", equalTo("V.15.b"));

        // An accepted report is locked; the consolidating unit may reopen it with a reason.
        given().header("Authorization", reporter("178")).header("If-Match", etag(city)).contentType(ContentType.JSON)
                .body("{\"content\":{\"values\":[]}}").put("/api/v1/reports/" + city).then().statusCode(409).contentType(equalTo("application/problem+json"));

        given().header("Authorization", CONSOLIDATOR).queryParam("consolidatingUnit", "20-SLDTBXH").queryParam("period", "2024S1")
                .queryParam("planId", PLAN).queryParam("at", "2024-06-25").get("/api/v1/timeliness").then().statusCode(200)
                .body("expected", equalTo(4)).body("submitted", equalTo(3)).body("onTime", equalTo(2)).body("late", equalTo(1))
                .body("overdue", equalTo(1)).body("pending", equalTo(0))
                .body("units.find { it.unitCode == '181' }.timeliness", equalTo("OVERDUE"))
                .body("units.find { it.unitCode == '178' }.reportStatus", equalTo("ACCEPTED"));
        // The timeliness matrix, as JSON and as the XLSX a province office opens.
        given().header("Authorization", CONSOLIDATOR).queryParam("consolidatingUnit", "20-SLDTBXH").queryParam("year", 2024)
                .queryParam("planId", PLAN).queryParam("at", "2024-06-25").get("/api/v1/timeliness/matrix").then().statusCode(200)
                .body("periods", equalTo(List.of("2024S1", "2024"))).body("rows", hasSize(4))
                .body("rows.find { it.unitCode == '181' }.cells.2024S1", equalTo("OVERDUE"))
                .body("rows.find { it.unitCode == '181' }.cells.2024", equalTo("PENDING"));
        byte[] xlsx = given().header("Authorization", CONSOLIDATOR).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("consolidatingUnit", "20-SLDTBXH").queryParam("year", 2024).queryParam("planId", PLAN).queryParam("at", "2024-06-25")
                .get("/api/v1/timeliness/matrix").then().statusCode(200)
                .header("Content-Disposition", containsString("tinh-hinh-nop-bao-cao-20-SLDTBXH-2024.xlsx")).extract().asByteArray();
        List<List<String>> sheet = vn.ct20.testkit.Workbooks.text(xlsx, "Biểu số 01");
        assertTrue(sheet.contains(List.of("STT", "Đơn vị báo cáo", "6 tháng đầu năm 2024", "Năm 2024")), sheet.toString());
        assertTrue(sheet.stream().anyMatch(r -> r.size() == 4 && r.get(1).equals("Huyện Bình Gia") && r.get(2).equals("Quá hạn, chưa nộp")
                && r.get(3).equals("Chưa đến hạn")), sheet.toString());
        assertTrue(sheet.stream().anyMatch(r -> r.size() == 4 && r.get(1).equals("Thành phố Lạng Sơn") && r.get(2).equals("Đúng hạn")), sheet.toString());
        List<List<Object>> counts = vn.ct20.testkit.Workbooks.cells(xlsx, "Biểu số 02");
        List<Object> firstHalf = counts.stream().filter(r -> r.size() > 1 && "6 tháng đầu năm 2024".equals(r.get(1))).findFirst().orElseThrow();
        assertEquals(new BigDecimal("2"), firstHalf.get(2), "on time, as a number: " + firstHalf);
        // The PDF of the same: units by name, timeliness in words, on A4 with nothing cut off.
        byte[] pdf = given().header("Authorization", CONSOLIDATOR).accept("application/pdf")
                .queryParam("consolidatingUnit", "20-SLDTBXH").queryParam("year", 2024).queryParam("planId", PLAN).queryParam("at", "2024-06-25")
                .get("/api/v1/timeliness/matrix").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        vn.ct20.testkit.PdfPages.assertDocument(pdf, vn.ct20.platform.document.PdfRendering.LEFT_MARGIN,
                vn.ct20.platform.document.PdfRendering.RIGHT_MARGIN, List.of("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "BÁO CÁO",
                        "Tình hình thực hiện chế độ báo cáo", "(Tính đến ngày 25/06/2024)", "Huyện Bình Gia", "Quá hạn, chưa nộp", "Đúng hạn",
                        "Nơi nhận:", "GIÁM ĐỐC"));
        vn.ct20.testkit.PdfPages.writePng(pdf, 0, 80, java.nio.file.Path.of("target/report-pages/tinh-hinh-nop-bao-cao.png"));

        // On 19 June nothing was late yet: Tràng Định and Bình Gia were still pending.
        given().header("Authorization", CONSOLIDATOR).queryParam("consolidatingUnit", "20-SLDTBXH").queryParam("period", "2024S1")
                .queryParam("planId", PLAN).queryParam("at", "2024-06-19").get("/api/v1/timeliness").then().statusCode(200)
                .body("submitted", equalTo(2)).body("pending", equalTo(2)).body("overdue", equalTo(0));

        // The consolidating unit reopens the accepted report with a reason; the city revises it as revision 2.
        given().header("Authorization", CONSOLIDATOR).header("If-Match", etag(city)).contentType(ContentType.JSON)
                .body("{\"reason\":\"Bổ sung số liệu lao động nữ theo thị trường Sùng Tả\"}").post("/api/v1/reports/" + city + "/reopen")
                .then().statusCode(200).body("status", equalTo("REOPENED"));
        given().header("Authorization", reporter("178")).header("If-Match", etag(city)).contentType(ContentType.JSON)
                .body("{\"content\":{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":121}]}}").put("/api/v1/reports/" + city)
                .then().statusCode(200).body("revision", equalTo(2)).body("firstSubmittedOn", equalTo("2024-06-18"));

        // The events a consumer reads: two submissions of Tràng Định's report (revisions 1 and 2), its return, the city's acceptance.
        List<EventEnvelope> events = TestEvents.await(Topic.REPORT_EVENTS.topicName(),
                e -> e.subject().equals(trangDinh) || e.subject().equals(city), 5, Duration.ofSeconds(30));
        assertEquals(2, events.stream().filter(e -> e.subject().equals(trangDinh) && e.type().equals(EventType.REPORT_SUBMITTED_V1.type())).count());
        assertEquals(1, events.stream().filter(e -> e.subject().equals(city) && e.type().equals(EventType.REPORT_SUBMITTED_V1.type())).count());
        EventEnvelope returned = events.stream().filter(e -> e.type().equals(EventType.REPORT_RETURNED_V1.type())).findFirst().orElseThrow();
        assertEquals("180", returned.data().get("unitCode").asText());
        assertEquals(false, returned.data().get("onTime").asBoolean());
        assertEquals("2024S1", returned.data().get("periodId").asText());
    }

    @Test
    void badReportsAreRefusedAndChangeNothing() {
        planner.plan(LocalDate.of(2026, 11, 22));
        String obligation = obligationsOf("2024").get("181");
        String reporter = reporter("181");
        String[][] bad = {
            // breakdown by market adds up to 110, not 120
            {"{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":120},"
                    + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"JP\"},\"value\":110}]}", "422"},
            {"{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":2.5}]}", "422"},
            {"{\"values\":[{\"indicatorCode\":\"HAPPINESS\",\"value\":1}]}", "422"},
            {"{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":-1}]}", "400"},
            {"{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":\"nhiều\"}]}", "400"},
            {"{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"sex\":\"OTHER\"},\"value\":1}]}", "400"},
            {"{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":1},{\"indicatorCode\":\"WORKERS_SENT\",\"value\":2}]}", "422"},
            {"{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":5},"
                    + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"subUnit\":\"03549\"},\"value\":5}]}", "422"},
            {"{\"taskProgress\":[{\"taskId\":\"" + UUID.randomUUID() + "\",\"status\":\"DONE\"}]}", "422"},
            {"{\"difficulties\":\"" + "x".repeat(20001) + "\"}", "400"},
        };
        for (String[] attempt : bad) {
            given().header("Authorization", reporter).contentType(ContentType.JSON)
                    .body("{\"obligationId\":\"" + obligation + "\",\"content\":" + attempt[0] + "}").post("/api/v1/reports")
                    .then().statusCode(Integer.parseInt(attempt[1])).contentType(equalTo("application/problem+json"));
        }
        given().header("Authorization", reporter).contentType(ContentType.JSON).body("{\"obligationId\":\"" + UUID.randomUUID() + "\",\"content\":{}}")
                .post("/api/v1/reports").then().statusCode(404);
        // Another unit's token may neither write nor read it: to it, the obligation and the report do not exist.
        given().header("Authorization", reporter("180")).contentType(ContentType.JSON)
                .body("{\"obligationId\":\"" + obligation + "\",\"content\":{}}").post("/api/v1/reports").then().statusCode(404);
        given().header("Authorization", CONSOLIDATOR).queryParam("unit", "181").queryParam("period", "2024").get("/api/v1/reports")
                .then().statusCode(200).body("total", equalTo(0));

        String report = create("181", obligation, "{\"values\":[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":7}]}");
        given().header("Authorization", TestTokens.bearer("REPORTER", "12")).get("/api/v1/reports/" + report).then().statusCode(404);
        // Submission needs an Idempotency-Key; a reporter cannot accept; accepting needs If-Match and a submitted report.
        given().header("Authorization", reporter).post("/api/v1/reports/" + report + "/submit").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().header("Authorization", reporter).header("If-Match", etag(report)).post("/api/v1/reports/" + report + "/accept")
                .then().statusCode(403);
        given().header("Authorization", CONSOLIDATOR).post("/api/v1/reports/" + report + "/accept").then().statusCode(428);
        accept(report).then().statusCode(409);
        given().header("Authorization", CONSOLIDATOR).header("If-Match", etag(report)).contentType(ContentType.JSON).body("{\"reason\":\"\"}")
                .post("/api/v1/reports/" + report + "/return").then().statusCode(400);
        // A second report for the same obligation is refused.
        given().header("Authorization", reporter).contentType(ContentType.JSON).body("{\"obligationId\":\"" + obligation + "\",\"content\":{}}")
                .post("/api/v1/reports").then().statusCode(409);
        given().header("Authorization", reporter).get("/api/v1/reports/" + report).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("content.values[0].value", equalTo(7));
        // Without a token: 401.
        given().get("/api/v1/obligations").then().statusCode(401);
    }

    @Test
    void remindersGoOutOncePerObligation() {
        planner.plan(LocalDate.of(2026, 11, 22));
        String obligation = obligationsOf("2024").get("20-STC");
        int[] first = reminders.run(LocalDate.of(2024, 12, 16));
        int[] again = reminders.run(LocalDate.of(2024, 12, 16));
        assertEquals(0, again[0] + again[1]);
        List<EventEnvelope> dueSoon = TestEvents.await(Topic.REPORT_EVENTS.topicName(),
                e -> e.subject().equals(obligation) && e.type().equals(EventType.REPORT_DUE_SOON_V1.type()), 1, Duration.ofSeconds(30));
        assertEquals("2024-12-21", dueSoon.get(0).data().get("dueDate").asText());
        reminders.run(LocalDate.of(2024, 12, 22));
        List<EventEnvelope> overdue = TestEvents.await(Topic.REPORT_EVENTS.topicName(),
                e -> e.subject().equals(obligation) && e.type().equals(EventType.REPORT_OVERDUE_V1.type()), 1, Duration.ofSeconds(30));
        assertEquals("20-SLDTBXH", overdue.get(0).data().get("consolidatingUnitCode").asText());
        assertEquals(true, first[0] > 0);
    }

    // --- helpers ---

    static String reporter(String unit) {
        return TestTokens.bearer("REPORTER", unit);
    }

    static Map<String, String> obligationsOf(String period) {
        Response response = given().header("Authorization", CONSOLIDATOR).queryParam("planId", PLAN).queryParam("period", period)
                .get("/api/v1/obligations");
        response.then().statusCode(200);
        List<String> units = response.jsonPath().getList("items.unitCode");
        List<String> ids = response.jsonPath().getList("items.id");
        java.util.Map<String, String> byUnit = new java.util.HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            byUnit.put(units.get(i), ids.get(i));
        }
        return byUnit;
    }

    static String create(String unit, String obligation, String content) {
        return given().header("Authorization", reporter(unit)).contentType(ContentType.JSON)
                .body("{\"obligationId\":\"" + obligation + "\",\"content\":" + content + "}").post("/api/v1/reports")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    static Response submit(String unit, String report, String key) {
        return given().header("Authorization", reporter(unit)).header("Idempotency-Key", key).post("/api/v1/reports/" + report + "/submit");
    }

    static Response accept(String report) {
        return given().header("Authorization", CONSOLIDATOR).header("If-Match", etag(report)).post("/api/v1/reports/" + report + "/accept");
    }

    static String etag(String report) {
        return given().header("Authorization", ADMIN).get("/api/v1/reports/" + report).then().statusCode(200).extract().header("ETag");
    }

    static void businessDate(String date) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"businessDate\":\"" + date + "\"}")
                .put("/api/v1/report-business-date").then().statusCode(200).body("businessDate", equalTo(date));
    }

    static void unit(String code, String name, String kind, String parent) {
        TestUnits.send(TestUnits.event(code, name, kind, parent, 0));
    }

    static void plan(UUID id, String area, int from, int to) {
        send(id, EventType.PLAN_CHANGED_V1, new PlanChangedV1(id, null, "PLAN", "Kế hoạch thử " + area, area + "-UBND", area, null, from, to,
                2030, "ISSUED", List.of(UUID.randomUUID()), null, List.of(), 1));
    }

    static void regime(UUID plan, UUID id, String area, String frequency, int day, int month, String consolidating, List<String> kinds) {
        send(plan, EventType.REPORTING_REGIME_CHANGED_V1, new ReportingRegimeChangedV1(id, plan, area, frequency, day, month, consolidating,
                List.of(), kinds, "DECREE_09", "Thử", false, false, false));
    }

    static void send(UUID plan, EventType type, Record payload) {
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID(), type.type(), "/ct20/plan-service", plan.toString(), OffsetDateTime.now(),
                EventJson.mapper().valueToTree(payload));
        TestEvents.send(Topic.PLAN_EVENTS.topicName(), plan.toString(), TestEvents.toJson(envelope));
    }

    static void awaitRow(String sql, UUID id) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (exists(sql, id)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(id + " did not reach the replica");
    }

    static boolean exists(String sql, UUID id) {
        try (var c = java.sql.DriverManager.getConnection(vn.ct20.testkit.TestInfra.jdbcUrl(), vn.ct20.testkit.TestInfra.dbUser(),
                vn.ct20.testkit.TestInfra.dbPassword());
             var s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (var rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
