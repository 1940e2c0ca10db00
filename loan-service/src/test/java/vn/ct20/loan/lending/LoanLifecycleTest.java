package vn.ct20.loan.lending;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.Topic;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;
import vn.ct20.platform.document.PdfRendering;
import vn.ct20.testkit.TestUnits;

/**
 * Loans walked through their whole life against the real database and broker, with the figures of
 * the default policy checked to the dong (Mù Sang commune, Phong Thổ district, Lai Châu province).
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class LoanLifecycleTest {
    static final String OFFICER = TestTokens.bearer("LOAN_OFFICER", "12");
    static final String APPROVER = TestTokens.bearer("LOAN_APPROVER", "12");
    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");
    static final String CITIZEN_ID = "012098000123";

    @BeforeAll
    static void units() {
        TestUnits.send(TestUnits.event("VN", "Việt Nam", "COUNTRY", null, 0));
        TestUnits.send(TestUnits.event("12", "Tỉnh Lai Châu", "PROVINCE", "VN", 0));
        TestUnits.send(TestUnits.event("109", "Huyện Phong Thổ", "DISTRICT", "12", 0));
        TestUnits.send(TestUnits.event("03549", "Xã Mù Sang", "COMMUNE", "109", 0));
        TestUnits.send(TestUnits.event("03550", "Xã Vàng Ma Chải", "COMMUNE", "109", 0));
        TestUnits.send(TestUnits.event("12-NHCSXH", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Lai Châu", "VBSP_BRANCH", "12", 0));
        TestUnits.send(TestUnits.event("12-SLDTBXH", "Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu", "DEPARTMENT", "12", 0));
        TestUnits.awaitReplica("12-SLDTBXH");
    }

    @Test
    void aBorrowersCitizenIdIsValidatedMaskedAndNeverLoggedOrEvented() throws Exception {
        businessDate("2024-05-01");
        String body = borrowerBody(CITIZEN_ID, "Lò Văn Minh", "1998-03-14", "MALE", "03549");
        String id = given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(body).post("/api/v1/borrowers")
                .then().statusCode(201).body("citizenId", equalTo(CITIZEN_ID)).body("citizenIdMasked", equalTo(false)).extract().path("id");
        // Registered once: the same number again is a conflict whose message does not repeat it.
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(body).post("/api/v1/borrowers")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(CITIZEN_ID)));
        // Numbers that cannot be this person's, a non-commune residence, malformed input: refused, nothing stored.
        for (String[] bad : List.of(
                new String[] {borrowerBody("012198000124", "Lò Thị Mai", "1998-03-14", "MALE", "03549"), "422"},   // female digit, male borrower
                new String[] {borrowerBody("012099000125", "Lò Văn Tú", "1998-03-14", "MALE", "03549"), "422"},    // born 1999 by the number
                new String[] {borrowerBody("999098000126", "Lò Văn Hải", "1998-03-14", "MALE", "03549"), "422"},   // no such province
                new String[] {borrowerBody("01209800012", "Lò Văn Hà", "1998-03-14", "MALE", "03549"), "422"},     // 11 digits
                new String[] {borrowerBody("012098000127", "Lò Văn Sơn", "1998-03-14", "MALE", "109"), "422"},     // a district, not a commune
                new String[] {borrowerBody("012098000128", "Lò Văn Sơn", "2098-03-14", "MALE", "03549"), "400"},   // born in the future
                new String[] {"{\"citizenId\":\"012098000129\",\"fullName\":\"Lò Văn Sơn\",\"dateOfBirth\":\"14/03/1998\"}", "400"})) {
            given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(bad[0]).post("/api/v1/borrowers")
                    .then().statusCode(Integer.parseInt(bad[1])).contentType(equalTo("application/problem+json"))
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("01219800012")));
        }
        given().header("Authorization", TestTokens.bearer("VIEWER", "12")).queryParam("commune", "03549").get("/api/v1/borrowers")
                .then().statusCode(200).body("items.findAll { it.fullName == 'Lò Văn Minh' }.size()", equalTo(1))
                .body("items.find { it.fullName == 'Lò Văn Minh' }.citizenId", equalTo("*********123"));
        // Masked for a viewer; to another province it does not exist.
        given().header("Authorization", TestTokens.bearer("VIEWER", "109")).get("/api/v1/borrowers/" + id)
                .then().statusCode(200).body("citizenId", equalTo("*********123")).body("citizenIdMasked", equalTo(true));
        given().header("Authorization", TestTokens.bearer("LOAN_OFFICER", "20")).get("/api/v1/borrowers/" + id).then().statusCode(404);
        // The commune confirms eligibility (once); the province cannot do it for the commune.
        given().header("Authorization", OFFICER).post("/api/v1/borrowers/" + id + "/eligibility-confirmation").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("REPORTER", "03549")).post("/api/v1/borrowers/" + id + "/eligibility-confirmation")
                .then().statusCode(200).body("confirmedBy", equalTo("test-reporter@03549")).body("confirmedUnitCode", equalTo("03549"));

        // A loan for the borrower: its events carry the units and never the citizen ID.
        String source = capitalSource("LC-CCCD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), 1_000_000_000L);
        String loan = submit(id, "OVERSEAS_WORK", 50_000_000L, 60_000_000L, 24, 24, null, source).then().statusCode(201).extract().path("id");
        List<EventEnvelope> events = TestEvents.await(Topic.LOAN_EVENTS.topicName(), e -> e.subject().equals(loan), 1, Duration.ofSeconds(30));
        assertEquals("03549", events.get(0).data().get("communeCode").asText());
        assertEquals("109", events.get(0).data().get("districtCode").asText());
        assertEquals("12", events.get(0).data().get("provinceCode").asText());
        // Every loan event on the topic, read for 5 seconds from the beginning.
        List<EventEnvelope> all = TestEvents.await(Topic.LOAN_EVENTS.topicName(), e -> true, Integer.MAX_VALUE, Duration.ofSeconds(5));
        assertTrue(all.size() >= 1);
        for (EventEnvelope event : all) {
            assertFalse(TestEvents.toJson(event).contains(CITIZEN_ID), "an event carries the citizen ID");
        }
        String log = Files.readString(Path.of("target/quarkus.log"));
        assertTrue(log.contains("Installed features"), "the test log is written");
        assertFalse(log.contains(CITIZEN_ID), "the citizen ID was written to the log");
        assertFalse(log.contains("012198000124"), "a refused citizen ID was written to the log");
    }

    @Test
    void theDefaultPolicyDecidesCollateralCapsAndTerms() {
        businessDate("2024-05-01"); // under the shipped policy, whatever other tests scheduled
        String borrower = borrower("012095000201", "Sùng A Páo", "1995-05-02", "MALE");
        String source = capitalSource("LC-POL-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), 1_000_000_000L);
        // 120,000,000 VND needs collateral, 90,000,000 does not.
        submit(borrower, "OVERSEAS_WORK", 120_000_000L, 150_000_000L, 36, 36, null, source).then().statusCode(422)
                .body("errors.field", hasItem("collateral"));
        submit(borrower, "OVERSEAS_WORK", 120_000_000L, 150_000_000L, 36, 36, "Sổ đỏ thửa đất số 112, bản Mù Sang", source).then().statusCode(201);
        submit(borrower, "OVERSEAS_WORK", 90_000_000L, 150_000_000L, 36, 36, null, source).then().statusCode(201);
        // More than 100 % of the contract costs; a term longer than the contract.
        submit(borrower, "OVERSEAS_WORK", 90_000_001L, 90_000_000L, 36, 36, null, source).then().statusCode(422)
                .body("errors.field", hasItem("amount"));
        submit(borrower, "OVERSEAS_WORK", 50_000_000L, 90_000_000L, 37, 36, null, source).then().statusCode(422)
                .body("errors.field", hasItem("termMonths"));
        // EPS deposit loans: at most 100,000,000 VND and 64 months, without collateral.
        submit(borrower, "EPS_DEPOSIT", 100_000_001L, null, 64, null, null, source).then().statusCode(422).body("errors.field", hasItem("amount"));
        submit(borrower, "EPS_DEPOSIT", 100_000_000L, null, 65, null, null, source).then().statusCode(422).body("errors.field", hasItem("termMonths"));
        submit(borrower, "EPS_DEPOSIT", 100_000_000L, null, 64, null, null, source).then().statusCode(201);
        // Wrong types and unknown references change nothing.
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body("{\"borrowerId\":\"" + borrower + "\",\"amountRequested\":\"nhiều\"}")
                .post("/api/v1/loans").then().statusCode(400);
        submit(UUID.randomUUID().toString(), "OVERSEAS_WORK", 50_000_000L, 90_000_000L, 12, 12, null, source).then().statusCode(422);
        given().header("Authorization", OFFICER).queryParam("unit", "03550").queryParam("size", 200).get("/api/v1/loans").then().statusCode(200)
                .body("items.findAll { it.borrowerId == '" + borrower + "' }.size()", equalTo(3));
    }

    @Test
    void aLoanIsApprovedByAnotherUserDisbursedRepaidFallsOverdueAndCloses() throws Exception {
        businessDate("2024-01-10");
        String borrower = borrower("012097000301", "Giàng A Lử", "1997-08-21", "MALE", "03549");
        String source = capitalSource("LC-LIFE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), 500_000_000L);
        // Entered and approved by the same person: refused (maker-checker).
        String both = TestTokens.bearerWithRoles("nguyen.van.a@12", "12", "LOAN_OFFICER", "LOAN_APPROVER");
        String own = given().header("Authorization", both).contentType(ContentType.JSON)
                .body(application(borrower, "OVERSEAS_WORK", 90_000_000L, 100_000_000L, 12, 12, null, source)).post("/api/v1/loans")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", both).header("If-Match", etag(own)).post("/api/v1/loans/" + own + "/approve").then().statusCode(403);

        String loan = submit(borrower, "OVERSEAS_WORK", 90_000_000L, 100_000_000L, 12, 12, null, source).then().statusCode(201).extract().path("id");
        // Before approval, a preview of the schedule at the policy's rate: 6.6 % on 90,000,000 for 366 days.
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan + "/schedule").then().statusCode(200)
                .body("instalments[0].dueDate", equalTo("2025-01-10")).body("instalments[0].interest", equalTo(5_956_274));
        disburse(loan, 90_000_000L, UUID.randomUUID().toString()).then().statusCode(409); // not approved yet
        given().header("Authorization", APPROVER).header("If-Match", etag(loan)).post("/api/v1/loans/" + loan + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("annualRatePercent", equalTo(6.6f)).body("overdueAnnualRatePercent", equalTo(8.58f))
                .body("appraisalLate", equalTo(false));
        // Undo the approval, approve again.
        given().header("Authorization", APPROVER).header("If-Match", etag(loan)).post("/api/v1/loans/" + loan + "/undo-approval").then()
                .statusCode(200).body("status", equalTo("SUBMITTED"));
        given().header("Authorization", APPROVER).header("If-Match", etag(loan)).post("/api/v1/loans/" + loan + "/approve").then().statusCode(200);

        disburse(loan, 90_000_001L, UUID.randomUUID().toString()).then().statusCode(422);
        disburse(loan, 90_000_000L, UUID.randomUUID().toString()).then().statusCode(201).body("balanceAfter.principalOutstanding", equalTo(90_000_000));

        // 10 July 2024: 182 days of interest (2,961,863) and 10,000,000 of principal.
        businessDate("2024-07-10");
        repay(loan, 12_961_863L).then().statusCode(201).body("interest", equalTo(2_961_863)).body("principal", equalTo(10_000_000))
                .body("overdueInterest", equalTo(0)).body("balanceAfter.principalOutstanding", equalTo(80_000_000));

        // The loan matures on 10 January 2025 unpaid: the close of business finds it overdue from the 11th.
        businessDate("2025-01-10");
        given().header("Authorization", ADMIN).post("/api/v1/loan-business-date/close-of-business").then().statusCode(200)
                .body("businessDate", equalTo("2025-01-11"));
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan).then().statusCode(200).body("bucket", equalTo("1-30"))
                .body("balance.daysOverdue", equalTo(1)).body("balance.principalOverdue", equalTo(80_000_000));
        List<EventEnvelope> overdue = TestEvents.await(Topic.LOAN_EVENTS.topicName(),
                e -> e.subject().equals(loan) && e.type().equals("ct20.loan.overdue.v1"), 1, Duration.ofSeconds(30));
        assertEquals(1, overdue.get(0).data().get("daysOverdue").asInt());

        // 20 January: 184 days of normal interest up to the due date (2,661,699), and the 10 days overdue at 130 % of the rate (188,055).
        businessDate("2025-01-20");
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan).then().statusCode(200)
                .body("balance.interestDue", equalTo(2_661_699)).body("balance.overdueInterestDue", equalTo(188_055))
                .body("balance.daysOverdue", equalTo(10));
        repay(loan, 82_849_755L).then().statusCode(422); // one dong more than is owed
        repay(loan, 82_849_754L).then().statusCode(201).body("overdueInterest", equalTo(188_055)).body("interest", equalTo(2_661_699))
                .body("principal", equalTo(80_000_000));
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo("2025-01-20"));
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan + "/transactions").then().statusCode(200)
                .body("kind", equalTo(List.of("DISBURSEMENT", "REPAYMENT", "REPAYMENT")));
        TestEvents.await(Topic.LOAN_EVENTS.topicName(), e -> e.subject().equals(loan) && e.type().equals("ct20.loan.closed.v1"), 1,
                Duration.ofSeconds(30));
        // The bank's reports: the quarterly loan report of the commune to 30 September 2024, and the entrusted capital of 2024.
        given().header("Authorization", APPROVER).queryParam("unit", "03549").queryParam("year", 2024).queryParam("quarter", 3)
                .get("/api/v1/bank-reports/quarterly").then().statusCode(200)
                .body("to", equalTo("2024-09-30")).body("total.loansDisbursed", equalTo(1)).body("total.disbursed", equalTo(90_000_000))
                .body("total.principalRepaid", equalTo(10_000_000)).body("total.interestCollected", equalTo(2_961_863))
                .body("total.outstanding", equalTo(80_000_000)).body("total.overdue", equalTo(0));
        given().header("Authorization", APPROVER).queryParam("unit", "03549").queryParam("year", 2025).queryParam("quarter", 1)
                .get("/api/v1/bank-reports/quarterly").then().statusCode(200)
                .body("total.principalRepaid", equalTo(80_000_000)).body("total.interestCollected", equalTo(2_661_699 + 188_055))
                .body("total.outstanding", equalTo(0));
        given().header("Authorization", APPROVER).queryParam("unit", "12").queryParam("year", 2024).get("/api/v1/bank-reports/entrusted-capital")
                .then().statusCode(200)
                .body("sources.find { it.sourceId == '" + source + "' }.allocated", equalTo(500_000_000))
                .body("sources.find { it.sourceId == '" + source + "' }.disbursedInYear", equalTo(90_000_000))
                .body("sources.find { it.sourceId == '" + source + "' }.outstandingAtYearEnd", equalTo(80_000_000))
                .body("sources.find { it.sourceId == '" + source + "' }.available", equalTo(410_000_000)); // not revolving: repaid is not lent again
        // The bank's reports as the branch files them: the province's quarterly report by district, and the entrusted capital.
        var quarterlyJson = given().header("Authorization", APPROVER).queryParam("unit", "12").queryParam("year", 2024).queryParam("quarter", 3)
                .get("/api/v1/bank-reports/quarterly").then().statusCode(200).extract().jsonPath();
        byte[] xlsx = given().header("Authorization", APPROVER).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("unit", "12").queryParam("year", 2024).queryParam("quarter", 3).get("/api/v1/bank-reports/quarterly")
                .then().statusCode(200).extract().asByteArray();
        List<List<Object>> sheet = vn.ct20.testkit.Workbooks.cells(xlsx, "Biểu số 01");
        List<Object> phongTho = sheet.stream().filter(r -> r.size() > 1 && "Huyện Phong Thổ".equals(r.get(1))).findFirst().orElseThrow();
        assertEquals(0, new java.math.BigDecimal(quarterlyJson.getString("rows.find { it.unitCode == '109' }.disbursed"))
                .compareTo((java.math.BigDecimal) phongTho.get(3)), "a number, by the district's name: " + phongTho);
        List<Object> total = sheet.stream().filter(r -> r.size() > 1 && "Tổng cộng".equals(r.get(1))).findFirst().orElseThrow();
        assertEquals(0, new java.math.BigDecimal(quarterlyJson.getString("total.outstanding")).compareTo((java.math.BigDecimal) total.get(6)), total.toString());
        byte[] quarterly = given().header("Authorization", APPROVER).accept("application/pdf").queryParam("unit", "12").queryParam("year", 2024)
                .queryParam("quarter", 3).get("/api/v1/bank-reports/quarterly").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-cho-vay-12-2024-Q3.pdf")).extract().asByteArray();
        vn.ct20.testkit.PdfPages.assertDocument(quarterly, PdfRendering.LEFT_MARGIN, PdfRendering.RIGHT_MARGIN, List.of("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
                "CHI NHÁNH TỈNH LAI CHÂU", "Lai Châu, ngày", "BÁO CÁO", "Quý III năm 2024", "(Số liệu từ ngày 01/01/2024 đến ngày 30/09/2024)",
                "Huyện Phong Thổ", "Tổng cộng", vn.ct20.platform.document.VietnameseFormat.integer(quarterlyJson.getLong("total.disbursed")),
                vn.ct20.platform.document.VietnameseFormat.integer(quarterlyJson.getLong("total.outstanding")),
                "- Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu (để báo cáo);", "GIÁM ĐỐC"));
        vn.ct20.testkit.PdfPages.writePng(quarterly, 0, 80, java.nio.file.Path.of("target/report-pages/bao-cao-cho-vay-quy.png"));
        byte[] entrusted = given().header("Authorization", APPROVER).accept("application/pdf").queryParam("unit", "12").queryParam("year", 2024)
                .get("/api/v1/bank-reports/entrusted-capital").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        vn.ct20.testkit.PdfPages.assertDocument(entrusted, PdfRendering.LEFT_MARGIN, PdfRendering.RIGHT_MARGIN, List.of("CHI NHÁNH TỈNH LAI CHÂU",
                "Năm 2024", "nguồn vốn ngân sách địa phương ủy thác", "Tổng cộng", "500.000.000", "- Ủy ban nhân dân tỉnh Lai Châu (để báo cáo);",
                "GIÁM ĐỐC"));
        vn.ct20.testkit.PdfPages.writePng(entrusted, 0, 80, java.nio.file.Path.of("target/report-pages/bao-cao-von-uy-thac.png"));
        given().header("Authorization", TestTokens.bearer("VIEWER", "20")).queryParam("unit", "12").queryParam("year", 2024)
                .get("/api/v1/bank-reports/entrusted-capital").then().statusCode(403);

        // Another province's officer may not touch it.
        given().header("Authorization", TestTokens.bearer("LOAN_OFFICER", "20")).get("/api/v1/loans/" + loan).then().statusCode(404);
    }

    @Test
    void twoHundredConcurrentDisbursementsAgainstRoomForOneHundredFiftyMoveExactlyThat() throws Exception {
        businessDate("2024-03-01");
        String borrower = borrower("012196000401", "Lò Thị Dung", "1996-11-30", "FEMALE");
        String source = capitalSource("LC-RACE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), 150_000_000L);
        List<String> loans = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String loan = submit(borrower, "OVERSEAS_WORK", 1_000_000L, 2_000_000L, 12, 12, null, source).then().statusCode(201).extract().path("id");
            given().header("Authorization", APPROVER).header("If-Match", "\"0\"").post("/api/v1/loans/" + loan + "/approve").then().statusCode(200);
            loans.add(loan);
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (String loan : loans) {
                results.add(pool.submit((Callable<Integer>) () -> disburse(loan, 1_000_000L, UUID.randomUUID().toString()).statusCode()));
            }
            int ok = 0;
            int refused = 0;
            for (Future<Integer> result : results) {
                int status = result.get();
                ok += status == 201 ? 1 : 0;
                refused += status == 409 ? 1 : 0;
            }
            assertEquals(150, ok);
            assertEquals(50, refused);
        } finally {
            pool.shutdownNow();
        }
        given().header("Authorization", APPROVER).get("/api/v1/capital-sources/" + source + "/allocations").then().statusCode(200)
                .body("find { it.year == 2024 }.disbursed", equalTo(150_000_000)).body("find { it.year == 2024 }.available", equalTo(0));

        // The allocation cannot be cut below what is lent out; bad input and another province are refused; nothing changes.
        given().header("Authorization", APPROVER).contentType(ContentType.JSON).body("{\"unitCode\":\"12\",\"year\":2024,\"allocated\":100000000}")
                .put("/api/v1/capital-sources/" + source + "/allocations").then().statusCode(422).contentType(equalTo("application/problem+json"));
        given().header("Authorization", APPROVER).contentType(ContentType.JSON).body("{\"unitCode\":\"12\",\"year\":2024,\"allocated\":-1}")
                .put("/api/v1/capital-sources/" + source + "/allocations").then().statusCode(400);
        given().header("Authorization", APPROVER).contentType(ContentType.JSON).body("{\"unitCode\":\"12\",\"year\":\"năm nay\",\"allocated\":1}")
                .put("/api/v1/capital-sources/" + source + "/allocations").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer("LOAN_APPROVER", "20")).get("/api/v1/capital-sources/" + source + "/allocations")
                .then().statusCode(404);
        given().header("Authorization", APPROVER).get("/api/v1/capital-sources/" + source + "/allocations").then().statusCode(200)
                .body("find { it.year == 2024 }.allocated", equalTo(150_000_000));

        // 50 concurrent retries of one disbursement with the same key move the money once.
        String other = capitalSource("LC-RETRY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), 10_000_000L);
        String loan = submit(borrower, "OVERSEAS_WORK", 2_000_000L, 2_000_000L, 12, 12, null, other).then().statusCode(201).extract().path("id");
        given().header("Authorization", APPROVER).header("If-Match", "\"0\"").post("/api/v1/loans/" + loan + "/approve").then().statusCode(200);
        String key = UUID.randomUUID().toString();
        ExecutorService retries = Executors.newFixedThreadPool(25);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(retries.submit(() -> disburse(loan, 2_000_000L, key)));
            }
            Set<String> transactionIds = new java.util.HashSet<>();
            for (Future<Response> result : results) {
                Response response = result.get();
                assertEquals(201, response.statusCode(), response.asString());
                transactionIds.add(response.jsonPath().getString("id"));
            }
            assertEquals(1, transactionIds.size());
        } finally {
            retries.shutdownNow();
        }
        given().header("Authorization", APPROVER).get("/api/v1/capital-sources/" + other + "/allocations").then().statusCode(200)
                .body("find { it.year == 2024 }.disbursed", equalTo(2_000_000)).body("find { it.year == 2024 }.available", equalTo(8_000_000));
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan + "/transactions").then().statusCode(200)
                .body("size()", equalTo(1));

        // Repaid principal is lent again only from a revolving source (LOAN_RULES: by default a source never lends more than its allocation).
        repay(loan, 2_000_000L).then().statusCode(201).body("principal", equalTo(2_000_000));
        given().header("Authorization", APPROVER).get("/api/v1/capital-sources/" + other + "/allocations").then().statusCode(200)
                .body("find { it.year == 2024 }.repaid", equalTo(2_000_000)).body("find { it.year == 2024 }.available", equalTo(8_000_000));
        String revolving = capitalSource("LC-REVOLVING-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), 10_000_000L, true);
        given().header("Authorization", APPROVER).get("/api/v1/capital-sources/" + revolving).then().statusCode(200).body("revolving", equalTo(true));
        String relent = submit(borrower, "OVERSEAS_WORK", 10_000_000L, 10_000_000L, 12, 12, null, revolving).then().statusCode(201).extract().path("id");
        given().header("Authorization", APPROVER).header("If-Match", "\"0\"").post("/api/v1/loans/" + relent + "/approve").then().statusCode(200);
        disburse(relent, 10_000_000L, UUID.randomUUID().toString()).then().statusCode(201);
        repay(relent, 4_000_000L).then().statusCode(201).body("principal", equalTo(4_000_000));
        given().header("Authorization", APPROVER).get("/api/v1/capital-sources/" + revolving + "/allocations").then().statusCode(200)
                .body("find { it.year == 2024 }.disbursed", equalTo(10_000_000)).body("find { it.year == 2024 }.available", equalTo(4_000_000));
    }

    // --- helpers ---

    static String borrowerBody(String citizenId, String name, String born, String sex, String commune) {
        return """
                {"citizenId":"%s","fullName":"%s","dateOfBirth":"%s","sex":"%s","ethnicity":"Dao","category":"POOR","communeCode":"%s"}"""
                .formatted(citizenId, name, born, sex, commune);
    }

    static String borrower(String citizenId, String name, String born, String sex) {
        return borrower(citizenId, name, born, sex, "03550");
    }

    static String borrower(String citizenId, String name, String born, String sex, String commune) {
        return given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(borrowerBody(citizenId, name, born, sex, commune))
                .post("/api/v1/borrowers").then().statusCode(201).extract().path("id");
    }

    static String capitalSource(String code, long allocated) {
        return capitalSource(code, allocated, false);
    }

    static String capitalSource(String code, long allocated, boolean revolving) {
        String id = given().header("Authorization", APPROVER).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Vốn ngân sách tỉnh Lai Châu ủy thác qua NHCSXH\",\"kind\":\"PROVINCIAL_BUDGET_ENTRUSTED\","
                        + "\"ownerUnitCode\":\"12\",\"revolving\":" + revolving + "}")
                .post("/api/v1/capital-sources").then().statusCode(201).extract().path("id");
        for (int year : new int[] {2024, 2025, 2026}) {
            given().header("Authorization", APPROVER).contentType(ContentType.JSON)
                    .body("{\"unitCode\":\"12\",\"year\":" + year + ",\"allocated\":" + allocated + "}").put("/api/v1/capital-sources/" + id + "/allocations")
                    .then().statusCode(200).body("available", equalTo((int) allocated));
        }
        return id;
    }

    static String application(String borrower, String product, long amount, Long cost, int term, Integer contractTerm, String collateral,
                              String source) {
        return """
                {"borrowerId":"%s","product":"%s","marketCode":"JP","enterpriseName":"Công ty cổ phần Nhân lực quốc tế Sona",
                 "contractNumber":"HĐ-2024/0417","contractTermMonths":%s,"contractCost":%s,"amountRequested":%d,"termMonths":%d,
                 "capitalSourceId":"%s","collateral":%s}"""
                .formatted(borrower, product, contractTerm, cost, amount, term, source, collateral == null ? "null" : "\"" + collateral + "\"");
    }

    static Response submit(String borrower, String product, long amount, Long cost, int term, Integer contractTerm, String collateral,
                           String source) {
        return given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(application(borrower, product, amount, cost, term, contractTerm, collateral, source)).post("/api/v1/loans");
    }

    static Response disburse(String loan, long amount, String key) {
        return given().header("Authorization", OFFICER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"amount\":" + amount + "}").post("/api/v1/loans/" + loan + "/disbursements");
    }

    static Response repay(String loan, long amount) {
        return given().header("Authorization", OFFICER).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body("{\"amount\":" + amount + "}").post("/api/v1/loans/" + loan + "/repayments");
    }

    static String etag(String loan) {
        return given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan).then().statusCode(200).extract().header("ETag");
    }

    static void businessDate(String date) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"businessDate\":\"" + date + "\",\"settable\":true}")
                .put("/api/v1/loan-business-date").then().statusCode(200).body("businessDate", equalTo(date));
    }
}
