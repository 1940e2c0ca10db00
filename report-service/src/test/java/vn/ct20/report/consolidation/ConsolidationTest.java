package vn.ct20.report.consolidation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
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
import vn.ct20.events.plan.TargetChangedV1;
import vn.ct20.report.obligation.ObligationPlanner;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;
import vn.ct20.testkit.TestUnits;

/**
 * Consolidation of a Lạng Sơn-like plan's yearly reports for 2022 and 2023, with the plan's kinds of
 * targets: a yearly count to one market, a count to the other markets, a growth range, an average per
 * commune and a share in a market group.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ConsolidationTest {
    static final UUID PLAN = UUID.randomUUID();
    static final UUID REGIME = UUID.randomUUID();
    static final UUID TASK = UUID.randomUUID();
    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");
    static final String CONSOLIDATOR = TestTokens.bearer("CONSOLIDATOR", "20-SLDTBXH");

    @Inject
    ObligationPlanner planner;

    @BeforeAll
    static void planUnitsAndTargetsArrive() {
        unit("VN", "Việt Nam", "COUNTRY", null);
        unit("20", "Tỉnh Lạng Sơn", "PROVINCE", "VN");
        unit("178", "Thành phố Lạng Sơn", "DISTRICT", "20");
        unit("180", "Huyện Tràng Định", "DISTRICT", "20");
        unit("20-SLDTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Lạng Sơn", "DEPARTMENT", "20");
        unit("20-UBND", "Ủy ban nhân dân tỉnh Lạng Sơn", "PEOPLES_COMMITTEE", "20");
        unit("T0601", "Xã thử nghiệm Một", "COMMUNE", "180");
        unit("T0602", "Xã thử nghiệm Hai", "COMMUNE", "180");
        // Villages (thôn, bản) of commune Một: they do not report; the commune's report breaks its figures down by them.
        unit("T0601-01", "Thôn Nà Pàn", "VILLAGE", "T0601");
        unit("T0601-02", "Bản Khuổi Khỉn", "VILLAGE", "T0601");
        // T0603 was a commune of Tràng Định until mid-2023; from 1 July 2023 its code belongs to a commune of another
        // province: it is not one of Lạng Sơn's communes in 2023.
        TestUnits.send(TestUnits.event(new vn.ct20.events.unit.UnitChangedV1("T0603", "Xã thử nghiệm Ba", "COMMUNE", "180", TestUnits.FROM,
                LocalDate.of(2023, 6, 30), null, 1)));
        unit("T99", "Tỉnh thử nghiệm", "PROVINCE", "VN");
        TestUnits.send(TestUnits.event(new vn.ct20.events.unit.UnitChangedV1("T0603", "Xã thử nghiệm Ba (mới)", "COMMUNE", "T99",
                LocalDate.of(2023, 7, 1), null, null, 2)));
        TestUnits.awaitReplica("T0602");
        send(EventType.PLAN_CHANGED_V1, new PlanChangedV1(PLAN, null, "PLAN", "Kế hoạch thử hợp nhất", "20-UBND", "20", null, 2022, 2025, 2030,
                "ISSUED", List.of(UUID.randomUUID()), null, List.of(), 1));
        send(EventType.REPORTING_REGIME_CHANGED_V1, new ReportingRegimeChangedV1(REGIME, PLAN, "20", "YEARLY", 21, 12, "20-SLDTBXH", List.of(),
                List.of("DISTRICT", "COMMUNE"), "DECREE_09", "Hằng năm", false, false, false));
        send(EventType.TASK_CHANGED_V1, new vn.ct20.events.plan.TaskChangedV1(TASK, PLAN, null, "V.15.b",
                "Tăng cường tuyên truyền, tư vấn về đi làm việc ở nước ngoài", false, null, "DISTRICT", List.of("20-SLDTBXH"), "ONGOING", "ONGOING",
                null, null, "IN_PROGRESS", 0, List.of(), null, List.of(), List.of()));
        target("Hằng năm có từ 5.000 lao động trở lên đi làm việc tại Sùng Tả", "TOTAL", "GTE", 5000, null, "PLAN_AREA", null, "MARKET",
                "CN-GX-CHONGZUO", null, "EACH_YEAR", 2022, 2025);
        target("Hằng năm có từ 400 lao động trở lên đi làm việc tại các thị trường khác", "TOTAL", "GTE", 400, null, "PLAN_AREA", null,
                "ALL_EXCEPT_MARKET", "CN-GX-CHONGZUO", null, "EACH_YEAR", 2022, 2025);
        target("Số lao động đi làm việc ở nước ngoài tăng 10 - 15%/năm", "GROWTH_PERCENT", "GTE", 10, 15, "PLAN_AREA", null, "ALL", null,
                null, "EACH_YEAR", 2022, 2025);
        target("Bình quân mỗi xã có ít nhất 4 lao động/năm", "TOTAL", "GTE", 4, null, "EACH_SUB_UNIT", "COMMUNE", "ALL", null, null,
                "YEARLY_AVERAGE", null, 2023);
        target("Mỗi xã có ít nhất 2 lao động đi làm việc ở nước ngoài mỗi năm", "TOTAL", "GTE", 2, null, "EACH_SUB_UNIT", "COMMUNE", "ALL", null, null,
                "EACH_YEAR", 2022, 2025);
        target("Trên 80% lao động đi làm việc tại thị trường thu nhập cao", "SHARE_PERCENT", "GT", 80, null, "PLAN_AREA", null,
                "MARKET_GROUP", null, "HIGH_INCOME_STABLE", "BY_YEAR", null, 2023);
        send(EventType.TARGET_CHANGED_V1, new TargetChangedV1(UUID.randomUUID(), PLAN, "Tuyên truyền, tư vấn tại mỗi thôn, bản ít nhất 01 lượt/năm",
                "OUTREACH_SESSIONS", "TOTAL", "GTE", BigDecimal.ONE, null, "EACH_SUB_UNIT", "VILLAGE", "ALL", null, null, "EACH_YEAR", 2022, 2025,
                false, null, null));
        TestUnits.awaitReplica("T0601-02");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && (targets() < 7 || unitVersions("T0603") < 2)) {
            sleep();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void consolidatedFiguresAndTargetsFollowTheAcceptedReports() {
        planner.plan(LocalDate.of(2026, 11, 22));
        // 2022: the city 5,100 (Sùng Tả 4,900, Japan 200); Tràng Định 500 (Sùng Tả 300, Korea 200), its communes 5 and 3.
        file("2022", "178", "[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":5100},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"CN-GX-CHONGZUO\"},\"value\":4900},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"JP\"},\"value\":200}]");
        file("2022", "180", "[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":500},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"CN-GX-CHONGZUO\"},\"value\":300},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"KR\"},\"value\":200}]");
        file("2022", "T0601", "[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":5}]");
        file("2022", "T0602", "[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":3}]");
        // 2023: the city 5,700 (Sùng Tả 5,200, Japan 500); Tràng Định 500 (Sùng Tả 100, Korea 400), its communes 6 and 2.
        file("2023", "178", "[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":5700},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"CN-GX-CHONGZUO\"},\"value\":5200},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"JP\"},\"value\":500}]");
        file("2023", "180", "[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":500},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"CN-GX-CHONGZUO\"},\"value\":100},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"KR\"},\"value\":400}]");
        file("2023", "T0601", "[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":6},{\"indicatorCode\":\"OUTREACH_SESSIONS\",\"value\":3},"
                + "{\"indicatorCode\":\"OUTREACH_SESSIONS\",\"breakdown\":{\"subUnit\":\"T0601-01\"},\"value\":3},"
                + "{\"indicatorCode\":\"OUTREACH_SESSIONS\",\"breakdown\":{\"subUnit\":\"T0601-02\"},\"value\":0}]");
        file("2023", "T0602", "[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":2}]");

        JsonPath year = given().header("Authorization", CONSOLIDATOR).get("/api/v1/consolidations/20/2023").then().statusCode(200)
                .body("reports", hasSize(4))
                // Tràng Định's report covers its communes: their figures are not added twice.
                .body("countedUnits", equalTo(List.of("178", "180")))
                .extract().jsonPath();
        Map<String, Object> totals = new HashMap<>();
        for (Map<String, Object> v : year.<Map<String, Object>>getList("values")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> breakdown = (Map<String, Object>) v.get("breakdown");
            totals.put(breakdown == null ? "" : String.valueOf(breakdown.get("market")), v.get("value"));
        }
        assertNumber(6200, totals.get(""));
        assertNumber(5300, totals.get("CN-GX-CHONGZUO"));
        assertNumber(500, totals.get("JP"));
        assertNumber(400, totals.get("KR"));

        Map<String, Map<String, Object>> targets = new HashMap<>();
        for (Map<String, Object> t : year.<Map<String, Object>>getList("targets")) {
            targets.put((String) t.get("label"), t);
        }
        Map<String, Object> chongzuo = targets.get("Hằng năm có từ 5.000 lao động trở lên đi làm việc tại Sùng Tả");
        assertNumber(5300, chongzuo.get("actual"));
        assertNumber(106.0, chongzuo.get("attainmentPercent"));
        org.junit.jupiter.api.Assertions.assertEquals("MET", chongzuo.get("status"));
        Map<String, Object> others = targets.get("Hằng năm có từ 400 lao động trở lên đi làm việc tại các thị trường khác");
        assertNumber(900, others.get("actual"));
        org.junit.jupiter.api.Assertions.assertEquals("MET", others.get("status"));
        // 6,200 against 5,600 in 2022: +10.71 %: the 10 % floor is met, the 15 % the plan strives for is not reached.
        Map<String, Object> growth = targets.get("Số lao động đi làm việc ở nước ngoài tăng 10 - 15%/năm");
        assertNumber(10.71, growth.get("actual"));
        org.junit.jupiter.api.Assertions.assertEquals("MET", growth.get("status"));
        org.junit.jupiter.api.Assertions.assertEquals("GTE", growth.get("comparator"));
        assertNumber(15, growth.get("stretchValue"));
        org.junit.jupiter.api.Assertions.assertEquals(Boolean.FALSE, growth.get("stretchReached"));
        // Per commune: Một averages 5.5, Hai 2.5 — Hai falls short.
        Map<String, Object> perCommune = targets.get("Bình quân mỗi xã có ít nhất 4 lao động/năm");
        org.junit.jupiter.api.Assertions.assertEquals("NOT_MET", perCommune.get("status"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(Map.of("unitCode", "T0602", "actual", 2.5f)), perCommune.get("shortfalls"));
        // Each commune of 2023, and only those (T0603 had left): Một 6, Hai 2 — both meet "at least 2".
        Map<String, Object> eachCommune = targets.get("Mỗi xã có ít nhất 2 lao động đi làm việc ở nước ngoài mỗi năm");
        org.junit.jupiter.api.Assertions.assertEquals("MET", eachCommune.get("status"), eachCommune.toString());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), eachCommune.get("shortfalls"));
        assertNumber(2, eachCommune.get("actual"));
        // Each village, from its commune's report: Nà Pàn had 3 sessions, Khuổi Khỉn none.
        Map<String, Object> eachVillage = targets.get("Tuyên truyền, tư vấn tại mỗi thôn, bản ít nhất 01 lượt/năm");
        org.junit.jupiter.api.Assertions.assertEquals("NOT_MET", eachVillage.get("status"), eachVillage.toString());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(Map.of("unitCode", "T0601-02", "actual", 0)), eachVillage.get("shortfalls"));
        // High-income markets (Japan, Korea) 900 of 6,200 = 14.52 %: not above 80 %.
        Map<String, Object> share = targets.get("Trên 80% lao động đi làm việc tại thị trường thu nhập cao");
        assertNumber(14.52, share.get("actual"));
        org.junit.jupiter.api.Assertions.assertEquals("NOT_MET", share.get("status"));

        // In 2022 there is no earlier year to grow from, and the 2023 targets are not yet due.
        JsonPath earlier = given().header("Authorization", CONSOLIDATOR).get("/api/v1/consolidations/20/2022").then().statusCode(200)
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("NO_DATA",
                earlier.getString("targets.find { it.label == 'Số lao động đi làm việc ở nước ngoài tăng 10 - 15%/năm' }.status"));
        org.junit.jupiter.api.Assertions.assertEquals("NOT_YET_DUE",
                earlier.getString("targets.find { it.label == 'Trên 80% lao động đi làm việc tại thị trường thu nhập cao' }.status"));
        // The district's consolidation is its own report (it covers its communes).
        given().header("Authorization", TestTokens.bearer("VIEWER", "180")).get("/api/v1/consolidations/180/2023").then().statusCode(200)
                .body("countedUnits", equalTo(List.of("180"))).body("values.find { it.breakdown == null }.value", equalTo(500));
        // Another province's token is refused; a bad period is a 400.
        given().header("Authorization", TestTokens.bearer("VIEWER", "12")).get("/api/v1/consolidations/20/2023").then().statusCode(403);
        given().header("Authorization", CONSOLIDATOR).get("/api/v1/consolidations/20/2023S3").then().statusCode(400)
                .contentType(equalTo("application/problem+json"));
        // A year outside those the periods cover is refused like any bad id, in every format.
        given().header("Authorization", CONSOLIDATOR).accept("application/pdf").get("/api/v1/consolidations/20/1900S1").then().statusCode(400)
                .contentType(equalTo("application/problem+json"));
    }

    /**
     * The Lạng Sơn 2024 consolidated report as the department files it: the PDF read back as text
     * names the body, the period in words, every target with plan, actual and %, units and markets by
     * name, the remarks, the recipients and the signature block, on A4 with nothing cut off; the
     * workbook's figures are numbers and its totals are the JSON's.
     */
    @Test
    @org.junit.jupiter.api.Order(2) // 2024's growth is measured on 2023's figures, filed by the test before
    void theConsolidatedReportIsADocumentToSignAndFile() {
        planner.plan(LocalDate.of(2026, 11, 22));
        file("2024", "178", "[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":5400},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"CN-GX-CHONGZUO\"},\"value\":5000},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"JP\"},\"value\":400},"
                + "{\"indicatorCode\":\"OUTREACH_SESSIONS\",\"value\":36}]",
                ",\"taskProgress\":[{\"taskId\":\"" + TASK + "\",\"status\":\"IN_PROGRESS\",\"narrative\":\"Tổ chức 12 hội nghị tư vấn tại các xã.\"}]"
                        + ",\"difficulties\":\"Lao động nữ còn ít đăng ký đi làm việc tại Sùng Tả.\",\"proposals\":\"Đề nghị tỉnh hỗ trợ kinh phí học tiếng Trung.\"");
        file("2024", "180", "[{\"indicatorCode\":\"WORKERS_SENT\",\"value\":560},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"CN-GX-CHONGZUO\"},\"value\":200},"
                + "{\"indicatorCode\":\"WORKERS_SENT\",\"breakdown\":{\"market\":\"KR\"},\"value\":360}]", "");
        JsonPath json = given().header("Authorization", CONSOLIDATOR).get("/api/v1/consolidations/20/2024").then().statusCode(200)
                .body("remarks", hasSize(1)).extract().jsonPath();

        byte[] pdf = given().header("Authorization", CONSOLIDATOR).accept("application/pdf").get("/api/v1/consolidations/20/2024").then()
                .statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-tong-hop-20-2024.pdf")).extract().asByteArray();
        String text = vn.ct20.testkit.PdfPages.assertDocument(pdf, vn.ct20.platform.document.PdfRendering.LEFT_MARGIN,
                vn.ct20.platform.document.PdfRendering.RIGHT_MARGIN, List.of("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: /BC-SLĐTBXH", "Lạng Sơn, ngày", "BÁO CÁO", "trên địa bàn tỉnh Lạng Sơn",
                "Kỳ báo cáo: năm 2024", "Số liệu từ ngày 15/12/2023 đến ngày 14/12/2024", "Biểu số 01", "KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU",
                "Số lao động đi làm việc ở nước ngoài theo hợp đồng", "Thành phố Lạng Sơn", "Huyện Tràng Định", "Nhật Bản", "Hàn Quốc",
                "thị trường Thành phố Sùng Tả, tỉnh Quảng Tây", "Số lượt tuyên truyền, tư vấn", "Tổng cộng",
                "Thành phố Lạng Sơn: Lao động nữ còn ít đăng ký đi làm việc tại Sùng Tả.", "Đề nghị tỉnh hỗ trợ kinh phí học tiếng Trung.",
                "V.15.b. Tăng cường tuyên truyền, tư vấn về đi làm việc ở nước ngoài", "UBND các huyện, thị xã, thành phố", "Đang thực hiện",
                "Tổ chức 12 hội nghị tư vấn tại các xã.",
                "Nơi nhận:", "- Ủy ban nhân dân tỉnh Lạng Sơn (để báo cáo);", "- Lưu: VT.", "GIÁM ĐỐC", "(Ký, ghi rõ họ tên, đóng dấu)"));
        List<Map<String, Object>> targets = json.getList("targets");
        org.junit.jupiter.api.Assertions.assertEquals(5, targets.size(), targets.toString());
        // No commune reported for 2024 (their districts did): the per-commune target has no data, not an actual of 0.
        Map<String, Object> eachCommune = targets.stream().filter(t -> t.get("label").toString().startsWith("Mỗi xã")).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("NO_DATA", eachCommune.get("status"), eachCommune.toString());
        org.junit.jupiter.api.Assertions.assertNull(eachCommune.get("actual"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), eachCommune.get("shortfalls"));
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("Chưa có số liệu"), "NO_DATA in words");
        for (Map<String, Object> t : targets) {
            if (t.get("actual") == null) {
                continue;
            }
            org.junit.jupiter.api.Assertions.assertTrue(text.contains((String) t.get("label")), "target " + t.get("label"));
            org.junit.jupiter.api.Assertions.assertTrue(text.contains(vn.ct20.platform.document.VietnameseFormat.decimal(new BigDecimal(t.get("actual").toString()))),
                    "actual of " + t.get("label"));
            if (t.get("attainmentPercent") != null) {
                org.junit.jupiter.api.Assertions.assertTrue(
                        text.contains(vn.ct20.platform.document.VietnameseFormat.decimal(new BigDecimal(t.get("attainmentPercent").toString()))),
                        "% of " + t.get("label"));
            }
        }
        // Sùng Tả 5,200 of 5,000 (104 %), other markets 760 of 400 (190 %), growth 5,960 on 6,200 (−3,87 %): not met.
        for (String expected : List.of("5.000 5.200 104 Đạt", "400 760 190 Đạt", "10 - 15 -3,87", "Không đạt")) {
            org.junit.jupiter.api.Assertions.assertTrue(text.contains(expected), "the PDF lacks \"" + expected + "\": " + text);
        }
        org.junit.jupiter.api.Assertions.assertTrue(vn.ct20.testkit.PdfPages.landscape(pdf), "wide tables turn the page");
        vn.ct20.testkit.PdfPages.writePng(pdf, 0, 80, java.nio.file.Path.of("target/report-pages/bao-cao-tong-hop.png"));
        vn.ct20.testkit.PdfPages.writePng(pdf, 1, 80, java.nio.file.Path.of("target/report-pages/bao-cao-tong-hop-trang-2.png"));

        byte[] xlsx = given().header("Authorization", CONSOLIDATOR).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/consolidations/20/2024").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-tong-hop-20-2024.xlsx")).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Báo cáo", "Biểu số 01", "Biểu số 02", "Biểu số 03", "Biểu số 04", "Biểu số 05"),
                vn.ct20.testkit.Workbooks.sheetNames(xlsx));
        BigDecimal sent = new BigDecimal(json.getString("values.find { it.indicatorCode == 'WORKERS_SENT' && it.breakdown == null }.value"));
        List<Object> byIndicator = row(vn.ct20.testkit.Workbooks.cells(xlsx, "Biểu số 02"), "Số lao động đi làm việc ở nước ngoài theo hợp đồng");
        org.junit.jupiter.api.Assertions.assertEquals(0, sent.compareTo((BigDecimal) byIndicator.get(3)), byIndicator.toString());
        List<Object> unitTotal = row(vn.ct20.testkit.Workbooks.cells(xlsx, "Biểu số 03"), "Tổng cộng");
        org.junit.jupiter.api.Assertions.assertEquals(0, sent.compareTo((BigDecimal) unitTotal.get(2)), unitTotal.toString());
        List<Object> loans = row(vn.ct20.testkit.Workbooks.cells(xlsx, "Biểu số 05"), "Tổng cộng");
        org.junit.jupiter.api.Assertions.assertEquals(0, new BigDecimal(json.getString("loans.total.disbursed")).compareTo((BigDecimal) loans.get(3)));
        List<Object> chongzuo = row(vn.ct20.testkit.Workbooks.cells(xlsx, "Biểu số 01"), "Hằng năm có từ 5.000 lao động trở lên đi làm việc tại Sùng Tả");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("5000", "5200", "104"),
                List.of(3, 4, 5).stream().map(c -> ((BigDecimal) chongzuo.get(c)).stripTrailingZeros().toPlainString()).toList(), chongzuo.toString());
        org.junit.jupiter.api.Assertions.assertTrue(vn.ct20.testkit.Workbooks.text(xlsx, "Báo cáo").stream()
                .anyMatch(r -> r.contains("Nơi nhận:")), "the cover sheet has the recipients");

        // Accept decides, by quality: a refused type (q=0) is never sent, a wildcard gets the data, and the answer varies by Accept.
        given().header("Authorization", CONSOLIDATOR).accept("application/pdf;q=0, application/json").get("/api/v1/consolidations/20/2024")
                .then().statusCode(200).contentType(ContentType.JSON).header("Vary", "Accept");
        given().header("Authorization", CONSOLIDATOR).accept("*/*").get("/api/v1/consolidations/20/2024").then().statusCode(200)
                .contentType(ContentType.JSON);
        given().header("Authorization", CONSOLIDATOR).accept("application/json;q=0.5, application/pdf").get("/api/v1/consolidations/20/2024")
                .then().statusCode(200).contentType("application/pdf");
        given().header("Authorization", CONSOLIDATOR).accept("text/html").get("/api/v1/consolidations/20/2024").then().statusCode(406)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("@Produces")));
        given().header("Authorization", CONSOLIDATOR).accept("application/json;q=0, application/pdf;q=0").get("/api/v1/consolidations/20/2024")
                .then().statusCode(406).contentType("application/problem+json");
        given().header("Authorization", CONSOLIDATOR).accept("text/*, application/pdf;q=0.1").get("/api/v1/consolidations/20/2024").then()
                .statusCode(200).contentType("application/pdf");
        // A document needs its issuing body: a consolidating unit no one knows is a 404, not a form headed by a code.
        given().header("Authorization", ADMIN).accept("application/pdf").queryParam("consolidatingUnit", "20-KHONGCO").queryParam("year", 2024)
                .get("/api/v1/timeliness/matrix").then().statusCode(404).contentType("application/problem+json");
    }

    /** The row whose second cell (after STT) is {@code label}. */
    static List<Object> row(List<List<Object>> rows, String label) {
        return rows.stream().filter(r -> r.size() > 1 && label.equals(r.get(1))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows));
    }

    static void assertNumber(double expected, Object actual) {
        org.junit.jupiter.api.Assertions.assertEquals(0, BigDecimal.valueOf(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                "expected " + expected + " but was " + actual);
    }

    /** The unit files its yearly report and the consolidating unit accepts it. */
    static void file(String period, String unit, String values) {
        file(period, unit, values, "");
    }

    /** The same, with more of the content ({@code ,"difficulties":"…"}). */
    static void file(String period, String unit, String values, String moreContent) {
        String obligation = given().header("Authorization", CONSOLIDATOR).queryParam("planId", PLAN).queryParam("period", period)
                .queryParam("unit", unit).get("/api/v1/obligations").then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
        String reporter = TestTokens.bearer("REPORTER", unit);
        String report = given().header("Authorization", reporter).contentType(ContentType.JSON)
                .body("{\"obligationId\":\"" + obligation + "\",\"content\":{\"values\":" + values + moreContent + "}}").post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", reporter).header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/reports/" + report + "/submit")
                .then().statusCode(200);
        String etag = given().header("Authorization", CONSOLIDATOR).get("/api/v1/reports/" + report).then().extract().header("ETag");
        given().header("Authorization", CONSOLIDATOR).header("If-Match", etag).post("/api/v1/reports/" + report + "/accept").then().statusCode(200);
    }

    static void unit(String code, String name, String kind, String parent) {
        TestUnits.send(TestUnits.event(code, name, kind, parent, 0));
    }

    /** @param upper with RANGE the upper bound; with a floor (GTE, GT) the stretch the plan aspires to */
    static void target(String label, String measure, String comparator, int value, Integer upper, String scope, String subUnitKind,
                       String marketScope, String market, String group, String timeBasis, Integer from, Integer to) {
        BigDecimal bound = upper == null ? null : BigDecimal.valueOf(upper);
        boolean range = comparator.equals("RANGE");
        send(EventType.TARGET_CHANGED_V1, new TargetChangedV1(UUID.randomUUID(), PLAN, label, "WORKERS_SENT", measure, comparator,
                BigDecimal.valueOf(value), range ? bound : null, scope, subUnitKind, marketScope, market, group,
                timeBasis, from, to, false, group == null ? null : List.of("JP", "KR", "TW"), range ? null : bound));
    }

    static void send(EventType type, Record payload) {
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID(), type.type(), "/ct20/plan-service", PLAN.toString(), OffsetDateTime.now(),
                EventJson.mapper().valueToTree(payload));
        TestEvents.send(Topic.PLAN_EVENTS.topicName(), PLAN.toString(), TestEvents.toJson(envelope));
    }

    static int targets() {
        return count("SELECT count(*) FROM target_replica WHERE plan_id = ?", PLAN);
    }

    static int unitVersions(String code) {
        return count("SELECT count(*) FROM unit_replica WHERE code = ?", code);
    }

    /** A count straight from report-service's database, to wait for the replicas to fill in. */
    static int count(String sql, Object parameter) {
        try (var c = java.sql.DriverManager.getConnection(vn.ct20.testkit.TestInfra.jdbcUrl(), vn.ct20.testkit.TestInfra.dbUser(),
                vn.ct20.testkit.TestInfra.dbPassword());
             var s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
