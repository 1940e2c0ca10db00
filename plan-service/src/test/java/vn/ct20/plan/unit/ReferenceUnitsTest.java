package vn.ct20.plan.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ct20.events.Topic;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;

/** The real unit sets of before and after 1 July 2025, loaded at start-up, queried at dates. */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class ReferenceUnitsTest {
    static final String ADMIN = TestTokens.bearer("SYSTEM_ADMIN", "VN");

    @Inject
    ReferenceUnits reference;

    @Test
    void bothStructuresAreLoadedOnceWithTheirCounts() {
        assertEquals(0, reference.loadIfMissing(), "a second load changes nothing");
        given().header("Authorization", ADMIN).queryParam("parent", "VN").queryParam("kind", "PROVINCE").queryParam("at", "2024-01-01").get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(63));
        given().header("Authorization", ADMIN).queryParam("parent", "VN").queryParam("kind", "PROVINCE").queryParam("at", "2025-08-01").get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(34));
        given().header("Authorization", ADMIN).queryParam("parent", "12").queryParam("kind", "DISTRICT").queryParam("at", "2024-01-01").get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(8)).body("items.kind", everyItem(equalTo("DISTRICT")));
    }

    @Test
    void phongThoDistrictExistsIn2024AndNotAfterTheRestructuring() {
        given().header("Authorization", ADMIN).queryParam("at", "2024-01-01").get("/api/v1/units/109")
                .then().statusCode(200).body("name", equalTo("Huyện Phong Thổ")).body("validTo", equalTo("2025-06-30"));
        given().header("Authorization", ADMIN).queryParam("at", "2025-08-01").get("/api/v1/units/109")
                .then().statusCode(404);
        given().header("Authorization", ADMIN).queryParam("at", "2024-01-01").get("/api/v1/units/109/successors")
                .then().statusCode(200)
                .body("code", hasItems("03549", "03562", "03571", "03583"))
                .body("share", everyItem(equalTo("PARTIAL")));
    }

    @Test
    void aCommunesSuccessorIsFoundAndItsPredecessorsToo() {
        given().header("Authorization", ADMIN).queryParam("at", "2024-01-01").get("/api/v1/units/03549/successors")
                .then().statusCode(200)
                .body("code", equalTo(List.of("03549")))
                .body("[0].name", equalTo("Xã Phong Thổ"))
                .body("[0].validFrom", equalTo("2025-07-01"))
                .body("[0].share", equalTo("FULL"));
        given().header("Authorization", ADMIN).queryParam("at", "2024-01-01").get("/api/v1/units/03549")
                .then().statusCode(200).body("name", equalTo("Thị trấn Phong Thổ")).body("successorCode", equalTo("03549"));
        given().header("Authorization", ADMIN).queryParam("at", "2025-08-01").get("/api/v1/units/03549/predecessors")
                .then().statusCode(200)
                .body("code", equalTo(List.of("03490", "03549", "03574", "03589", "109")))
                .body("share", equalTo(List.of("FULL", "FULL", "FULL", "FULL", "PARTIAL")));
    }

    @Test
    void ancestorsFollowTheStructureInForce() {
        given().header("Authorization", ADMIN).queryParam("at", "2024-01-01").get("/api/v1/units/03549/ancestors")
                .then().statusCode(200).body("code", equalTo(List.of("03549", "109", "12", "VN")));
        given().header("Authorization", ADMIN).queryParam("at", "2025-08-01").get("/api/v1/units/03549/ancestors")
                .then().statusCode(200).body("code", equalTo(List.of("03549", "12", "VN")));
        given().header("Authorization", ADMIN).get("/api/v1/units/12/versions")
                .then().statusCode(200).body("validFrom", equalTo(List.of("2004-07-08", "2025-07-01")));
    }

    @Test
    void aUnitOfTheNewStructureSeesWhatWasItsTerritoryBefore() {
        // A user of Lai Châu (code 12 in both structures) reads the old district and its communes.
        String laiChau = TestTokens.bearer("VIEWER", "12");
        given().header("Authorization", laiChau).queryParam("at", "2024-01-01").get("/api/v1/units/03549").then().statusCode(200);
        given().header("Authorization", TestTokens.bearer("VIEWER", "20")).queryParam("at", "2024-01-01")
                .get("/api/v1/units/03549/successors").then().statusCode(403);
        given().header("Authorization", ADMIN).queryParam("q", "sung ta").get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void oneEventPerUnitReachesTheCompactedTopic() {
        var events = TestEvents.await(Topic.UNIT_EVENTS.topicName(),
                e -> "109@2004-07-08".equals(e.subject()) || "03549@2025-07-01".equals(e.subject()), 2, Duration.ofSeconds(60));
        assertEquals(2, events.stream().map(e -> e.subject()).distinct().count());
        given().header("Authorization", ADMIN).queryParam("q", "phong tho").queryParam("at", "2024-01-01").get("/api/v1/units")
                .then().body("items.code", hasItem("03549"));
    }
}
