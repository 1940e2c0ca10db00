package vn.ct20.loan.clock;

import vn.ct20.platform.clock.BusinessDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;
import vn.ct20.events.EventType;
import vn.ct20.loan.lending.Loan;
import vn.ct20.loan.lending.LoanBalance;
import vn.ct20.loan.lending.LoanService;

/**
 * Close of business: moves the business date to the next day and, as of that day, marks every
 * active loan's days overdue and delinquency bucket, publishing loan.overdue when a loan falls
 * into arrears and loan.bucket-changed whenever its bucket changes.
 */
@ApplicationScoped
public class CloseOfBusiness {
    private static final Logger LOG = Logger.getLogger(CloseOfBusiness.class);

    @Inject
    EntityManager entityManager;

    @Inject
    BusinessDate businessDate;

    @Inject
    LoanService loans;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CloseOfBusinessResult", example = """
            {"closed":"2025-01-10","businessDate":"2025-01-11","loansChecked":1520,"fellOverdue":3,"bucketChanges":7}""")
    public record Result(LocalDate closed, LocalDate businessDate, int loansChecked, int fellOverdue, int bucketChanges) {
    }

    @Transactional
    public Result run() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(7220002)").getSingleResult();
        LocalDate closed = businessDate.today();
        LocalDate next = closed.plusDays(1);
        businessDate.moveTo(next);
        List<Loan> active = entityManager.createQuery("select l from Loan l where l.status = :s", Loan.class)
                .setParameter("s", Loan.Status.ACTIVE).getResultList();
        int fell = 0;
        int changed = 0;
        for (Loan loan : active) {
            LoanBalance balance = loans.balance(loan, next);
            String bucket = LoanBalance.bucket(balance.daysOverdue());
            boolean wasCurrent = loan.daysOverdue == 0;
            boolean bucketChanged = !Objects.equals(bucket, loan.bucket);
            loan.daysOverdue = balance.daysOverdue();
            loan.bucket = bucket;
            if (wasCurrent && balance.daysOverdue() > 0) {
                fell++;
                loans.publishFor(EventType.LOAN_OVERDUE_V1, loan);
            }
            if (bucketChanged) {
                changed++;
                loans.publishFor(EventType.LOAN_BUCKET_CHANGED_V1, loan);
            }
        }
        LOG.infof("Close of business %s: %d active loans, %d fell overdue, %d changed bucket; business date now %s",
                closed, active.size(), fell, changed, next);
        return new Result(closed, next, active.size(), fell, changed);
    }
}
