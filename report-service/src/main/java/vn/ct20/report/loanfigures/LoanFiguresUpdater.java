package vn.ct20.report.loanfigures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import vn.ct20.events.EventEnvelope;
import vn.ct20.events.EventJson;
import vn.ct20.events.EventType;
import vn.ct20.events.Topic;
import vn.ct20.events.loan.LoanEventV1;
import vn.ct20.platform.consumer.EventHandler;

/**
 * Keeps the loan movements report-service needs from loan-service's events, so that loan figures
 * appear in consolidated reports without anyone typing them in. The event id is the key: a
 * redelivered event changes nothing (the consumer helper records it too).
 */
@ApplicationScoped
public class LoanFiguresUpdater implements EventHandler {
    private static final Map<EventType, String> KINDS = Map.of(
            EventType.LOAN_DISBURSED_V1, "DISBURSED", EventType.LOAN_REPAID_V1, "REPAID", EventType.LOAN_OVERDUE_V1, "OVERDUE",
            EventType.LOAN_BUCKET_CHANGED_V1, "BUCKET_CHANGED", EventType.LOAN_CLOSED_V1, "CLOSED",
            EventType.LOAN_WRITTEN_OFF_V1, "WRITTEN_OFF");

    @Inject
    EntityManager entityManager;

    @Override
    public String consumerName() {
        return "loan-figures";
    }

    @Override
    public Set<Topic> topics() {
        return Set.of(Topic.LOAN_EVENTS);
    }

    @Override
    public void handle(EventEnvelope event) {
        String kind = EventType.byType(event.type()).map(KINDS::get).orElse(null);
        if (kind == null) {
            return; // applications, approvals, capital sources: no money moved
        }
        LoanEventV1 loan = EventJson.mapper().convertValue(event.data(), LoanEventV1.class);
        entityManager.createNativeQuery("""
                        INSERT INTO loan_movement (event_id, loan_id, kind, business_date, commune_code, district_code, province_code, market_code,
                                                   category, amount, principal_paid, principal_outstanding, principal_overdue)
                        VALUES (:event, :loan, :kind, :date, :commune, :district, :province, :market, :category, :amount, :principalPaid,
                                :outstanding, :overdue)
                        ON CONFLICT (event_id) DO NOTHING""")
                .setParameter("event", event.id()).setParameter("loan", loan.loanId()).setParameter("kind", kind)
                .setParameter("date", loan.businessDate()).setParameter("commune", loan.communeCode())
                .setParameter("district", loan.districtCode()).setParameter("province", loan.provinceCode())
                .setParameter("market", loan.marketCode()).setParameter("category", loan.category())
                .setParameter("amount", loan.amount() == null ? 0L : loan.amount())
                .setParameter("principalPaid", loan.principalPaid() == null ? 0L : loan.principalPaid())
                .setParameter("outstanding", loan.principalOutstanding()).setParameter("overdue", loan.principalOverdue())
                .executeUpdate();
    }
}
