package vn.ct20.loan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ct20.events.unit.UnitChangedV1;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;
import vn.ct20.testkit.TestUnits;

/**
 * Every door of a write takes the same path: a replay, a refusal outside one's scope, another
 * province's capital source, a unit that no longer exists, the bank-wide close of business, the
 * CSV import and lenient input are each refused as the API refuses them, and each change leaves
 * an audit record. Units are this test's own (codes no other test uses).
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class WritePathTest {
    /** Lai Châu (12): commune 03997 under district 197; commune 03996 under district 199 until 30 June 2025, then under 12. */
    static final String OFFICER = TestTokens.bearer("LOAN_OFFICER", "12");
    static final String APPROVER = TestTokens.bearer("LOAN_APPROVER", "12");
    /** Lạng Sơn (20): commune 06998. */
    static final String LANG_SON_OFFICER = TestTokens.bearer("LOAN_OFFICER", "20");
    static final String LANG_SON_APPROVER = TestTokens.bearer("LOAN_APPROVER", "20");
    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @BeforeAll
    static void units() {
        TestUnits.send(TestUnits.event("VN", "Việt Nam", "COUNTRY", null, 0));
        TestUnits.send(TestUnits.event("12", "Tỉnh Lai Châu", "PROVINCE", "VN", 0));
        TestUnits.send(TestUnits.event("20", "Tỉnh Lạng Sơn", "PROVINCE", "VN", 0));
        TestUnits.send(TestUnits.event("197", "Huyện thử nghiệm ghi", "DISTRICT", "12", 0));
        TestUnits.send(TestUnits.event("03997", "Xã thử nghiệm ghi", "COMMUNE", "197", 0));
        TestUnits.send(TestUnits.event(new UnitChangedV1("199", "Huyện đã giải thể", "DISTRICT", "12", TestUnits.FROM, REFORM.minusDays(1),
                null, 1)));
        TestUnits.send(TestUnits.event(new UnitChangedV1("03996", "Xã chuyển về tỉnh", "COMMUNE", "199", TestUnits.FROM, REFORM.minusDays(1),
                null, 1)));
        TestUnits.send(TestUnits.event(new UnitChangedV1("03996", "Xã chuyển về tỉnh", "COMMUNE", "12", REFORM, null, null, 2)));
        TestUnits.send(TestUnits.event("06998", "Xã thử nghiệm Lạng Sơn", "COMMUNE", "20", 0));
        TestUnits.awaitReplica("06998");
    }

    @Test
    void aReplayIsAuthorisedLikeAFirstCallAndAKeyBelongsToItsCaller() {
        businessDate("2026-03-02");
        String source = source(APPROVER, "WP-12-REPLAY", "12", 2026);
        String loan = approvedLoan(OFFICER, borrower(OFFICER, "012098000701", "03997"), source, "HĐ-WP/701");
        String key = UUID.randomUUID().toString();
        String first = disburse(OFFICER, loan, key, 10_000_000).then().statusCode(201).extract().path("id");

        // Others sending the owner's key get what they would get without it: no report, transaction or balance of another unit.
        for (String[] caller : List.of(new String[] {TestTokens.bearer("VIEWER", "03997"), "403"},
                new String[] {TestTokens.bearer("REPORTER", "20"), "403"}, new String[] {LANG_SON_OFFICER, "404"},
                new String[] {TestTokens.bearer("LOAN_OFFICER", "03996"), "404"})) {
            disburse(caller[0], loan, key, 10_000_000).then().statusCode(Integer.parseInt(caller[1]))
                    .contentType(equalTo("application/problem+json")).body(not(containsString(first))).body(not(containsString("03997")));
        }
        // The owner's retry is the first answer; another officer's loan with the same key is his own first call.
        disburse(OFFICER, loan, key, 10_000_000).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        String second = TestTokens.bearerWithRoles("second-officer@12", "12", "LOAN_OFFICER");
        String other = approvedLoan(second, borrower(second, "012198000702", "03997"), source, "HĐ-WP/702");
        disburse(second, other, key, 5_000_000).then().statusCode(201).header("Idempotent-Replayed", (String) null)
                .body("id", not(equalTo(first)));
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan).then().statusCode(200).body("disbursedPrincipal", equalTo(10_000_000));
    }

    @Test
    void aLoanDrawsOnlyOnASourceOfItsOwnArea() {
        businessDate("2026-03-02");
        String langSon = source(LANG_SON_APPROVER, "WP-20-FOREIGN", "20", 2026);
        String borrower = borrower(OFFICER, "012098000703", "03997");
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(application(borrower, langSon, "HĐ-WP/703"))
                .post("/api/v1/loans").then().statusCode(422).body("errors.find { it.field == 'capitalSourceId' }.message",
                        equalTo("no such capital source"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(application(borrower, UUID.randomUUID().toString(), "HĐ-WP/703"))
                .post("/api/v1/loans").then().statusCode(422).body("errors.find { it.field == 'capitalSourceId' }.message",
                        equalTo("no such capital source"));
        given().header("Authorization", LANG_SON_APPROVER).get("/api/v1/capital-sources/" + langSon + "/allocations").then().statusCode(200)
                .body("[0].committed", equalTo(0));
        // An allocation goes to a unit that exists, inside the source's area.
        for (String unit : new String[] {"123", "12", "03997"}) {
            given().header("Authorization", LANG_SON_APPROVER).contentType(ContentType.JSON)
                    .body("{\"unitCode\":\"" + unit + "\",\"year\":2026,\"allocated\":1000}").put("/api/v1/capital-sources/" + langSon + "/allocations")
                    .then().statusCode(422).body("errors[0].field", equalTo("unitCode"));
        }
    }

    @Test
    void scopeIsJudgedAtTheDateOfTheDataAndRefusalsNameNoOwner() {
        businessDate("2026-03-02");
        String source = source(APPROVER, "WP-12-DATE", "12", 2026);
        String borrower = borrower(OFFICER, "012098000704", "03996");
        String loan = given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(application(borrower, source, "HĐ-WP/704"))
                .post("/api/v1/loans").then().statusCode(201).extract().path("id");
        String etag = given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan).then().statusCode(200).extract().header("ETag");
        // District 199 ceased on 30 June 2025: in 2026 its former commune is not its to see or approve.
        String abolished = TestTokens.bearer("LOAN_APPROVER", "199");
        given().header("Authorization", abolished).get("/api/v1/loans/" + loan).then().statusCode(404);
        given().header("Authorization", abolished).get("/api/v1/borrowers/" + borrower).then().statusCode(404);
        // A unit that ceased acts no more: a write by it is refused before any data is looked at.
        given().header("Authorization", abolished).header("If-Match", etag).post("/api/v1/loans/" + loan + "/approve").then().statusCode(403)
                .body("detail", not(containsString("03996")));
        given().header("Authorization", abolished).get("/api/v1/loans").then().statusCode(200).body("items.id", not(hasItem(loan)));
        given().header("Authorization", abolished).get("/api/v1/borrowers").then().statusCode(200).body("items.id", not(hasItem(borrower)));
        // What the commune did while it was the district's stays the district's: a loan of 2024 is in its list and readable.
        businessDate("2024-05-02");
        String earlierBorrower = borrower(OFFICER, "012098000714", "03996");
        String earlier = given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(application(earlierBorrower, source, "HĐ-WP/714"))
                .post("/api/v1/loans").then().statusCode(201).extract().path("id");
        businessDate("2026-03-02");
        given().header("Authorization", abolished).get("/api/v1/loans/" + earlier).then().statusCode(200);
        given().header("Authorization", abolished).queryParam("size", 200).get("/api/v1/loans").then().statusCode(200)
                .body("items.id", hasItem(earlier)).body("items.id", not(hasItem(loan)));
        given().header("Authorization", abolished).queryParam("size", 200).get("/api/v1/borrowers").then().statusCode(200)
                .body("items.id", hasItem(earlierBorrower)).body("items.id", not(hasItem(borrower)));
        // A neighbour's answer is the answer for an id that does not exist: it does not name the commune.
        String neighbour = TestTokens.bearer("LOAN_OFFICER", "03997");
        String refusal = given().header("Authorization", neighbour).get("/api/v1/loans/" + loan).then().statusCode(404).extract().asString();
        String missing = given().header("Authorization", neighbour).get("/api/v1/loans/" + UUID.randomUUID()).then().statusCode(404)
                .extract().path("title");
        assertFalse(refusal.contains("03996"), refusal);
        assertEquals(missing, JsonPath.from(refusal).getString("title"));
        // The province that holds the commune now approves it.
        given().header("Authorization", APPROVER).header("If-Match", etag).post("/api/v1/loans/" + loan + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void closeOfBusinessIsTheHeadOfficesAlone() {
        businessDate("2026-03-02");
        for (String token : new String[] {APPROVER, TestTokens.bearer("LOAN_APPROVER", "03997"), TestTokens.bearer("LOAN_OFFICER", "VN")}) {
            given().header("Authorization", token).post("/api/v1/loan-business-date/close-of-business").then().statusCode(403);
        }
        given().header("Authorization", TestTokens.bearer("VIEWER", "VN")).get("/api/v1/loan-business-date").then()
                .body("businessDate", equalTo("2026-03-02"));
        given().header("Authorization", TestTokens.bearer("LOAN_APPROVER", "VN")).post("/api/v1/loan-business-date/close-of-business").then()
                .statusCode(200).body("businessDate", equalTo("2026-03-03"));
    }

    @Test
    void lenientInputIsRefusedAndChangesNothing() {
        businessDate("2026-03-02");
        String source = source(APPROVER, "WP-12-INPUT", "12", 2026);
        String loan = approvedLoan(OFFICER, borrower(OFFICER, "012098000705", "03997"), source, "HĐ-WP/705");
        for (String body : new String[] {"{\"amount\":1.9}", "{\"amount\":\"1000\"}", "{\"amount\":1e3}", "{\"amount\":1000,\"amount\":\"x\"}",
                "{\"amount\":99999999999999999999}", "", "{\"amount\":1000} {}"}) {
            disburse(OFFICER, loan, UUID.randomUUID().toString(), body).then().statusCode(400).contentType(equalTo("application/problem+json"));
        }
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan).then().body("disbursedPrincipal", equalTo(0));
        disburse(OFFICER, loan, UUID.randomUUID().toString(), "{\"amount\":9223372036854775808}").then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        // A date is a string: not [1998, 3, 14]; a lone surrogate is no text.
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body("""
                        {"citizenId":"012098000715","fullName":"Lò Văn Minh","dateOfBirth":[1998,3,14],"sex":"MALE","category":"POOR",
                         "communeCode":"03997"}""").post("/api/v1/borrowers").then().statusCode(400).body("errors[0].field", equalTo("dateOfBirth"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body("""
                        {"citizenId":"012098000715","fullName":"Lò \\ud800Văn","dateOfBirth":"1998-03-14","sex":"MALE","category":"POOR",
                         "communeCode":"03997"}""").post("/api/v1/borrowers").then().statusCode(400).body("errors[0].field", equalTo("fullName"));
        // A weak tag names no version either.
        given().header("Authorization", APPROVER).header("If-Match", "W/" + given().header("Authorization", OFFICER).get("/api/v1/loans/" + loan)
                .then().extract().header("ETag")).post("/api/v1/loans/" + loan + "/undo-approval").then().statusCode(412);
        // Text with a NUL or another control character is refused, naming the field; a newline in free text is not.
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body(application(borrower(OFFICER, "012098000706", "03997"), source, "HĐ-WP/706").replace("Sona", "Sona\\u0000"))
                .post("/api/v1/loans").then().statusCode(400).body("errors[0].field", equalTo("enterpriseName"));
        given().header("Authorization", OFFICER).get("/api/v1/loans/%00").then().statusCode(400);
        given().header("Authorization", OFFICER).queryParam("unit", "12\u0000").get("/api/v1/loans").then().statusCode(400)
                .body("errors[0].field", equalTo("unit"));
        // Invalid UTF-8.
        given().header("Authorization", OFFICER).contentType("application/json").body(new byte[] {'{', '"', 'a', 'm', 'o', 'u', 'n', 't', '"', ':',
                '"', (byte) 0xC3, (byte) 0x28, '"', '}'}).post("/api/v1/loans/" + loan + "/disbursements").then().statusCode(400);
        // A date is a YYYY-MM-DD string; a far-off one is a mistake; "*" names no version.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(policy("20240101")).post("/api/v1/policies").then().statusCode(400)
                .body("errors[0].field", equalTo("validFrom"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(policy("\"+57385-07-07\"")).post("/api/v1/policies").then()
                .statusCode(422).body("errors[0].field", equalTo("validFrom"));
        given().header("Authorization", APPROVER).header("If-Match", "*").post("/api/v1/loans/" + loan + "/undo-approval").then().statusCode(412);
        // A boolean is true or false: ?dryRun=1 does not import for real.
        for (String notABoolean : new String[] {"1", "", "yes"}) {
            given().header("Authorization", OFFICER).contentType("text/csv; charset=UTF-8").queryParam("dryRun", notABoolean).body("citizenId\n")
                    .post("/api/v1/loan-imports").then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        }
        // A file that is not UTF-8 is refused whole; a row with a control character is refused, naming the column.
        given().header("Authorization", OFFICER).contentType("text/csv").body(new byte[] {'c', 'i', (byte) 0xC3, (byte) 0x28, '\n'})
                .post("/api/v1/loan-imports").then().statusCode(400).body("errors[0].field", equalTo("file"));
        // Too long a path, too many headers, too large a body: problem+json, not an empty answer.
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + "9".repeat(5000)).then().statusCode(414)
                .contentType(equalTo("application/problem+json"));
        given().header("Authorization", OFFICER).header("X-Padding", "x".repeat(20_000)).get("/api/v1/loans").then().statusCode(431)
                .contentType(equalTo("application/problem+json"));
        given().header("Authorization", OFFICER).contentType("text/csv").body(new byte[11 * 1024 * 1024]).post("/api/v1/loan-imports")
                .then().statusCode(413).contentType(equalTo("application/problem+json"));
        // An empty body does not reset the business date.
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).put("/api/v1/loan-business-date").then().statusCode(400);
        given().header("Authorization", ADMIN).get("/api/v1/loan-business-date").then().body("businessDate", equalTo("2026-03-02"));
    }

    @Test
    void anAuditorFindsADisbursementByItsRequestIdWithNoCitizenIdInClear() {
        businessDate("2026-03-02");
        String source = source(APPROVER, "WP-12-AUDIT", "12", 2026);
        String borrower = borrower(OFFICER, "012098000707", "03997");
        String loan = approvedLoan(OFFICER, borrower, source, "HĐ-WP/707");
        String requestId = "audit-" + UUID.randomUUID();
        String tx = given().header("Authorization", OFFICER).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Request-Id", requestId).contentType(ContentType.JSON).body("{\"amount\":7000000}")
                .post("/api/v1/loans/" + loan + "/disbursements").then().statusCode(201).extract().path("id");
        String auditor = TestTokens.bearer("AUDITOR", "VN");
        given().header("Authorization", auditor).queryParam("requestId", requestId).get("/api/v1/audit/loan").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].operation", equalTo("loan.disburse")).body("items[0].targetId", equalTo(loan))
                .body("items[0].unitCode", equalTo("03997")).body("items[0].actor", equalTo("test-loan_officer@12"))
                .body("items[0].actorUnit", equalTo("12")).body("items[0].origin", equalTo("API"))
                .body("items[0].before.status", equalTo("APPROVED")).body("items[0].after.id", equalTo(tx));
        String registration = given().header("Authorization", auditor).queryParam("targetType", "borrower").queryParam("targetId", borrower)
                .get("/api/v1/audit/loan").then().statusCode(200).body("items[0].operation", equalTo("borrower.register"))
                .body("items[0].after.citizenId", equalTo("*********707")).extract().asString();
        assertFalse(registration.contains("012098000707"), registration);
        for (String token : new String[] {OFFICER, TestTokens.bearer("VIEWER", "VN")}) {
            given().header("Authorization", token).get("/api/v1/audit/loan").then().statusCode(403);
        }
    }

    @Test
    void theImportIsScopedToTheImportersAreaAndRevealsNothingOfOthers() {
        businessDate("2026-03-02");
        String langSonSource = source(LANG_SON_APPROVER, "WP-20-IMPORT", "20", 2026);
        String laiChauSource = source(APPROVER, "WP-12-IMPORT", "12", 2026);
        String langSonBorrower = borrower(LANG_SON_OFFICER, "020098000708", "06998");
        String langSonLoan = approvedLoan(LANG_SON_OFFICER, LANG_SON_APPROVER, langSonBorrower, langSonSource, "HĐ-WP/708");
        String header = "citizenId,fullName,dateOfBirth,sex,ethnicity,category,communeCode,product,marketCode,enterpriseName,contractNumber,"
                + "contractTermMonths,contractCost,amount,termMonths,annualRatePercent,capitalSourceCode,disbursedOn,principalRepaid\n";
        String csv = header
                // Lạng Sơn's borrower and contract, with the right name and then a wrong one: the same answer either way.
                + "020098000708,Lò Văn Minh,1998-03-14,MALE,Dao,POOR,03997,OVERSEAS_WORK,KR,HIJACKED Co,HĐ-WP/708,36,120000000,50000000,36,6.6,"
                + "WP-12-IMPORT,2025-09-01,0\n"
                + "020098000708,Người Khác,1998-11-11,MALE,Dao,POOR,03997,OVERSEAS_WORK,KR,HIJACKED Co,HĐ-WP/708,36,120000000,50000000,36,6.6,"
                + "WP-12-IMPORT,2025-09-01,0\n"
                // Lai Châu's own borrower drawing on Lạng Sơn's source; then a good row.
                + "012098000709,Vàng A Chứ,1998-03-14,MALE,Mông,POOR,03997,OVERSEAS_WORK,JP,Công ty Sona,HĐ-WP/709,36,120000000,50000000,36,6.6,"
                + "WP-20-IMPORT,2025-09-01,0\n"
                + "012098000710,Vàng A Dơ,1998-03-14,MALE,Mông,POOR,03997,OVERSEAS_WORK,JP,Công ty Sona,HĐ-WP/710,36,120000000,50000000,36,6.6,"
                + "WP-12-IMPORT,2025-09-01,0\n"
                // A control character in a text field: the row is refused, naming the column, and nothing is stored.
                + "012098000711,Vàng A Sử,1998-03-14,MALE,Mông,POOR,03997,OVERSEAS_WORK,JP,Công ty \u0007Sona,HĐ-WP/711,36,120000000,50000000,36,6.6,"
                + "WP-12-IMPORT,2025-09-01,0\n";
        // A dry run, which writes nothing, says nothing of numbers registered elsewhere either.
        String dry = given().header("Authorization", OFFICER).contentType("text/csv; charset=UTF-8").queryParam("dryRun", true).body(csv)
                .post("/api/v1/loan-imports").then().statusCode(202).extract().path("id");
        JsonPath dryRun = finished(dry);
        assertEquals(3, dryRun.getInt("imported"));
        assertEquals(List.of(4, 6), dryRun.getList("rejections.line"));
        String requestId = "import-" + UUID.randomUUID();
        String id = given().header("Authorization", OFFICER).header("X-Request-Id", requestId).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/api/v1/loan-imports").then().statusCode(202).extract().path("id");
        JsonPath done = finished(id);
        assertEquals(1, done.getInt("imported"));
        assertEquals(4, done.getInt("rejected"));
        assertEquals("enterpriseName", done.getString("rejections.find { it.line == 6 }.field"));
        assertEquals(done.getString("rejections.find { it.line == 2 }.message"), done.getString("rejections.find { it.line == 3 }.message"));
        assertEquals("a borrower with this citizen ID is already registered", done.getString("rejections.find { it.line == 2 }.message"));
        assertEquals("capitalSourceCode", done.getString("rejections.find { it.line == 4 }.field"));
        given().header("Authorization", LANG_SON_OFFICER).get("/api/v1/loans/" + langSonLoan).then().statusCode(200)
                .body("marketCode", equalTo("JP")).body("enterpriseName", not(containsString("HIJACKED")));
        // The imported row went through the same commands, each with its audit record under the import's request id.
        given().header("Authorization", TestTokens.bearer("AUDITOR", "VN")).queryParam("requestId", requestId).get("/api/v1/audit/loan").then()
                .statusCode(200).body("items.operation", equalTo(List.of("loan.import", "borrower.register", "loan-import.start")))
                .body("items.origin", equalTo(List.of("IMPORT", "IMPORT", "API"))).body("items[0].after.status", equalTo("ACTIVE"));
    }

    // --- helpers -----------------------------------------------------------------------------

    static void businessDate(String date) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"businessDate\":\"" + date + "\",\"settable\":true}")
                .put("/api/v1/loan-business-date").then().statusCode(200);
    }

    static String source(String approver, String code, String owner, int year) {
        String id = given().header("Authorization", approver).contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"Vốn ủy thác thử nghiệm\",\"kind\":\"PROVINCIAL_BUDGET_ENTRUSTED\",\"ownerUnitCode\":\"" + owner + "\"}")
                .post("/api/v1/capital-sources").then().statusCode(201).extract().path("id");
        given().header("Authorization", approver).contentType(ContentType.JSON).body("{\"unitCode\":\"" + owner + "\",\"year\":" + year
                + ",\"allocated\":1000000000}").put("/api/v1/capital-sources/" + id + "/allocations").then().statusCode(200);
        return id;
    }

    static String borrower(String officer, String citizenId, String commune) {
        boolean female = citizenId.charAt(3) == '1';
        return given().header("Authorization", officer).contentType(ContentType.JSON).body("""
                        {"citizenId":"%s","fullName":"Lò Văn Minh","dateOfBirth":"1998-03-14","sex":"%s","ethnicity":"Dao","category":"POOR",
                         "communeCode":"%s"}""".formatted(citizenId, female ? "FEMALE" : "MALE", commune))
                .post("/api/v1/borrowers").then().statusCode(201).extract().path("id");
    }

    static String application(String borrower, String source, String contract) {
        return """
                {"borrowerId":"%s","product":"OVERSEAS_WORK","marketCode":"JP","enterpriseName":"Công ty Sona","contractNumber":"%s",
                 "contractTermMonths":36,"contractCost":100000000,"amountRequested":50000000,"termMonths":36,"capitalSourceId":"%s"}"""
                .formatted(borrower, contract, source);
    }

    static String approvedLoan(String officer, String borrower, String source, String contract) {
        return approvedLoan(officer, APPROVER, borrower, source, contract);
    }

    static String approvedLoan(String officer, String approver, String borrower, String source, String contract) {
        String loan = given().header("Authorization", officer).contentType(ContentType.JSON).body(application(borrower, source, contract))
                .post("/api/v1/loans").then().statusCode(201).extract().path("id");
        String etag = given().header("Authorization", officer).get("/api/v1/loans/" + loan).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", approver).header("If-Match", etag).post("/api/v1/loans/" + loan + "/approve").then().statusCode(200);
        return loan;
    }

    static io.restassured.response.Response disburse(String token, String loan, String key, long amount) {
        return disburse(token, loan, key, "{\"amount\":" + amount + "}");
    }

    static io.restassured.response.Response disburse(String token, String loan, String key, String body) {
        return given().header("Authorization", token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/loans/" + loan + "/disbursements");
    }

    static String policy(String validFrom) {
        return """
                {"name":"Thử","legalBasis":"Thử","validFrom":%s,"overdueRateFactor":1.3,
                 "categories":[{"category":"POOR","eligible":true,"annualRatePercent":6.6}],
                 "products":[{"product":"OVERSEAS_WORK","maxShareOfContractCost":1.0,"maxAmount":null,"collateralFromAmount":100000000,
                              "maxTermMonths":null,"termWithinContract":true}]}"""
                .formatted(validFrom);
    }

    static JsonPath finished(String id) {
        return vn.ct20.loan.importing.LoanImportTest.finished(id, OFFICER);
    }
}
