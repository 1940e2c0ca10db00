package vn.ct20.plan.seed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

/**
 * The five source plans as loaded, compared item by item with the reviewed list of what each document
 * says ({@code reference/source-plans-as-written.json}, transcribed from shared/seeds with each item's
 * line): every section and task with every lead, co-lead and coordinator and its deadline, the targets
 * with their windows, the budget lines, the reporting regimes with the bodies that report, the purpose
 * and the plans each implements. Every difference is listed, not just the first.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class SourcePlansAsWrittenTest {
    static final String NATIONAL = TestTokens.bearer("VIEWER", "VN");

    @Test
    void theLoadedPlansSayWhatTheDocumentsSay() throws Exception {
        JsonNode reviewed;
        try (InputStream in = SourcePlansAsWrittenTest.class.getResourceAsStream("/reference/source-plans-as-written.json")) {
            reviewed = new ObjectMapper().readTree(in);
        }
        List<String> differences = new ArrayList<>();
        int items = 0;
        for (JsonNode plan : reviewed.get("plans")) {
            String key = plan.get("key").asText();
            UUID id = SourcePlans.idOf(key);
            JsonPath loaded = given().header("Authorization", NATIONAL).get("/api/v1/plans/" + id).then().statusCode(200).extract().jsonPath();
            items += 2;
            String purpose = loaded.getString("purpose");
            if (purpose == null || !purpose.startsWith(plan.get("purposeStartsWith").asText())) {
                differences.add(key + " purpose: " + (purpose == null ? "none" : purpose.substring(0, Math.min(60, purpose.length()))));
            }
            TreeSet<String> parents = new TreeSet<>();
            plan.get("parents").forEach(p -> parents.add(SourcePlans.idOf(p.asText()).toString()));
            same(differences, key + " parents", parents, new TreeSet<>(loaded.getList("parentIds", String.class)));

            items += compareTasks(differences, key, plan.get("tasks"),
                    given().header("Authorization", NATIONAL).get("/api/v1/plans/" + id + "/tasks").then().statusCode(200).extract().jsonPath());
            items += compareTargets(differences, key, plan.get("targets"),
                    given().header("Authorization", NATIONAL).get("/api/v1/plans/" + id + "/targets").then().statusCode(200).extract().jsonPath());
            items += compareBudget(differences, key, plan.get("budget"),
                    given().header("Authorization", NATIONAL).get("/api/v1/plans/" + id + "/budget-lines").then().statusCode(200).extract().jsonPath());
            items += compareRegimes(differences, key, plan.get("regimes"),
                    given().header("Authorization", NATIONAL).get("/api/v1/plans/" + id + "/reporting-regimes").then().statusCode(200)
                            .extract().jsonPath());
        }
        assertTrue(items > 200, "the reviewed list covers the five plans item by item: " + items);
        assertTrue(differences.isEmpty(), differences.size() + " of " + items + " items differ from the documents:\n"
                + String.join("\n", differences));
    }

    private static int compareTasks(List<String> differences, String plan, JsonNode expected, JsonPath loaded) {
        List<Map<String, Object>> tasks = loaded.getList("$");
        TreeSet<String> expectedNumbers = new TreeSet<>();
        for (JsonNode task : expected) {
            String number = task.get("number").asText();
            expectedNumbers.add(number);
            Map<String, Object> actual = tasks.stream().filter(t -> number.equals(t.get("number"))).findFirst().orElse(null);
            String where = plan + " task " + number + " (line " + task.path("line").asText() + ")";
            if (actual == null) {
                differences.add(where + ": missing");
                continue;
            }
            same(differences, where + " section", task.get("section").asBoolean(), actual.get("section"));
            same(differences, where + " lead", text(task, "leadUnitCode"), actual.get("leadUnitCode"));
            same(differences, where + " lead kind", text(task, "leadUnitKind"), actual.get("leadUnitKind"));
            same(differences, where + " co-leads", set(task.get("coLeadUnitCodes")), set((Collection<?>) actual.get("coLeadUnitCodes")));
            same(differences, where + " co-lead kinds", set(task.get("coLeadUnitKinds")), set((Collection<?>) actual.get("coLeadUnitKinds")));
            same(differences, where + " coordinators", set(task.get("coordinatingUnitCodes")),
                    set((Collection<?>) actual.get("coordinatingUnitCodes")));
            same(differences, where + " coordinator kinds", set(task.get("coordinatingUnitKinds")),
                    set((Collection<?>) actual.get("coordinatingUnitKinds")));
            same(differences, where + " deadline", text(task, "deadlineLabel"), actual.get("deadlineLabel"));
        }
        for (Map<String, Object> task : tasks) {
            if (!expectedNumbers.contains(String.valueOf(task.get("number")))) {
                differences.add(plan + " task " + task.get("number") + ": loaded, but not in the document");
            }
        }
        return expected.size();
    }

    private static int compareTargets(List<String> differences, String plan, JsonNode expected, JsonPath loaded) {
        List<Map<String, Object>> targets = loaded.getList("$");
        same(differences, plan + " number of targets", expected.size(), targets.size());
        for (JsonNode target : expected) {
            String label = target.get("labelStartsWith").asText();
            String where = plan + " target '" + label + "' (line " + target.path("line").asText() + ")";
            Map<String, Object> actual = targets.stream().filter(t -> String.valueOf(t.get("label")).startsWith(label)).findFirst().orElse(null);
            if (actual == null) {
                differences.add(where + ": missing");
                continue;
            }
            for (String field : List.of("comparator", "scope", "subUnitKind", "timeBasis")) {
                same(differences, where + " " + field, text(target, field), actual.get(field));
            }
            for (String field : List.of("value", "stretchValue", "valueTo", "fromYear", "toYear")) {
                same(differences, where + " " + field, number(target.get(field)), number(actual.get(field)));
            }
        }
        return expected.size();
    }

    private static int compareBudget(List<String> differences, String plan, JsonNode expected, JsonPath loaded) {
        if (expected == null || expected.isNull()) {
            same(differences, plan + " budget lines", 0, loaded.getList("lines").size());
            return 1;
        }
        same(differences, plan + " declared budget", number(expected.get("declaredTotal")), number(loaded.get("declaredTotal")));
        List<String> lines = new ArrayList<>();
        expected.get("lines").forEach(l -> lines.add(l.get("fundingSource").asText() + " " + number(l.get("amount"))));
        List<String> actual = new ArrayList<>();
        loaded.<Map<String, Object>>getList("lines").forEach(l -> actual.add(l.get("fundingSource") + " " + number(l.get("amount"))));
        same(differences, plan + " budget lines", lines, actual);
        return 1 + lines.size();
    }

    private static int compareRegimes(List<String> differences, String plan, JsonNode expected, JsonPath loaded) {
        List<String> wanted = new ArrayList<>();
        expected.forEach(r -> wanted.add(String.join(" ", r.get("frequency").asText(), number(r.get("dueDay")), number(r.get("dueMonth")),
                r.get("consolidatingUnitCode").asText(), set(r.get("reportingUnitCodes")).toString(), set(r.get("reportingUnitKinds")).toString(),
                "taskLeads=" + r.path("reportingTaskLeads").asBoolean())));
        List<String> actual = new ArrayList<>();
        loaded.<Map<String, Object>>getList("$").forEach(r -> actual.add(String.join(" ", String.valueOf(r.get("frequency")),
                number(r.get("dueDay")), number(r.get("dueMonth")), String.valueOf(r.get("consolidatingUnitCode")),
                set((Collection<?>) r.get("reportingUnitCodes")).toString(), set((Collection<?>) r.get("reportingUnitKinds")).toString(),
                "taskLeads=" + r.get("reportingTaskLeads"))));
        same(differences, plan + " regimes", new TreeSet<>(wanted), new TreeSet<>(actual));
        same(differences, plan + " number of regimes", wanted.size(), actual.size());
        return wanted.size();
    }

    private static void same(List<String> differences, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(what + ": the document says " + expected + ", loaded " + actual);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static TreeSet<String> set(JsonNode values) {
        TreeSet<String> set = new TreeSet<>();
        if (values != null) {
            values.forEach(v -> set.add(v.asText()));
        }
        return set;
    }

    private static TreeSet<String> set(Collection<?> values) {
        TreeSet<String> set = new TreeSet<>();
        if (values != null) {
            values.forEach(v -> set.add(String.valueOf(v)));
        }
        return set;
    }

    /** A number as plain text whatever its JSON form (5000, 5000.0, "5000"); "null" when absent. */
    private static String number(Object value) {
        if (value == null || value instanceof JsonNode node && node.isNull()) {
            return "null";
        }
        String text = value instanceof JsonNode node ? node.asText() : String.valueOf(value);
        return new BigDecimal(text).stripTrailingZeros().toPlainString();
    }
}
