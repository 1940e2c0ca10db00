package vn.ct20.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ct20.gateway.openapi.SuiteOpenApi;

/**
 * The suite's document, merged from the services' documents under version control, is kept in
 * {@code openapi/suite.json} for frontend teams (the TypeScript check of ./test.sh compiles against it).
 */
class SuiteOpenApiTest {
    private static final Path DOCUMENTS = Path.of("..", "openapi");

    @Test
    void theServicesDocumentsMergeWithoutACollisionIntoTheSuiteDocument() throws Exception {
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        for (String service : new String[] {"plan-service", "report-service", "loan-service"}) {
            documents.put(service, new JsonObject(Files.readString(DOCUMENTS.resolve(service + ".json"))));
        }
        JsonObject suite = SuiteOpenApi.merge(documents);
        int operations = documents.values().stream().mapToInt(d -> d.getJsonObject("paths").stream()
                .mapToInt(p -> ((JsonObject) p.getValue()).size()).sum()).sum();
        assertEquals(operations, suite.getJsonObject("paths").stream().mapToInt(p -> ((JsonObject) p.getValue()).size()).sum());
        String text = suite.encodePrettily() + "\n";
        Path file = DOCUMENTS.resolve("suite.json");
        if (Boolean.getBoolean("ct20.openapi.update") || !Files.exists(file)) {
            Files.writeString(file, text);
        }
        assertEquals(Files.readString(file), text,
                "openapi/suite.json is not the merge of the services' documents; run ./mvnw verify -Dct20.openapi.update=true");
    }

    @Test
    void aSchemaNameThatMeansTwoThingsFailsTheMerge() {
        JsonObject loan = document("Status", new JsonObject().put("type", "string").put("enum", new io.vertx.core.json.JsonArray().add("ACTIVE")));
        JsonObject task = document("Status", new JsonObject().put("type", "string").put("enum", new io.vertx.core.json.JsonArray().add("DONE")));
        IllegalStateException clash = assertThrows(IllegalStateException.class,
                () -> SuiteOpenApi.merge(new LinkedHashMap<>(Map.of("loan-service", loan, "plan-service", task))));
        assertTrue(clash.getMessage().contains("Schema Status means different things"), clash.getMessage());
    }

    private static JsonObject document(String schema, JsonObject definition) {
        return new JsonObject().put("paths", new JsonObject())
                .put("components", new JsonObject().put("schemas", new JsonObject().put(schema, definition)));
    }
}
