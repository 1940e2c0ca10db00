package vn.ct20.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.TestTokens;

@QuarkusTest
@QuarkusTestResource(EchoServiceResource.class)
@TestProfile(RateLimitTest.FivePerMinute.class)
class RateLimitTest {

    public static class FivePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ct20.gateway.rate-limit.requests-per-minute", "5");
        }
    }

    @Test
    void aCallerOverItsAllowanceIsToldToWait() {
        String busy = TestTokens.bearer("MACHINE_CLIENT", "VN");
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", busy).get("/api/v1/units").then().statusCode(200);
        }
        given().header("Authorization", busy).get("/api/v1/units")
                .then().statusCode(429).contentType(equalTo("application/problem+json")).header("Retry-After", notNullValue());
        // Another caller has its own allowance.
        given().header("Authorization", TestTokens.bearer("VIEWER", "20")).get("/api/v1/units").then().statusCode(200);
    }
}
