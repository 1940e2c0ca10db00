package vn.ct20.loan.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

/** The national lending rules shipped as data, applied to loan requests to the dong. */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class PolicyResourceTest {
    static final String OFFICER = TestTokens.bearer("LOAN_OFFICER", "20");
    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");

    private ValidatableResponse evaluate(String category, String product, long amount, Long contractCost, int term, Integer contractTerm) {
        return given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body("""
                        {"category":"%s","product":"%s","amount":%d,"contractCost":%s,"termMonths":%d,"contractTermMonths":%s,"date":"2026-11-22"}"""
                        .formatted(category, product, amount, contractCost, term, contractTerm))
                .post("/api/v1/policies/evaluate").then().statusCode(200);
    }

    @Test
    void collateralIsRequiredFromOneHundredMillion() {
        evaluate("POOR", "OVERSEAS_WORK", 120_000_000, 150_000_000L, 36, 36)
                .body("approvable", equalTo(true)).body("collateralRequired", equalTo(true))
                .body("annualRatePercent", equalTo(6.6f)).body("overdueAnnualRatePercent", equalTo(8.58f))
                .body("maxAmount", equalTo(150_000_000));
        evaluate("POOR", "OVERSEAS_WORK", 90_000_000, 150_000_000L, 36, 36)
                .body("approvable", equalTo(true)).body("collateralRequired", equalTo(false));
        evaluate("NEAR_POOR", "OVERSEAS_WORK", 100_000_000, 150_000_000L, 36, 36)
                .body("collateralRequired", equalTo(true)).body("annualRatePercent", equalTo(7.92f))
                .body("overdueAnnualRatePercent", equalTo(10.296f));
    }

    @Test
    void aLoanAboveTheContractCostOrLongerThanTheContractIsRefused() {
        evaluate("POOR", "OVERSEAS_WORK", 150_000_001, 150_000_000L, 36, 36)
                .body("approvable", equalTo(false)).body("violations.field", hasItem("amount"));
        evaluate("POOR", "OVERSEAS_WORK", 150_000_000, 150_000_000L, 36, 36).body("approvable", equalTo(true));
        evaluate("POOR", "OVERSEAS_WORK", 90_000_000, 150_000_000L, 37, 36)
                .body("approvable", equalTo(false)).body("violations.field", hasItem("termMonths"));
        evaluate("POOR", "OVERSEAS_WORK", 90_000_000, null, 36, null)
                .body("approvable", equalTo(false)).body("violations.field", hasItem("contractCost"));
    }

    @Test
    void epsDepositLoansStopAtOneHundredMillionAndSixtyFourMonths() {
        evaluate("POOR", "EPS_DEPOSIT", 100_000_000, null, 64, null)
                .body("approvable", equalTo(true)).body("collateralRequired", equalTo(false));
        evaluate("POOR", "EPS_DEPOSIT", 100_000_001, null, 64, null)
                .body("approvable", equalTo(false)).body("violations.field", hasItem("amount"));
        evaluate("POOR", "EPS_DEPOSIT", 100_000_000, null, 65, null)
                .body("approvable", equalTo(false)).body("violations.field", hasItem("termMonths"));
    }

    @Test
    void categoriesWithoutARateOrNotEligibleCannotBeApproved() {
        evaluate("LOCAL_POLICY_GROUP", "OVERSEAS_WORK", 50_000_000, 150_000_000L, 24, 36)
                .body("approvable", equalTo(false)).body("violations[0].message", containsString("may not borrow"));
        evaluate("ETHNIC_MINORITY", "OVERSEAS_WORK", 50_000_000, 150_000_000L, 24, 36)
                .body("approvable", equalTo(false)).body("violations[0].message", containsString("no interest rate"));
    }

    /** The shipped policy leaves a rate unset where no source was at hand: the refusal says so, and an administrator fills it once. */
    @Test
    void aRateTheVersionLacksIsSetOnceByAnAdministratorCitingItsBasis() {
        String shipped = "6a0c5b1e-61a7-4c2f-9e15-2015a0740001";
        String rate = "/api/v1/policies/" + shipped + "/categories/%s/rate";
        evaluate("RELATIVE_OF_PERSON_WITH_MERIT", "OVERSEAS_WORK", 50_000_000, 150_000_000L, 24, 36).body("approvable", equalTo(false))
                .body("violations[0].message", containsString("sets no interest rate for RELATIVE_OF_PERSON_WITH_MERIT yet"))
                .body("violations[0].message", containsString("PUT " + rate.formatted("RELATIVE_OF_PERSON_WITH_MERIT")));
        String body = """
                {"annualRatePercent":%s,"rateBasis":"Nghị định 61/2015/NĐ-CP Điều 38, sửa đổi bởi Nghị định 74/2019/NĐ-CP"}""";
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(body.formatted("7.92"))
                .put(rate.formatted("RELATIVE_OF_PERSON_WITH_MERIT")).then().statusCode(403);
        setRate("RELATIVE_OF_PERSON_WITH_MERIT", body.formatted("7.92345")).statusCode(400).body("errors[0].field", equalTo("annualRatePercent"));
        setRate("RELATIVE_OF_PERSON_WITH_MERIT", body.formatted("\"7.92\"")).statusCode(400);
        setRate("RELATIVE_OF_PERSON_WITH_MERIT", "{\"annualRatePercent\":7.92}").statusCode(400).body("errors[0].field", equalTo("rateBasis"));
        setRate("LOCAL_POLICY_GROUP", body.formatted("7.92")).statusCode(422);
        setRate("POOR", body.formatted("5")).statusCode(409).body("detail", containsString("6.6 % for POOR"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body.formatted("7.92"))
                .put("/api/v1/policies/" + java.util.UUID.randomUUID() + "/categories/POOR/rate").then().statusCode(404);
        given().header("Authorization", OFFICER).get("/api/v1/policies/current")
                .then().body("categories.find { it.category == 'RELATIVE_OF_PERSON_WITH_MERIT' }.annualRatePercent", equalTo(null));

        setRate("RELATIVE_OF_PERSON_WITH_MERIT", body.formatted("7.92")).statusCode(200)
                .body("categories.find { it.category == 'RELATIVE_OF_PERSON_WITH_MERIT' }.annualRatePercent", equalTo(7.92f))
                .body("categories.find { it.category == 'RELATIVE_OF_PERSON_WITH_MERIT' }.rateBasis", containsString("Nghị định 74/2019"));
        evaluate("RELATIVE_OF_PERSON_WITH_MERIT", "OVERSEAS_WORK", 50_000_000, 150_000_000L, 24, 36).body("approvable", equalTo(true))
                .body("annualRatePercent", equalTo(7.92f)).body("overdueAnnualRatePercent", equalTo(10.296f));
        // Once set, it changes only through a new version.
        setRate("RELATIVE_OF_PERSON_WITH_MERIT", body.formatted("6.6")).statusCode(409);
    }

    private ValidatableResponse setRate(String category, String body) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body)
                .put("/api/v1/policies/6a0c5b1e-61a7-4c2f-9e15-2015a0740001/categories/" + category + "/rate").then();
    }

    @Test
    void theShippedPolicyIsInForceAndEarlierDatesHaveNone() {
        given().header("Authorization", OFFICER).queryParam("at", "2026-11-22").get("/api/v1/policies/current")
                .then().statusCode(200).body("validFrom", equalTo("2023-06-01")).body("overdueRateFactor", equalTo(1.3f))
                .body("categories.find { it.category == 'POOR' }.annualRatePercent", equalTo(6.6f));
        given().header("Authorization", OFFICER).queryParam("at", "2020-01-01").get("/api/v1/policies/current")
                .then().statusCode(404).contentType(equalTo("application/problem+json"));
    }

    @Test
    void aNewVersionAppliesFromItsDateOnly() {
        LocalDate from = LocalDate.now().plusDays(30);
        String version = """
                {"name":"Cho vay đi làm việc ở nước ngoài (thử)","legalBasis":"Quyết định thử nghiệm","validFrom":"%s","overdueRateFactor":1.3,
                 "categories":[{"category":"POOR","eligible":true,"annualRatePercent":6.0}],
                 "products":[{"product":"OVERSEAS_WORK","maxShareOfContractCost":1.0,"collateralFromAmount":120000000,"termWithinContract":true}]}""";
        // Who may publish, and what is refused.
        given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(version.formatted(from)).post("/api/v1/policies").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("LOAN_APPROVER", "VN")).contentType(ContentType.JSON).body(version.formatted(from))
                .post("/api/v1/policies").then().statusCode(403);
        publish(version.formatted(LocalDate.now())).statusCode(422).body("errors[0].field", equalTo("validFrom"));
        publish(version.formatted(from).replace("\"termWithinContract\":true}]", "\"termWithinContract\":true},{\"product\":\"OVERSEAS_WORK\",\"maxAmount\":1,\"termWithinContract\":true}]"))
                .statusCode(422).body("errors[0].field", equalTo("products"));
        publish(version.formatted(from).replace("\"maxShareOfContractCost\":1.0,", "")).statusCode(422);
        publish(version.formatted(from).replace("1.3", "0.5")).statusCode(400).body("errors[0].field", equalTo("overdueRateFactor"));
        publish(version.formatted(from).replace("6.0", "-1")).statusCode(400);
        publish("{\"name\":\"\"}").statusCode(400).body("errors.field", hasItem("validFrom"));
        given().header("Authorization", OFFICER).get("/api/v1/policies").then().body("$", hasSize(1));

        publish(version.formatted(from)).statusCode(201).body("validFrom", equalTo(from.toString()));
        given().header("Authorization", OFFICER).queryParam("at", from.minusDays(1).toString()).get("/api/v1/policies/current")
                .then().body("validFrom", equalTo("2023-06-01")).body("validTo", equalTo(from.minusDays(1).toString()));
        given().header("Authorization", OFFICER).queryParam("at", from.toString()).get("/api/v1/policies/current")
                .then().body("categories[0].annualRatePercent", equalTo(6));
        // A version cannot be slipped in before one already scheduled.
        publish(version.formatted(from.minusDays(10))).statusCode(409);

        // A rule change applies to loans approved after it: two applications of the same day, approved either side of it.
        vn.ct20.testkit.TestUnits.laiChauAndLangSon();
        vn.ct20.testkit.TestUnits.send(vn.ct20.testkit.TestUnits.event("06400", "Xã thử nghiệm chính sách", "COMMUNE", "180", 0));
        vn.ct20.testkit.TestUnits.awaitReplica("06400");
        String approver = TestTokens.bearer("LOAN_APPROVER", "20");
        businessDate(from.minusDays(1));
        String borrower = given().header("Authorization", OFFICER).contentType(ContentType.JSON).body("""
                        {"citizenId":"020097000501","fullName":"Hoàng Văn Lâm","dateOfBirth":"1997-04-04","sex":"MALE","ethnicity":"Tày",
                         "category":"POOR","communeCode":"06400"}""")
                .post("/api/v1/borrowers").then().statusCode(201).extract().path("id");
        String source = given().header("Authorization", approver).contentType(ContentType.JSON).body("""
                        {"code":"UT-20-POLICY","name":"Vốn ngân sách tỉnh Lạng Sơn ủy thác qua NHCSXH","kind":"PROVINCIAL_BUDGET_ENTRUSTED",
                         "ownerUnitCode":"20"}""")
                .post("/api/v1/capital-sources").then().statusCode(201).extract().path("id");
        String application = """
                {"borrowerId":"%s","product":"OVERSEAS_WORK","marketCode":"KR","enterpriseName":"Công ty thử","contractNumber":"%s",
                 "contractTermMonths":24,"contractCost":80000000,"amountRequested":60000000,"termMonths":24,"capitalSourceId":"%s"}""";
        String before = given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(application.formatted(borrower, "HĐ-A", source))
                .post("/api/v1/loans").then().statusCode(201).extract().path("id");
        String after = given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(application.formatted(borrower, "HĐ-B", source))
                .post("/api/v1/loans").then().statusCode(201).extract().path("id");
        given().header("Authorization", approver).header("If-Match", "\"0\"").post("/api/v1/loans/" + before + "/approve").then().statusCode(200)
                .body("annualRatePercent", equalTo(6.6f));
        businessDate(from);
        given().header("Authorization", approver).header("If-Match", "\"0\"").post("/api/v1/loans/" + after + "/approve").then().statusCode(200)
                .body("annualRatePercent", equalTo(6)).body("overdueAnnualRatePercent", equalTo(7.8f));
        given().header("Authorization", OFFICER).get("/api/v1/loans/" + before).then().body("annualRatePercent", equalTo(6.6f));
        // The state machine's other exits: a rejection needs a reason; a withdrawn application cannot be approved.
        String third = given().header("Authorization", OFFICER).contentType(ContentType.JSON).body(application.formatted(borrower, "HĐ-C", source))
                .post("/api/v1/loans").then().statusCode(201).extract().path("id");
        given().header("Authorization", approver).header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"reason\":\"\"}")
                .post("/api/v1/loans/" + third + "/reject").then().statusCode(400);
        given().header("Authorization", OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"reason\":\"Người lao động không đi nữa\"}").post("/api/v1/loans/" + third + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().header("Authorization", approver).header("If-Match", "\"1\"").post("/api/v1/loans/" + third + "/approve").then().statusCode(409);
        given().header("Authorization", approver).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"reason\":\"Không còn khả năng thu hồi\"}").post("/api/v1/loans/" + before + "/write-off").then().statusCode(409);
    }

    private static void businessDate(LocalDate date) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"businessDate\":\"" + date + "\"}")
                .put("/api/v1/loan-business-date").then().statusCode(200);
    }

    @Test
    void badEvaluationRequestsAreProblems() {
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body("{\"category\":\"RICH\",\"product\":\"OVERSEAS_WORK\",\"amount\":1,\"termMonths\":1}")
                .post("/api/v1/policies/evaluate").then().statusCode(400).contentType(equalTo("application/problem+json"));
        given().header("Authorization", OFFICER).contentType(ContentType.JSON)
                .body("{\"category\":\"POOR\",\"product\":\"OVERSEAS_WORK\",\"amount\":-5,\"termMonths\":0}")
                .post("/api/v1/policies/evaluate").then().statusCode(400).body("errors.field", hasItem("amount"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/policies/evaluate").then().statusCode(401);
    }

    private ValidatableResponse publish(String body) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/policies").then();
    }
}
