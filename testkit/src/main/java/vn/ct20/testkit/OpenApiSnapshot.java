package vn.ct20.testkit;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;

/**
 * The OpenAPI document a service serves is kept under version control in {@code openapi/}, for
 * the frontend teams; the test fails when the API changes and the file was not updated with it.
 * Update deliberately with {@code ./mvnw verify -Dct20.openapi.update=true}.
 */
public final class OpenApiSnapshot {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private OpenApiSnapshot() {
    }

    public static void assertUnchanged(String service) throws IOException {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode tree = JSON.readTree(served);
        String normalised = JSON.writeValueAsString(JSON.treeToValue(tree, Object.class)) + "\n";
        // Tests run in the module folder; the documents live at the repository root.
        Path file = Path.of("..", "openapi", service + ".json");
        if (Boolean.getBoolean("ct20.openapi.update") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, normalised);
            return;
        }
        String[] expected = Files.readString(file).split("\n", -1);
        String[] actual = normalised.split("\n", -1);
        for (int line = 0; line < Math.max(expected.length, actual.length); line++) {
            String was = line < expected.length ? expected[line] : "<end>";
            String now = line < actual.length ? actual[line] : "<end>";
            if (!was.equals(now)) {
                Assertions.fail("The OpenAPI document of " + service + " changed at line " + (line + 1) + ": was `" + was.trim()
                        + "`, now `" + now.trim() + "`. If that is intended, run ./mvnw verify -Dct20.openapi.update=true"
                        + " and commit openapi/" + service + ".json");
            }
        }
    }
}
