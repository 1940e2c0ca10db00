package vn.ct20.report;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ct20.events.unit.UnitChangedV1;
import vn.ct20.testkit.ApiProbe;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;
import vn.ct20.testkit.TestUnits;

/**
 * Every operation of report-service's OpenAPI document, generated: a commune's report to its
 * province (asked ad hoc), probed by every role at the commune, the province and the country (in
 * scope), and at a sibling commune, the district the commune belonged to until 30 June 2025 and
 * another province (out of scope), first call and replay of the owner's key; and every malformed
 * variant of every body.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class ApiProbeTest {
    static final String OWNER = TestTokens.bearerWithRoles("matrix-owner@09901", "09901", "REPORTER");
    static final String CONSOLIDATOR = TestTokens.bearer("CONSOLIDATOR", "99");

    @BeforeAll
    static void units() {
        // A province of the probe's own (99), so that what it files counts in no other test's figures.
        TestUnits.laiChauAndLangSon();
        TestUnits.send(TestUnits.event("99", "Tỉnh thăm dò", "PROVINCE", "VN", 0));
        LocalDate reform = LocalDate.of(2025, 7, 1);
        TestUnits.send(TestUnits.event(new UnitChangedV1("998", "Huyện đã giải thể", "DISTRICT", "99", TestUnits.FROM, reform.minusDays(1), null, 1)));
        TestUnits.send(TestUnits.event(new UnitChangedV1("09901", "Xã chuyển về tỉnh", "COMMUNE", "998", TestUnits.FROM, reform.minusDays(1), null, 1)));
        TestUnits.send(TestUnits.event(new UnitChangedV1("09901", "Xã chuyển về tỉnh", "COMMUNE", "99", reform, null, null, 2)));
        TestUnits.send(TestUnits.event("09902", "Xã bên cạnh", "COMMUNE", "99", 0));
        TestUnits.awaitReplica("09902");
    }

    record ReportFixture(String request, String obligation, String report) implements ApiProbe.Fixture {
        @Override
        public String parameter(String path, String name) {
            if (path.startsWith("/api/v1/reports/") && name.equals("id")) {
                return report;
            }
            if (path.startsWith("/api/v1/obligations/") && name.equals("id")) {
                return obligation;
            }
            if (path.startsWith("/api/v1/ad-hoc-requests/") && name.equals("id")) {
                return request;
            }
            return switch (name) {
                case "unitCode", "unit" -> "09901";
                case "consolidatingUnit" -> "99";
                case "periodId", "period" -> "2026";
                case "year" -> "2026";
                case "adHocRequestId" -> request;
                case "targetId" -> report;
                default -> null;
            };
        }

        @Override
        public Map<String, Object> bodyFields() {
            return Map.of("obligationId", obligation);
        }

        @Override
        public List<String> secrets() {
            return List.of(report, obligation, request, "Báo cáo thăm dò");
        }
    }

    static ReportFixture fixture;

    static synchronized ReportFixture fixture() {
        if (fixture == null) {
            String request = given().header("Authorization", CONSOLIDATOR).contentType(ContentType.JSON).body("""
                            {"title":"Báo cáo thăm dò","requestingUnitCode":"99","dueDate":"%s","coversFrom":"2026-01-01","coversTo":"2026-11-30",
                             "unitCodes":["09901"]}""".formatted(LocalDate.now().plusDays(30)))
                    .post("/api/v1/ad-hoc-requests").then().statusCode(201).extract().path("id");
            String obligation = given().header("Authorization", CONSOLIDATOR).queryParam("adHocRequestId", request).get("/api/v1/obligations")
                    .then().statusCode(200).extract().path("items[0].id");
            String report = given().header("Authorization", OWNER).contentType(ContentType.JSON)
                    .body("{\"obligationId\":\"" + obligation + "\",\"content\":{\"difficulties\":\"Báo cáo thăm dò\"}}").post("/api/v1/reports")
                    .then().statusCode(201).extract().path("id");
            fixture = new ReportFixture(request, obligation, report);
        }
        return fixture;
    }

    @Test
    void noOperationLeaksToACallerOutsideTheDatasScope() {
        ReportFixture fixture = fixture();
        Map<String, Boolean> units = new LinkedHashMap<>();
        units.put("09901", true);   // the reporting commune
        units.put("99", true);      // its province, which asked
        units.put("VN", true);
        units.put("09902", false);  // another commune of the province
        units.put("998", false);    // the commune's district until 30 June 2025, abolished since
        units.put("12", false);     // another province
        ApiProbe.ofServedDocument().matrix(fixture, new ApiProbe.Caller("REPORTER (owner) 09901", OWNER, true),
                ApiProbe.everyRoleAt(units, TestTokens::bearer));
    }

    @Test
    void everyMalformedBodyIsRefusedAndChangesNothing() {
        ReportFixture fixture = fixture();
        String all = TestTokens.bearerWithRoles("fuzzer@VN", "VN", "SYSTEM_ADMIN", "REPORTER", "CONSOLIDATOR", "PLAN_EDITOR", "LOAN_OFFICER",
                "LOAN_APPROVER", "MACHINE_CLIENT");
        ApiProbe.ofServedDocument().malformed(fixture, new ApiProbe.Caller("every role VN", all, true),
                () -> given().header("Authorization", TestTokens.bearer("AUDITOR", "VN")).queryParam("size", 1).get("/api/v1/audit/report")
                        .then().statusCode(200).extract().path("total"));
    }

    @Test
    void everyListSortsByTheFieldsItDocumentsAndRefusesOthers() {
        ApiProbe.ofServedDocument().sorting(fixture(), new ApiProbe.Caller("SYSTEM_ADMIN VN", TestTokens.bearer("SYSTEM_ADMIN", "VN"), true));
    }
}
