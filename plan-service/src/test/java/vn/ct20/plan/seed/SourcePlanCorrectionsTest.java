package vn.ct20.plan.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ct20.events.Topic;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestInfra;
import vn.ct20.testkit.TestTokens;

/**
 * An installation loaded from an earlier transcription of the source plans gets the corrections on its
 * next start: as one amendment by the system, with the events an editor's changes publish, and only once.
 */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class SourcePlanCorrectionsTest {
    static final String VIEWER = TestTokens.bearer("VIEWER", "84");
    static final UUID DUYEN_HAI = SourcePlans.idOf("103/KH-UBND");

    @Inject
    SourcePlans sourcePlans;

    @Test
    void aPlanLoadedFromAnOlderTranscriptionIsCorrectedOnceAsAnAmendment() throws Exception {
        String plan = DUYEN_HAI.toString();
        String title = given().header("Authorization", VIEWER).get("/api/v1/plans/" + plan + "/tasks").then().statusCode(200)
                .extract().path("find { it.number == 'IV.4' }.title");
        java.util.List<String> regimeIds = given().header("Authorization", VIEWER).get("/api/v1/plans/" + plan + "/reporting-regimes").then()
                .statusCode(200).extract().path("id");
        // As an older load left it: a task worded otherwise, one missing, a regime named otherwise, no revision recorded.
        try (Connection c = DriverManager.getConnection(TestInfra.jdbcUrl(), TestInfra.dbUser(), TestInfra.dbPassword())) {
            c.createStatement().executeUpdate("UPDATE plan_task SET title = 'Phòng Giáo dục (chép sai)' WHERE plan_id = '" + plan + "' AND number = 'IV.4'");
            c.createStatement().executeUpdate("DELETE FROM plan_task WHERE plan_id = '" + plan + "' AND number = 'IV.8'");
            c.createStatement().executeUpdate("UPDATE reporting_regime SET description = 'Hằng năm' WHERE plan_id = '" + plan + "'");
            c.createStatement().executeUpdate("DELETE FROM source_plan_revision WHERE plan_id = '" + plan + "'");
        }

        assertEquals(0, sourcePlans.load(), "no plan is created again");

        given().header("Authorization", VIEWER).get("/api/v1/plans/" + plan + "/tasks").then().statusCode(200)
                .body("find { it.number == 'IV.4' }.title", equalTo(title))
                .body("find { it.number == 'IV.8' }.leadUnitCode", equalTo("851-MTTQ"))
                .body("findAll { it.number.startsWith('IV') }", hasSize(17));
        given().header("Authorization", VIEWER).get("/api/v1/plans/" + plan + "/reporting-regimes").then().statusCode(200)
                .body("$", hasSize(2)).body("description", hasItem(org.hamcrest.Matchers.startsWith("Định kỳ hàng năm")))
                // corrected in place: the obligations and reports filed under it stay its own
                .body("id", equalTo(regimeIds));
        given().header("Authorization", VIEWER).get("/api/v1/plans/" + plan).then().statusCode(200).body("status", equalTo("AMENDED"));
        given().header("Authorization", VIEWER).get("/api/v1/plans/" + plan + "/versions").then().statusCode(200)
                .body("reason", hasItem("Đính chính dữ liệu theo văn bản gốc (bản chép lại số 6)"))
                .body("changedBy", hasItem("system:source-plans"));
        var events = TestEvents.await(Topic.PLAN_EVENTS.topicName(), e -> plan.equals(e.subject())
                && "ct20.plan.task-changed.v1".equals(e.type()) && "IV.8".equals(e.data().get("number").asText()), 2, Duration.ofSeconds(120)); // behind a fresh installation's backlog
        assertEquals(2, events.size(), "loaded, then added again by the correction");

        // A second start finds nothing to correct.
        int versions = given().header("Authorization", VIEWER).get("/api/v1/plans/" + plan + "/versions").then().extract().path("size()");
        sourcePlans.load();
        given().header("Authorization", VIEWER).get("/api/v1/plans/" + plan + "/versions").then().body("size()", equalTo(versions));
        assertTrue(versions >= 1);
    }
}
