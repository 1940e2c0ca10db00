package vn.ct20.loan;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.ApiProbe;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

/**
 * Every operation of loan-service's OpenAPI document, generated: by every role at the borrower's
 * commune, its province and the country (in scope), and at a sibling commune, the district the
 * commune belonged to until 30 June 2025 and another province (out of scope), first call and
 * replay of the owner's key; and every malformed variant of every body.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class ApiProbeTest {
    static final String OWNER = TestTokens.bearerWithRoles("matrix-owner@12", "12", "LOAN_OFFICER");
    static final String APPROVER = TestTokens.bearer("LOAN_APPROVER", "12");
    static final String CITIZEN_ID = "012098000801";

    /** WritePathTest's units: commune 03996 under district 199 until 30 June 2025, then under Lai Châu; 03997; Lạng Sơn. */
    @BeforeAll
    static void units() {
        WritePathTest.units();
    }

    record LoanFixture(String source, String borrower, String loan, String loanImport) implements ApiProbe.Fixture {
        @Override
        public String parameter(String path, String name) {
            if (path.startsWith("/api/v1/loans/") && name.equals("id")) {
                return loan;
            }
            if (path.startsWith("/api/v1/borrowers/") && name.equals("id")) {
                return borrower;
            }
            if (path.startsWith("/api/v1/capital-sources/") && name.equals("id")) {
                return source;
            }
            if (path.startsWith("/api/v1/loan-imports/") && name.equals("id")) {
                return loanImport;
            }
            return switch (name) {
                case "unit" -> "12";
                case "commune" -> "03996";
                case "year" -> "2026";
                case "quarter" -> "1";
                case "targetId" -> loan;
                default -> null;
            };
        }

        @Override
        public Map<String, Object> bodyFields() {
            // A policy from the past is refused: the probe must not schedule a national policy for the other tests.
            return Map.of("borrowerId", borrower, "capitalSourceId", source, "validFrom", "2020-01-01");
        }

        @Override
        public List<String> secrets() {
            return List.of(CITIZEN_ID, borrower, loan, source);
        }
    }

    static LoanFixture fixture;

    /** Made once: both tests probe the same loan. */
    static synchronized LoanFixture fixture() {
        if (fixture == null) {
            fixture = makeFixture();
        }
        return fixture;
    }

    static LoanFixture makeFixture() {
        given().header("Authorization", TestTokens.bearer("SYSTEM_ADMIN", "VN")).contentType(ContentType.JSON)
                .body("{\"businessDate\":\"2026-03-02\",\"settable\":true}").put("/api/v1/loan-business-date").then().statusCode(200);
        String source = WritePathTest.source(APPROVER, "PROBE-12-" + System.nanoTime(), "12", 2026);
        String borrower = given().header("Authorization", OWNER).contentType(ContentType.JSON).body("""
                        {"citizenId":"%s","fullName":"Lò Văn Minh","dateOfBirth":"1998-03-14","sex":"MALE","ethnicity":"Dao","category":"POOR",
                         "communeCode":"03996"}""".formatted(CITIZEN_ID))
                .post("/api/v1/borrowers").then().statusCode(201).extract().path("id");
        String loan = WritePathTest.approvedLoan(OWNER, APPROVER, borrower, source, "HĐ-PROBE/801");
        String loanImport = given().header("Authorization", OWNER).contentType("text/csv; charset=UTF-8").queryParam("dryRun", true)
                .body("citizenId,fullName,dateOfBirth,sex,ethnicity,category,communeCode,product,marketCode,enterpriseName,contractNumber,"
                        + "contractTermMonths,contractCost,amount,termMonths,annualRatePercent,capitalSourceCode,disbursedOn,principalRepaid\n")
                .post("/api/v1/loan-imports").then().statusCode(202).extract().path("id");
        return new LoanFixture(source, borrower, loan, loanImport);
    }

    @Test
    void noOperationLeaksToACallerOutsideTheDatasScope() {
        LoanFixture fixture = fixture();
        Map<String, Boolean> units = new LinkedHashMap<>();
        units.put("03996", true);   // the borrower's commune
        units.put("12", true);      // its province
        units.put("VN", true);      // the country
        units.put("03997", false);  // a commune of another district of the province
        units.put("199", false);    // the commune's district until 30 June 2025, abolished since
        units.put("20", false);     // another province
        ApiProbe.ofServedDocument().matrix(fixture, new ApiProbe.Caller("LOAN_OFFICER (owner) 12", OWNER, true),
                ApiProbe.everyRoleAt(units, TestTokens::bearer));
    }

    @Test
    void everyMalformedBodyIsRefusedAndChangesNothing() {
        LoanFixture fixture = fixture();
        String all = TestTokens.bearerWithRoles("fuzzer@VN", "VN", "SYSTEM_ADMIN", "LOAN_OFFICER", "LOAN_APPROVER", "PLAN_EDITOR", "REPORTER",
                "CONSOLIDATOR", "MACHINE_CLIENT");
        ApiProbe.ofServedDocument().malformed(fixture, new ApiProbe.Caller("every role VN", all, true),
                () -> given().header("Authorization", TestTokens.bearer("AUDITOR", "VN")).queryParam("size", 1).get("/api/v1/audit/loan")
                        .then().statusCode(200).extract().path("total"));
    }

    @Test
    void everyListSortsByTheFieldsItDocumentsAndRefusesOthers() {
        ApiProbe.ofServedDocument().sorting(fixture(), new ApiProbe.Caller("SYSTEM_ADMIN VN", TestTokens.bearer("SYSTEM_ADMIN", "VN"), true));
    }
}
