package vn.ct20.loan.clock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ct20.loan.lending.LoanOverdue;
import vn.ct20.platform.clock.BusinessDate;
import vn.ct20.platform.lock.TransactionLocks;

/**
 * Close of business: as of the next day, marks every active loan's days overdue and delinquency
 * bucket (publishing loan.overdue when a loan falls into arrears and loan.bucket-changed whenever its
 * bucket changes), then moves the business date on. The loans go in batches, each in its own
 * transaction, so that no run holds the whole portfolio in memory or in one transaction; a loan
 * records the day it was marked for, so a run that stops half way is restarted by running it again,
 * and it carries on with the loans not yet marked (cf. Apache Fineract's close-of-business steps).
 */
@ApplicationScoped
public class CloseOfBusiness {
    private static final Logger LOG = Logger.getLogger(CloseOfBusiness.class);

    @Inject
    BusinessDate businessDate;

    @Inject
    LoanOverdue overdue;

    @Inject
    TransactionLocks locks;

    @ConfigProperty(name = "ct20.close-of-business.batch-size", defaultValue = "500")
    int batchSize;

    /**
     * Runs in the caller's transaction (the write pipeline's, with its audit record), which holds the
     * close-of-business lock until the date has moved: two runs, on any replicas, never overlap.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BusinessDateDtos.CloseOfBusinessResult run() {
        locks.hold("ct20.loan.close-of-business");
        LocalDate closed = businessDate.today();
        LocalDate next = closed.plusDays(1);
        LoanOverdue.Tally total = new LoanOverdue.Tally(0, 0, 0);
        LoanOverdue.Tally batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> overdue.markNextBatch(next, batchSize));
            total = total.plus(batch);
        } while (batch.checked() == batchSize);
        businessDate.moveTo(next);
        LOG.infof("Close of business %s: %d active loans marked, %d fell overdue, %d changed bucket; business date now %s",
                closed, total.checked(), total.fellOverdue(), total.bucketChanges(), next);
        return new BusinessDateDtos.CloseOfBusinessResult(closed, next, total.checked(), total.fellOverdue(), total.bucketChanges());
    }
}
