package vn.ct20.testkit;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The smoke test's contract check through the gateway: every read of the suite document that needs
 * no id (lists, reports, dates) is called as a national SYSTEM_ADMIN with the examples the document
 * gives, then each list's first item is read by id, and a few refusals are provoked; every answer
 * is held to the merged document served at {@code /openapi} by {@link ContractCheck}.
 * Usage: {@code java -cp … vn.ct20.testkit.GatewayContractProbe http://localhost:8080}.
 */
public final class GatewayContractProbe {
    private GatewayContractProbe() {
    }

    public static void main(String[] args) {
        String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        System.setProperty("ct20.contract.document", "/openapi");
        RestAssured.baseURI = gateway;
        RestAssured.filters(ContractCheck.INSTANCE);
        String token = given().contentType("application/json").body(Map.of("role", "SYSTEM_ADMIN", "unit", "VN"))
                .post("/dev/token").then().statusCode(200).extract().path("token");
        JsonPath document = given().get("/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> get = (Map<String, Object>) path.getValue().get("get");
            if (get == null || !path.getKey().startsWith("/api/")) {
                continue;
            }
            RequestSpecification request = given().auth().oauth2(token);
            boolean complete = true;
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) get.getOrDefault("parameters", List.of());
            for (Map<String, Object> parameter : parameters) {
                Object example = parameter.get("example");
                if ("path".equals(parameter.get("in"))) {
                    complete = false;
                } else if ("query".equals(parameter.get("in")) && example != null && !"sort".equals(parameter.get("name"))) {
                    request.queryParam((String) parameter.get("name"), example);
                } else if (Boolean.TRUE.equals(parameter.get("required"))) {
                    complete = false;
                }
            }
            if (!complete) {
                continue;
            }
            calls++;
            try {
                var answer = request.get(path.getKey());
                Object firstId = answer.statusCode() == 200 && answer.contentType().startsWith("application/json")
                        ? answer.jsonPath().get("items[0].id") : null;
                if (answer.statusCode() >= 500) {
                    failures.add("GET " + path.getKey() + " answered " + answer.statusCode());
                }
                if (firstId != null && paths.containsKey(path.getKey() + "/{id}")) {
                    calls++;
                    int status = given().auth().oauth2(token).get(path.getKey() + "/" + firstId).statusCode();
                    if (status != 200) {
                        failures.add("GET " + path.getKey() + "/" + firstId + " (the list's first item) answered " + status);
                    }
                }
            } catch (AssertionError | RuntimeException e) {
                failures.add(e.getMessage());
            }
        }
        // Refusals are answers too: no token, an unknown id, a sort the list does not offer.
        try {
            calls += 3;
            given().get("/api/v1/loans").then().statusCode(401);
            given().auth().oauth2(token).get("/api/v1/loans/00000000-0000-0000-0000-000000000000").then().statusCode(404);
            given().auth().oauth2(token).queryParam("sort", "citizenId").get("/api/v1/borrowers").then().statusCode(400);
        } catch (AssertionError | RuntimeException e) {
            failures.add(e.getMessage());
        }
        System.out.println("[gateway-contract] " + calls + " calls through " + gateway + " held to /openapi; " + failures.size() + " faults");
        failures.forEach(f -> System.out.println("[gateway-contract] FAULT " + f));
        System.exit(failures.isEmpty() ? 0 : 1);
    }
}
