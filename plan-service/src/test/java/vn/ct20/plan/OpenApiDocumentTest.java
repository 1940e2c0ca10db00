package vn.ct20.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.OpenApiSnapshot;

@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class OpenApiDocumentTest {

    @Test
    void theDocumentUnderVersionControlIsTheOneServed() throws Exception {
        OpenApiSnapshot.assertUnchanged("plan-service");
    }

    @Test
    void healthMetricsAndSwaggerUiAreOn() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("ct20_outbox_pending"))
                .body(org.hamcrest.Matchers.containsString("ct20_outbox_published_total"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
