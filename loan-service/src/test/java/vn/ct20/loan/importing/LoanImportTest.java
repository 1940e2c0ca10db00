package vn.ct20.loan.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventType;
import vn.ct20.events.Topic;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;
import vn.ct20.testkit.TestUnits;

/** Existing loans imported from CSV: dry run, summary with reasons, progress, re-import, scope. */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
public class LoanImportTest {
    static final String OFFICER = TestTokens.bearer("LOAN_OFFICER", "12");
    static final String HEADER = "citizenId,fullName,dateOfBirth,sex,ethnicity,category,communeCode,product,marketCode,enterpriseName,"
            + "contractNumber,contractTermMonths,contractCost,amount,termMonths,annualRatePercent,capitalSourceCode,disbursedOn,principalRepaid\n";
    static final String SOURCE = "UT-12-IMPORT";
    static boolean sourceRegistered;

    @BeforeAll
    static void unitsAndSource() {
        // Lạng Sơn too: its officer tries to import Lai Châu's loans (the test runs on its own as well as in the module).
        TestUnits.laiChauAndLangSon();
        TestUnits.send(TestUnits.event("03560", "Xã thử nghiệm nhập khoản vay", "COMMUNE", "109", 0));
        TestUnits.awaitReplica("03560");
    }

    /** Over HTTP, so after the application is up (not in @BeforeAll). */
    static synchronized void sourceAndBusinessDate() {
        if (sourceRegistered) {
            return;
        }
        sourceRegistered = true;
        given().header("Authorization", TestTokens.bearer("LOAN_APPROVER", "12")).contentType(ContentType.JSON)
                .body("{\"code\":\"" + SOURCE + "\",\"name\":\"Vốn ngân sách tỉnh Lai Châu ủy thác qua NHCSXH\",\"kind\":\"PROVINCIAL_BUDGET_ENTRUSTED\","
                        + "\"ownerUnitCode\":\"12\"}")
                .post("/api/v1/capital-sources").then().statusCode(201);
        given().header("Authorization", TestTokens.bearer("SYSTEM_ADMIN", "VN")).contentType(ContentType.JSON).body("{\"businessDate\":\"2024-03-01\"}")
                .put("/api/v1/loan-business-date").then().statusCode(200);
    }

    @Test
    void existingLoansAreImportedWithASummaryAndNothingIsWrittenOnADryRun() {
        sourceAndBusinessDate();
        String csv = HEADER
                + "012098000911,Vàng A Chứ,1998-03-14,MALE,Mông,POOR,03560,OVERSEAS_WORK,JP,Công ty Sona,HĐ-2023/911,36,120000000,90000000,36,6.6,"
                + SOURCE + ",2023-09-01,15000000\n"
                + "012196000912,Lò Thị Dung,1996-11-30,FEMALE,Thái,NEAR_POOR,03560,EPS_DEPOSIT,KR,Trung tâm Lao động ngoài nước,EPS-2024/912,,,"
                + "100000000,64,7.92," + SOURCE + ",2024-02-15,0\n"
                + "012099000913,Tẩn Văn Lở,1998-01-01,MALE,Dao,POOR,03560,OVERSEAS_WORK,JP,Công ty Sona,HĐ-2023/913,36,90000000,50000000,36,6.6,"
                + SOURCE + ",2023-10-01,0\n"
                + "012098000914,Sùng Văn Pó,1998-05-05,MALE,Mông,POOR,99999,OVERSEAS_WORK,TW,Công ty Sona,HĐ-2023/914,36,90000000,nhiều,36,6.6,"
                + SOURCE + ",2023-10-01,0\n";

        JsonPath dry = finished(start(csv, true));
        assertEquals(2, dry.getInt("imported"));
        assertEquals(2, dry.getInt("rejected"));
        given().header("Authorization", OFFICER).queryParam("unit", "03560").queryParam("size", 200).get("/api/v1/loans").then().statusCode(200)
                .body("items.contractNumber", org.hamcrest.Matchers.not(hasItem("HĐ-2023/911")));

        JsonPath done = finished(start(csv, false));
        assertEquals(4, done.getInt("totalRows"));
        assertEquals(4, done.getInt("processedRows"));
        assertEquals(2, done.getInt("imported"));
        assertEquals(0, done.getInt("updated"));
        assertEquals(2, done.getInt("rejected"));
        assertEquals("does not match the year of birth", done.getString("rejections.find { it.line == 4 }.message"));
        assertEquals(java.util.List.of("amount"), done.getList("rejections.findAll { it.line == 5 }.field"));
        String summary = done.prettify();
        assertFalse(summary.contains("012099000913") || summary.contains("012098000914"), "a rejection names a citizen ID");

        // The imported loan continues from the import: 75,000,000 owed, interest settled up to the import.
        String loan = given().header("Authorization", OFFICER).queryParam("unit", "03560").queryParam("size", 200).get("/api/v1/loans")
                .then().statusCode(200).extract().path("items.find { it.contractNumber == 'HĐ-2023/911' }.id");
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("balance.principalOutstanding", equalTo(75_000_000))
                .body("balance.interestDue", equalTo(0)).body("maturityDate", equalTo("2026-09-01"))
                .body("annualRatePercent", equalTo(6.6f)).body("overdueAnnualRatePercent", equalTo(8.58f));

        // Importing the same file again updates the two loans and creates nothing.
        JsonPath again = finished(start(csv, false));
        assertEquals(0, again.getInt("imported"));
        assertEquals(2, again.getInt("updated"));
        // Another province's officer cannot import Lai Châu's loans.
        String otherProvince = TestTokens.bearer("LOAN_OFFICER", "20");
        String id = given().header("Authorization", otherProvince).contentType("text/csv; charset=UTF-8").body(HEADER
                        + "012098000915,Giàng A Dơ,1998-03-14,MALE,Mông,POOR,03560,OVERSEAS_WORK,JP,Công ty Sona,HĐ-2023/915,36,120000000,9000000,36,6.6,"
                        + SOURCE + ",2023-09-01,0\n")
                .post("/api/v1/loan-imports").then().statusCode(202).extract().path("id");
        JsonPath refused = finished(id, otherProvince);
        assertEquals("'03560' was not a commune of your area on 2023-09-01", refused.getString("rejections[0].message"));
    }

    /** A loan the bank holds in arrears comes in with its days overdue and delinquency bucket, not as current until close of business. */
    @Test
    void aLoanImportedInArrearsHasItsBucketFromTheImport() {
        sourceAndBusinessDate();
        // Lent for 12 months on 2022-12-01, nothing repaid: at the business date 2024-03-01 its principal is 91 days past due.
        JsonPath done = finished(start(HEADER
                + "012097000916,Vàng A Pao,1997-02-02,MALE,Mông,POOR,03560,OVERSEAS_WORK,JP,Công ty Sona,HĐ-2022/916,12,60000000,50000000,12,6.6,"
                + SOURCE + ",2022-12-01,0\n", false));
        assertEquals(1, done.getInt("imported"), done.prettify());
        String loan = given().header("Authorization", OFFICER).queryParam("unit", "03560").queryParam("size", 200).get("/api/v1/loans")
                .then().statusCode(200).extract().path("items.find { it.contractNumber == 'HĐ-2022/916' }.id");
        JsonPath view = given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan).then().statusCode(200).extract().jsonPath();
        int days = view.getInt("balance.daysOverdue");
        org.junit.jupiter.api.Assertions.assertTrue(days >= 90, "days overdue: " + days);
        assertEquals(vn.ct20.loan.lending.LoanBalance.bucket(days), view.getString("bucket"));
        assertEquals("91-180", view.getString("bucket"));

        // Its events tell its past as close of business would have: each dated its own day with that day's balance.
        List<EventEnvelope> events = TestEvents.await(Topic.LOAN_EVENTS.topicName(),
                e -> e.subject().equals(loan) && e.type().equals(EventType.LOAN_IMPORTED_V1.type()), 1, Duration.ofSeconds(30));
        events = TestEvents.await(Topic.LOAN_EVENTS.topicName(), e -> e.subject().equals(loan), 6, Duration.ofSeconds(30));
        List<String> story = events.stream().map(e -> e.type().replace("ct20.loan.", "") + " " + e.data().get("businessDate").asText() + " "
                + e.data().get("principalOutstanding").asLong() + "/" + e.data().get("principalOverdue").asLong() + " "
                + e.data().get("bucket").asText()).toList();
        assertEquals(List.of(
                "disbursed.v1 2022-12-01 50000000/0 null",            // lent; nothing overdue in 2022
                "overdue.v1 2023-12-02 50000000/50000000 1-30",      // due 2023-12-01, unpaid
                "bucket-changed.v1 2023-12-02 50000000/50000000 1-30",
                "bucket-changed.v1 2024-01-01 50000000/50000000 31-90",
                "bucket-changed.v1 2024-03-01 50000000/50000000 91-180",
                "imported.v1 2024-03-01 50000000/50000000 91-180"), story);

        // A loan the old system collected in full when it fell due: its principal is booked on the due date, so it was
        // never overdue, and it was active until the import closed it.
        finished(start(HEADER + "012097000917,Vàng A Mỷ,1997-03-03,MALE,Mông,POOR,03560,OVERSEAS_WORK,JP,Công ty Sona,HĐ-2022/917,12,"
                + "40000000,40000000,12,6.6," + SOURCE + ",2022-12-01,40000000\n", false));
        String repaid = given().header("Authorization", OFFICER).queryParam("unit", "03560").queryParam("size", 200).get("/api/v1/loans")
                .then().statusCode(200).extract().path("items.find { it.contractNumber == 'HĐ-2022/917' }.id");
        List<EventEnvelope> paidOnTime = TestEvents.await(Topic.LOAN_EVENTS.topicName(), e -> e.subject().equals(repaid), 4, Duration.ofSeconds(30));
        assertEquals(List.of("disbursed.v1 2022-12-01 ACTIVE 40000000", "imported.v1 2023-12-01 ACTIVE 0", "imported.v1 2024-03-01 CLOSED 0",
                        "closed.v1 2024-03-01 CLOSED 0"),
                paidOnTime.stream().map(e -> e.type().replace("ct20.loan.", "") + " " + e.data().get("businessDate").asText() + " "
                        + e.data().get("status").asText() + " " + e.data().get("principalOutstanding").asLong()).toList());
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + repaid).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("balance.principalOutstanding", equalTo(0)).body("balance.overdueInterestDue", equalTo(0));
    }

    /**
     * Rows are applied in chunks; a row the database refuses while its chunk is written (here a trigger
     * refuses one contract, as a constraint or a lost connection would) rolls its chunk back, and the
     * chunk is applied again row by row: the refused row is rejected, its neighbours in the chunk are
     * imported once each.
     */
    @Test
    void aRowRefusedInsideAChunkTakesNoOtherRowWithIt() throws java.sql.SQLException {
        sourceAndBusinessDate();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("""
                    CREATE FUNCTION refuse_contract_932() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      IF NEW.contract_number = 'HĐ-2023/932' THEN RAISE EXCEPTION 'refused by the test'; END IF;
                      RETURN NEW;
                    END $$""");
            statement.execute("CREATE TRIGGER refuse_contract_932 BEFORE INSERT ON loan FOR EACH ROW EXECUTE FUNCTION refuse_contract_932()");
        }
        try {
            importThreeRowsOneRefused();
        } finally {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER refuse_contract_932 ON loan");
                statement.execute("DROP FUNCTION refuse_contract_932()");
            }
        }
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    private void importThreeRowsOneRefused() {
        JsonPath done = finished(start(HEADER
                + "012098000931,Vàng A Một,1998-03-14,MALE,Mông,POOR,03560,OVERSEAS_WORK,JP,Công ty Sona,HĐ-2023/931,36,120000000,9000000,36,6.6,"
                + SOURCE + ",2023-09-01,0\n"
                + "012098000932,Vàng A Hai,1998-03-14,MALE,Mông,POOR,03560,OVERSEAS_WORK,JP,Công ty Sona,HĐ-2023/932,36,120000000,9000000,36,6.6,"
                + SOURCE + ",2023-09-01,0\n"
                + "012098000933,Vàng A Ba,1998-03-14,MALE,Mông,POOR,03560,OVERSEAS_WORK,JP,Công ty Sona,HĐ-2023/933,36,120000000,9000000,36,6.6,"
                + SOURCE + ",2023-09-01,0\n", false));
        assertEquals(2, done.getInt("imported"), done.prettify());
        assertEquals(1, done.getInt("rejected"));
        assertEquals(3, done.getInt("rejections[0].line"));
        List<String> contracts = given().header("Authorization", OFFICER).queryParam("unit", "03560").queryParam("size", 200).get("/api/v1/loans")
                .then().statusCode(200).extract().path("items.contractNumber");
        assertEquals(1, contracts.stream().filter("HĐ-2023/931"::equals).count());
        assertEquals(1, contracts.stream().filter("HĐ-2023/933"::equals).count());
        assertFalse(contracts.contains("HĐ-2023/932"));
    }

    @Test
    void aFileWithoutTheColumnsIsRefused() {
        given().header("Authorization", OFFICER).contentType("text/csv; charset=UTF-8").body("name,amount\nA,1\n").post("/api/v1/loan-imports")
                .then().statusCode(400).contentType(equalTo("application/problem+json")).body("errors[0].field", equalTo("file"));
        given().header("Authorization", TestTokens.bearer("VIEWER", "12")).contentType("text/csv; charset=UTF-8").body(HEADER).post("/api/v1/loan-imports")
                .then().statusCode(403);
        given().header("Authorization", OFFICER).get("/api/v1/loan-imports/" + UUID.randomUUID()).then().statusCode(404);
    }

    static String start(String csv, boolean dryRun) {
        return given().header("Authorization", OFFICER).contentType("text/csv; charset=UTF-8").queryParam("dryRun", dryRun).body(csv)
                .post("/api/v1/loan-imports").then().statusCode(202).extract().path("id");
    }

    static JsonPath finished(String id) {
        return finished(id, OFFICER);
    }

    /** Polls the import until it is done (it runs in the background). */
    public static JsonPath finished(String id, String token) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath job = given().header("Authorization", token).get("/api/v1/loan-imports/" + id).then().statusCode(200).extract().jsonPath();
            if (!job.getString("status").equals("RUNNING")) {
                assertEquals("DONE", job.getString("status"));
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the import did not finish");
    }
}
