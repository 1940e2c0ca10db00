package vn.ct20.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.TestTokens;

/** The local run's gateway: dev tokens on, signed with the key the services trust. */
@QuarkusTest
@QuarkusTestResource(EchoServiceResource.class)
@TestProfile(DevTokenTest.LocalRun.class)
class DevTokenTest {

    public static class LocalRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path key = Files.createTempFile("ct20-dev-signing-", ".pem");
                Files.writeString(key, TestTokens.privateKeyPem());
                key.toFile().deleteOnExit();
                return Map.of("ct20.dev-token.enabled", "true", "smallrye.jwt.sign.key.location", key.toUri().toString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aDevTokenIsAcceptedOnTheApi() {
        String token = given().contentType(ContentType.JSON).body("{\"role\":\"PLAN_EDITOR\",\"unit\":\"20\"}").post("/dev/token")
                .then().statusCode(200).body("tokenType", equalTo("Bearer")).body("unit", equalTo("20"))
                .extract().path("token");
        given().header("Authorization", "Bearer " + token).get("/api/v1/plans")
                .then().statusCode(200).body("authorized", equalTo(true));
    }

    @Test
    void badDevTokenRequestsAreProblems() {
        given().contentType(ContentType.JSON).body("{\"role\":\"KING\",\"unit\":\"20\"}").post("/dev/token")
                .then().statusCode(400).contentType(equalTo("application/problem+json"));
        given().contentType(ContentType.JSON).body("{\"role\":\"VIEWER\",\"unit\":\"hà nội\"}").post("/dev/token")
                .then().statusCode(400).contentType(equalTo("application/problem+json"));
        given().contentType(ContentType.JSON).body("{role").post("/dev/token")
                .then().statusCode(400).contentType(equalTo("application/problem+json"));
    }

    @Test
    void theSuiteDocumentListsTheDevTokenEndpoint() {
        given().get("/openapi").then().statusCode(200)
                .body("paths.'/dev/token'.post", notNullValue())
                .body("info.x-ct20-missing", org.hamcrest.Matchers.hasItem("report-service"));
    }
}
