package vn.ct20.report.period;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestTokens;

@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class PeriodResourceTest {
    static final String VIEWER = TestTokens.bearer("VIEWER", "12");

    @ParameterizedTest
    @CsvSource({
            "2024S1, HALF_YEAR, 2023-12-15, 2024-06-14",
            "2024S2, HALF_YEAR, 2024-06-15, 2024-12-14",
            "2024,   YEAR,      2023-12-15, 2024-12-14",
            "2024Q1, QUARTER,   2023-12-15, 2024-03-14",
            "2024Q2, QUARTER,   2024-03-15, 2024-06-14",
            "202401, MONTH,     2023-12-15, 2024-01-14",
            "202403, MONTH,     2024-02-15, 2024-03-14"})
    void cutOffFollowsDecree09(String id, String kind, String from, String to) {
        given().header("Authorization", VIEWER).get("/api/v1/periods/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("kind", equalTo(kind))
                .body("cutOffFrom", equalTo(from))
                .body("cutOffTo", equalTo(to));
    }

    @Test
    void aYearHasNineteenPeriods() {
        given().header("Authorization", VIEWER).queryParam("year", 2024).get("/api/v1/periods")
                .then().statusCode(200).body("$", hasSize(19)).body("[1].label", equalTo("6 tháng đầu năm 2024"));
    }

    @Test
    void badPeriodsAreRefused() {
        for (String id : new String[] {"2024S3", "2024Q5", "202413", "24", "1899", "abc"}) {
            given().header("Authorization", VIEWER).get("/api/v1/periods/" + id)
                    .then().statusCode(400).contentType(equalTo("application/problem+json"));
        }
        given().header("Authorization", VIEWER).get("/api/v1/periods")
                .then().statusCode(400).contentType(equalTo("application/problem+json"));
        given().header("Authorization", VIEWER).queryParam("year", "next").get("/api/v1/periods")
                .then().statusCode(400).contentType(equalTo("application/problem+json"));
        given().get("/api/v1/periods/2024").then().statusCode(401).contentType(equalTo("application/problem+json"));
    }
}
