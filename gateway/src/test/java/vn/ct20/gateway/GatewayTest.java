package vn.ct20.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.TestTokens;

/** The gateway as deployed in production: dev tokens off. */
@QuarkusTest
@QuarkusTestResource(EchoServiceResource.class)
class GatewayTest {
    static final String TOKEN = TestTokens.bearer("VIEWER", "20");

    @Test
    void forwardsToTheOwningServiceWithARequestId() {
        Response response = given().header("Authorization", TOKEN).queryParam("at", "2024-01-01")
                .get("/api/v1/units/109");
        response.then().statusCode(200)
                .body("path", equalTo("/api/v1/units/109"))
                .body("query", equalTo("at=2024-01-01"))
                .body("authorized", equalTo(true))
                .body("forwardedFor", equalTo("127.0.0.1"))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        assertEquals(response.header("X-Request-Id"), response.path("requestId"), "the service sees the same request id");

        given().header("Authorization", TOKEN).header("X-Request-Id", "client-chosen-42").get("/api/v1/plans")
                .then().statusCode(200).header("X-Request-Id", "client-chosen-42").body("requestId", equalTo("client-chosen-42"));
    }

    @Test
    void requestsTooLargeAreRefusedWithProblemJson() {
        given().header("Authorization", TOKEN).get("/api/v1/units/" + "9".repeat(5000)).then().statusCode(414)
                .contentType(equalTo("application/problem+json")).body("status", equalTo(414));
        given().header("Authorization", TOKEN).header("X-Padding", "x".repeat(20_000)).get("/api/v1/units").then().statusCode(431)
                .contentType(equalTo("application/problem+json"));
        given().header("Authorization", TOKEN).contentType("application/json").body(new byte[11 * 1024 * 1024]).post("/api/v1/units")
                .then().statusCode(413).contentType(equalTo("application/problem+json"));
    }

    @Test
    void anAccessLogLineCannotBeForgedAndShowsNoCitizenId() {
        assertEquals("/api/v1/borrowers/*********123\\x0d\\x0aFAKE", vn.ct20.gateway.routing.ServiceRoutes.loggablePath(
                "/api/v1/borrowers/012098000123\r\nFAKE"));
    }

    @Test
    void forwardsRequestBodiesIntact() {
        String body = "{\"name\":\"Huyện Phong Thổ\",\"code\":\"109\"}";
        given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/units")
                .then().statusCode(200).body("method", equalTo("POST")).body("body", equalTo(body));
    }

    @Test
    void refusesMissingAndForgedTokensWithoutBotheringTheService() {
        int before = EchoServiceResource.REQUESTS.get();
        given().get("/api/v1/units").then().statusCode(401)
                .contentType(equalTo("application/problem+json")).header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401)).body("requestId", matchesPattern("[0-9a-f-]{36}"));
        given().header("Authorization", TOKEN.substring(0, TOKEN.length() - 6) + "AAAAAA").get("/api/v1/units")
                .then().statusCode(401).contentType(equalTo("application/problem+json"));
        given().header("Authorization", "Basic dXNlcjpwYXNz").get("/api/v1/units").then().statusCode(401);
        assertEquals(before, EchoServiceResource.REQUESTS.get(), "nothing reached the service");
    }

    /** A verified token is remembered (no second signature check); only that exact token is: one with another signature is not. */
    @Test
    void aRememberedTokenIsHonouredAndNothingLikeIt() {
        int before = EchoServiceResource.REQUESTS.get();
        for (int i = 0; i < 50; i++) {
            given().header("Authorization", TOKEN).get("/api/v1/units").then().statusCode(200);
        }
        String sameClaimsOtherSignature = TOKEN.substring(0, TOKEN.length() - 6) + (TOKEN.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        given().header("Authorization", sameClaimsOtherSignature).get("/api/v1/units").then().statusCode(401);
        given().header("Authorization", TOKEN + "x").get("/api/v1/units").then().statusCode(401);
        assertEquals(before + 50, EchoServiceResource.REQUESTS.get(), "the 50 with the token reached the service, the others did not");
    }

    @Test
    void unknownApiPathsAreProblems() {
        given().header("Authorization", TOKEN).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(equalTo("application/problem+json"));
    }

    @Test
    void aServiceThatIsDownIsABadGatewayNotAHang() {
        given().header("Authorization", TOKEN).get("/api/v1/periods/2024").then().statusCode(502);
    }

    @Test
    void healthListsEveryServiceAndIsDownWhileOneIs() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks[0].data.plan-service", equalTo("UP"))
                .body("checks[0].data.report-service", containsString("DOWN"))
                .body("checks[0].data.loan-service", containsString("DOWN"));
    }

    @Test
    void theDevTokenEndpointIsAbsentInProduction() {
        given().contentType(ContentType.JSON).body("{\"role\":\"SYSTEM_ADMIN\",\"unit\":\"VN\"}").post("/dev/token")
                .then().statusCode(404);
    }
}
