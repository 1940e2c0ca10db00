package vn.ct20.loan.lending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.ct20.events.EventType;

/**
 * The overdue state of active loans as of a business date (days overdue and the delinquency bucket),
 * computed a batch at a time for close of business: one query for the batch's loans, one for all
 * their movements, none per loan.
 */
@ApplicationScoped
public class LoanOverdue {
    @Inject
    LoanRepository loans;

    @Inject
    LoanLedger ledger;

    @Inject
    LoanService lifecycle;

    /** How many loans a batch marked, how many of them fell overdue and how many changed bucket. */
    public record Tally(int checked, int fellOverdue, int bucketChanges) {
        public Tally plus(Tally other) {
            return new Tally(checked + other.checked, fellOverdue + other.fellOverdue, bucketChanges + other.bucketChanges);
        }
    }

    /** Marks up to {@code limit} active loans not yet marked for {@code date}; fewer than {@code limit} means none are left. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Tally markNextBatch(LocalDate date, int limit) {
        List<UUID> ids = loans.activeNotCheckedFor(date, limit);
        if (ids.isEmpty()) {
            return new Tally(0, 0, 0);
        }
        Map<UUID, List<LoanTransaction>> movements = ledger.movementsOf(ids);
        int fell = 0;
        int changed = 0;
        for (Loan loan : loans.list("id in ?1", ids)) {
            LoanBalance balance = ledger.balance(loan, date, movements.getOrDefault(loan.id, List.of()));
            String bucket = LoanBalance.bucket(balance.daysOverdue());
            boolean wasCurrent = loan.daysOverdue == 0;
            boolean bucketChanged = !Objects.equals(bucket, loan.bucket);
            loan.daysOverdue = balance.daysOverdue();
            loan.bucket = bucket;
            if (wasCurrent && balance.daysOverdue() > 0) {
                fell++;
                lifecycle.announce(EventType.LOAN_OVERDUE_V1, loan, balance, date);
            }
            if (bucketChanged) {
                changed++;
                lifecycle.announce(EventType.LOAN_BUCKET_CHANGED_V1, loan, balance, date);
            }
        }
        loans.markCheckedFor(ids, date);
        return new Tally(ids.size(), fell, changed);
    }
}
