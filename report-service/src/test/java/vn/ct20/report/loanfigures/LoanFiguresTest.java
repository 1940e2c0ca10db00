package vn.ct20.report.loanfigures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;
import vn.ct20.events.EventType;
import vn.ct20.events.Topic;
import vn.ct20.events.loan.LoanEventV1;
import vn.ct20.testkit.Ct20TestResource;
import vn.ct20.testkit.TestEvents;
import vn.ct20.testkit.TestTokens;
import vn.ct20.testkit.TestUnits;

/** Loans disbursed and repaid in loan-service appear, through the real broker, in the consolidated figures of commune, district and province. */
@QuarkusTest
@QuarkusTestResource(Ct20TestResource.class)
class LoanFiguresTest {
    static final String VIEWER = TestTokens.bearer("VIEWER", "12");

    @BeforeAll
    static void units() {
        TestUnits.laiChauAndLangSon(); // Lai Châu with Phong Thổ (109) and Tam Đường (110)
        TestUnits.send(TestUnits.event("03610", "Xã Bản Giang", "COMMUNE", "110", 0));
        TestUnits.awaitReplica("03610");
    }

    @Test
    void disbursementsAndRepaymentsShowInTheCommuneDistrictAndProvince() {
        UUID japan = UUID.randomUUID();
        UUID korea = UUID.randomUUID();
        send(EventType.LOAN_DISBURSED_V1, japan, "JP", "2024-03-01", 50_000_000L, null, 50_000_000L);
        EventEnvelope repaid = envelope(EventType.LOAN_REPAID_V1, japan, "JP", "2024-05-02", 5_400_000L, 5_000_000L, 45_000_000L);
        // The same repayment delivered twice counts once.
        TestEvents.send(Topic.LOAN_EVENTS.topicName(), japan.toString(), TestEvents.toJson(repaid));
        TestEvents.send(Topic.LOAN_EVENTS.topicName(), japan.toString(), TestEvents.toJson(repaid));
        send(EventType.LOAN_DISBURSED_V1, korea, "KR", "2024-07-01", 30_000_000L, null, 30_000_000L);
        // An application moves no money and is not counted.
        send(EventType.LOAN_SUBMITTED_V1, UUID.randomUUID(), "JP", "2024-02-01", 90_000_000L, null, 0L);
        awaitCount(3);

        for (String unit : new String[] {"03610", "110", "12"}) {
            given().header("Authorization", VIEWER).get("/api/v1/consolidations/" + unit + "/2024S1").then().statusCode(200)
                    .body("loans.total.loansDisbursed", equalTo(1)).body("loans.total.disbursed", equalTo(50_000_000))
                    .body("loans.total.principalRepaid", equalTo(5_000_000)).body("loans.total.outstanding", equalTo(45_000_000))
                    .body("loans.byMarket[0].marketCode", equalTo("JP"));
            given().header("Authorization", VIEWER).get("/api/v1/consolidations/" + unit + "/2024").then().statusCode(200)
                    .body("loans.total.loansDisbursed", equalTo(2)).body("loans.total.disbursed", equalTo(80_000_000))
                    .body("loans.total.outstanding", equalTo(75_000_000))
                    .body("loans.byMarket.find { it.marketCode == 'KR' }.disbursed", equalTo(30_000_000));
        }
        // A loan imported on 2026-11-29, lent on 2025-02-10 for a year and never repaid on time: loan-service
        // publishes each event with the loan as it stood that day, so it is not overdue in 2025, overdue from
        // 11 February 2026, and the old system's collection at the import is no repayment of the period.
        UUID imported = UUID.randomUUID();
        sendState(EventType.LOAN_DISBURSED_V1, imported, "2025-02-10", 20_000_000L, null, 20_000_000L, 0);
        sendState(EventType.LOAN_OVERDUE_V1, imported, "2026-02-11", null, null, 20_000_000L, 20_000_000L);
        sendState(EventType.LOAN_IMPORTED_V1, imported, "2026-11-29", 6_000_000L, 5_000_000L, 15_000_000L, 15_000_000L);
        awaitCount(6);
        given().header("Authorization", VIEWER).get("/api/v1/consolidations/03610/2025").then().statusCode(200)
                .body("loans.byMarket.find { it.marketCode == 'CN' }.disbursed", equalTo(20_000_000))
                .body("loans.byMarket.find { it.marketCode == 'CN' }.outstanding", equalTo(20_000_000))
                .body("loans.byMarket.find { it.marketCode == 'CN' }.overdue", equalTo(0));
        given().header("Authorization", VIEWER).get("/api/v1/consolidations/03610/2026S1").then().statusCode(200)
                .body("loans.byMarket.find { it.marketCode == 'CN' }.overdue", equalTo(20_000_000));
        given().header("Authorization", VIEWER).get("/api/v1/consolidations/03610/2026").then().statusCode(200)
                .body("loans.byMarket.find { it.marketCode == 'CN' }.principalRepaid", equalTo(0))
                .body("loans.byMarket.find { it.marketCode == 'CN' }.outstanding", equalTo(15_000_000))
                .body("loans.byMarket.find { it.marketCode == 'CN' }.overdue", equalTo(15_000_000));
        // Another district's consolidation does not see them.
        given().header("Authorization", VIEWER).get("/api/v1/consolidations/109/2024").then().statusCode(200)
                .body("loans.byMarket.findAll { it.marketCode == 'KR' }.size()", equalTo(0));
        // Another province's token is refused.
        given().header("Authorization", TestTokens.bearer("VIEWER", "20")).get("/api/v1/consolidations/110/2024").then().statusCode(403);
    }

    static EventEnvelope envelope(EventType type, UUID loan, String market, String date, Long amount, Long principalPaid, long outstanding) {
        LoanEventV1 payload = new LoanEventV1(loan, "OVERSEAS_WORK", "POOR", "03610", "110", "12", market, UUID.randomUUID(), "ACTIVE",
                LocalDate.parse(date), amount, principalPaid, principalPaid == null ? null : amount - principalPaid,
                principalPaid == null ? null : 0L, outstanding, 0, 0, null);
        return EventEnvelope.of(UUID.randomUUID(), type.type(), "/ct20/loan-service", loan.toString(), OffsetDateTime.now(),
                EventJson.mapper().valueToTree(payload));
    }

    /** An event of a loan to China carrying its balance after the event, as loan-service publishes it. */
    static void sendState(EventType type, UUID loan, String date, Long amount, Long principalPaid, long outstanding, long overdue) {
        LoanEventV1 payload = new LoanEventV1(loan, "OVERSEAS_WORK", "POOR", "03610", "110", "12", "CN", UUID.randomUUID(), "ACTIVE",
                LocalDate.parse(date), amount, principalPaid, principalPaid == null ? null : amount - principalPaid,
                principalPaid == null ? null : 0L, outstanding, overdue, 0, null);
        TestEvents.send(Topic.LOAN_EVENTS.topicName(), loan.toString(), TestEvents.toJson(EventEnvelope.of(UUID.randomUUID(), type.type(),
                "/ct20/loan-service", loan.toString(), OffsetDateTime.now(), EventJson.mapper().valueToTree(payload))));
    }

    static void send(EventType type, UUID loan, String market, String date, Long amount, Long principalPaid, long outstanding) {
        TestEvents.send(Topic.LOAN_EVENTS.topicName(), loan.toString(),
                TestEvents.toJson(envelope(type, loan, market, date, amount, principalPaid, outstanding)));
    }

    static void awaitCount(long expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        long count = -1;
        while (System.currentTimeMillis() < deadline) {
            try (var c = java.sql.DriverManager.getConnection(vn.ct20.testkit.TestInfra.jdbcUrl(), vn.ct20.testkit.TestInfra.dbUser(),
                    vn.ct20.testkit.TestInfra.dbPassword());
                 var s = c.prepareStatement("SELECT count(*) FROM loan_movement WHERE commune_code = '03610'");
                 var rs = s.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
                if (count >= expected) {
                    break;
                }
                Thread.sleep(200);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, count);
    }
}
