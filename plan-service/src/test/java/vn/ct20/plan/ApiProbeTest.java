package vn.ct20.plan;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ct20.plan.seed.SourcePlans;
import vn.ct20.testkit.ApiProbe;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

/**
 * Every operation of plan-service's OpenAPI document, generated: a draft plan of Lạng Sơn province
 * (implementing the province's source plan) with a task, a target and a reporting regime, probed by
 * every role at the province and the country, and at one of its districts and another province;
 * and every malformed variant of every body. Plans are readable by the units below and above their
 * area (the plans a unit implements), so only writes count as leaks here.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class ApiProbeTest {
    static final UUID LANG_SON = SourcePlans.idOf("lang-son-ubnd");
    static final String EDITOR = TestTokens.bearer("PLAN_EDITOR", "20");

    record PlanFixture(String plan, String task, String target, String regime) implements ApiProbe.Fixture {
        @Override
        public String parameter(String path, String name) {
            return switch (name) {
                case "id", "planId" -> path.startsWith("/api/v1/plans/") ? plan : null;
                case "taskId" -> task;
                case "targetId" -> target;
                case "regimeId" -> regime;
                case "code" -> "20";
                case "unit" -> "20";
                default -> null;
            };
        }

        @Override
        public Map<String, Object> bodyFields() {
            // A unit the probe registers gets a code of its own, so that no other test finds it taken.
            return Map.of("areaUnitCode", "20", "issuingUnitCode", "20-UBND", "parentCode", "20", "parentIds", List.of(LANG_SON),
                    "code", "PRB-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase());
        }

        @Override
        public List<String> secrets() {
            return List.of();
        }
    }

    static PlanFixture fixture;

    static synchronized PlanFixture fixture() {
        if (fixture == null) {
            String plan = post("/api/v1/plans", "{\"kind\":\"PLAN\",\"title\":\"KH thăm dò\",\"issuingUnitCode\":\"20-UBND\","
                    + "\"areaUnitCode\":\"20\",\"parentIds\":[\"" + LANG_SON + "\"]}");
            String task = post("/api/v1/plans/" + plan + "/tasks",
                    "{\"number\":\"1\",\"title\":\"Nhiệm vụ thăm dò\",\"leadUnitCode\":\"20-UBND\",\"deadline\":{\"kind\":\"YEAR\",\"year\":2026}}");
            String target = post("/api/v1/plans/" + plan + "/targets", """
                    {"label":"Chỉ tiêu thăm dò","indicatorCode":"WORKERS_SENT","measure":"TOTAL","comparator":"GTE","value":100,
                     "scope":"PLAN_AREA","marketScope":"ALL","timeBasis":"EACH_YEAR"}""");
            String regime = post("/api/v1/plans/" + plan + "/reporting-regimes", """
                    {"frequency":"YEARLY","dueDay":21,"dueMonth":12,"consolidatingUnitCode":"20-SLDTBXH","reportingUnitKinds":["DISTRICT"]}""");
            fixture = new PlanFixture(plan, task, target, regime);
        }
        return fixture;
    }

    static String post(String path, String body) {
        return given().header("Authorization", EDITOR).contentType(io.restassured.http.ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void noWriteSucceedsForACallerOutsideThePlansArea() {
        Map<String, Boolean> units = new LinkedHashMap<>();
        units.put("20", true);     // Lạng Sơn province, the plan's area
        units.put("VN", true);
        units.put("180", false);   // Tràng Định, one of its districts: reads the plan, may not change it
        units.put("12", false);    // Lai Châu, another province
        ApiProbe probe = ApiProbe.ofServedDocument();
        ApiProbe writes = probe.only(op -> !op.method().equals("get"));
        writes.matrix(fixture(), new ApiProbe.Caller("PLAN_EDITOR (owner) 20", TestTokens.bearerWithRoles("matrix-owner@20", "20", "PLAN_EDITOR"),
                true), ApiProbe.everyRoleAt(units, TestTokens::bearer));
    }

    @Test
    void everyMalformedBodyIsRefusedAndChangesNothing() {
        String all = TestTokens.bearerWithRoles("fuzzer@VN", "VN", "SYSTEM_ADMIN", "PLAN_EDITOR", "REPORTER", "CONSOLIDATOR", "MACHINE_CLIENT");
        ApiProbe.ofServedDocument().malformed(fixture(), new ApiProbe.Caller("every role VN", all, true),
                () -> given().header("Authorization", TestTokens.bearer("AUDITOR", "VN")).queryParam("size", 1).get("/api/v1/audit/plan")
                        .then().statusCode(200).extract().path("total"));
    }

    @Test
    void everyListSortsByTheFieldsItDocumentsAndRefusesOthers() {
        ApiProbe.ofServedDocument().sorting(fixture(), new ApiProbe.Caller("SYSTEM_ADMIN VN", TestTokens.bearer("SYSTEM_ADMIN", "VN"), true));
    }
}
