package vn.ct20.report.loanfigures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
            EventType.LOAN_DISBURSED_V1, "DISBURSED", EventType.LOAN_REPAID_V1, "REPAID", EventType.LOAN_IMPORTED_V1, "IMPORTED",
            EventType.LOAN_OVERDUE_V1, "OVERDUE",
            EventType.LOAN_BUCKET_CHANGED_V1, "BUCKET_CHANGED", EventType.LOAN_CLOSED_V1, "CLOSED",
            EventType.LOAN_WRITTEN_OFF_V1, "WRITTEN_OFF");

    @Inject
    LoanMovementRepository movements;

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
        movements.record(event.id(), kind, loan);
    }
}
