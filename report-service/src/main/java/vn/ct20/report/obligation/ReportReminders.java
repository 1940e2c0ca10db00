package vn.ct20.report.obligation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ct20.events.EventType;
import vn.ct20.events.report.ReportReminderV1;
import vn.ct20.platform.clock.BusinessDate;
import vn.ct20.platform.outbox.Outbox;

/**
 * Publishes report.due-soon and report.overdue for reports not yet submitted, once per obligation.
 * Overdue reminders only look back a bounded number of days, so that a new installation does not
 * announce every report missed in earlier years.
 */
@ApplicationScoped
public class ReportReminders {
    private static final Logger LOG = Logger.getLogger(ReportReminders.class);

    @Inject
    ObligationRepository obligations;

    @Inject
    Outbox outbox;

    @Inject
    BusinessDate businessDate;

    @ConfigProperty(name = "ct20.reports.due-soon-days", defaultValue = "7")
    int dueSoonDays;

    @ConfigProperty(name = "ct20.reports.overdue-lookback-days", defaultValue = "90")
    int overdueLookbackDays;

    @Scheduled(every = "${ct20.reports.reminders-every:1h}", delayed = "${ct20.reports.reminders-delay:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(businessDate.today());
    }

    /** Sends the reminders due at {@code at}; returns how many of each went out. */
    @Transactional
    public int[] run(LocalDate at) {
        List<Obligation> dueSoon = obligations.dueSoonUnreminded(at, at.plusDays(dueSoonDays));
        for (Obligation o : dueSoon) {
            o.dueSoonNotifiedOn = at;
            outbox.publish(EventType.REPORT_DUE_SOON_V1, o.id.toString(), event(o, at));
        }
        List<Obligation> overdue = obligations.overdueUnreminded(at, at.minusDays(overdueLookbackDays));
        for (Obligation o : overdue) {
            o.overdueNotifiedOn = at;
            outbox.publish(EventType.REPORT_OVERDUE_V1, o.id.toString(), event(o, at));
        }
        if (!dueSoon.isEmpty() || !overdue.isEmpty()) {
            LOG.infof("Report reminders at %s: %d due soon, %d overdue", at, dueSoon.size(), overdue.size());
        }
        return new int[] {dueSoon.size(), overdue.size()};
    }

    private static ReportReminderV1 event(Obligation o, LocalDate at) {
        return new ReportReminderV1(o.id, o.unitCode, o.consolidatingUnitCode, o.planId, o.periodId, o.adHocRequestId, o.dueDate, at);
    }
}
