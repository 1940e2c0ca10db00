package vn.ct20.loan.lending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ct20.platform.security.CurrentUser;

/**
 * The money a loan has moved and what it owes because of it: writes each movement once, and
 * computes balances from the movements with the schedule and the rates the loan was lent at
 * ({@link LoanBalance}, {@link RepaymentSchedule}). The lifecycle ({@link LoanService}) decides
 * whether money may move; this class only keeps the books.
 */
@ApplicationScoped
public class LoanLedger {
    private static final LoanBalance NOTHING_OWED = new LoanBalance(0, 0, 0, 0, 0, null);
    /** Loans per batch when walking a portfolio (the bank's reports). */
    static final int WALK_BATCH = 1_000;

    @Inject
    LoanTransactionRepository transactions;

    @Inject
    LoanRepository loans;

    @Inject
    CurrentUser user;

    /** Writes a movement and answers it with the balance it leaves. */
    @Transactional(Transactional.TxType.MANDATORY)
    LoanDtos.TransactionView record(Loan loan, String kind, LocalDate date, long amount, long principal, long interest,
                                    long overdueInterest, UUID allocation) {
        LoanTransaction tx = new LoanTransaction();
        tx.id = UUID.randomUUID();
        tx.loanId = loan.id;
        tx.kind = kind;
        tx.businessDate = date;
        tx.amount = amount;
        tx.principal = principal;
        tx.interest = interest;
        tx.overdueInterest = overdueInterest;
        tx.allocationId = allocation;
        tx.createdBy = user.subject();
        tx.createdAt = Instant.now();
        transactions.persist(tx);
        return new LoanDtos.TransactionView(tx.id, kind, date, amount, principal, interest, overdueInterest, balance(loan, date));
    }

    /** Every movement of the loan, each with the balance it left. */
    @Transactional
    public List<LoanDtos.TransactionView> history(Loan loan) {
        List<LoanTransaction> rows = transactions.ofLoan(loan.id);
        List<LoanBalance.Movement> movements = rows.stream().map(LoanTransaction::movement).toList();
        List<LoanDtos.TransactionView> views = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            LoanTransaction t = rows.get(i);
            LoanBalance after = LoanBalance.at(t.businessDate, movements.subList(0, i + 1), scheduleOf(loan), loan.annualRatePercent,
                    loan.overdueRateFactor);
            views.add(new LoanDtos.TransactionView(t.id, t.kind, t.businessDate, t.amount, t.principal, t.interest, t.overdueInterest, after));
        }
        return views;
    }

    /** What the loan owes on {@code date}. */
    public LoanBalance balance(Loan loan, LocalDate date) {
        return loan.firstDisbursedOn == null ? NOTHING_OWED : balance(loan, date, transactions.ofLoan(loan.id));
    }

    /** What the loan owes on {@code date}, from movements read beforehand (many loans at once: {@link #movementsOf}). */
    public LoanBalance balance(Loan loan, LocalDate date, List<LoanTransaction> movements) {
        // A loan closed owes nothing from that day, whatever a later change of the interest rules would recompute.
        if (loan.firstDisbursedOn == null
                || loan.status == Loan.Status.CLOSED && loan.closedOn != null && !date.isBefore(loan.closedOn)) {
            return NOTHING_OWED;
        }
        return LoanBalance.at(date, movements.stream().map(LoanTransaction::movement).toList(), scheduleOf(loan), loan.annualRatePercent,
                loan.overdueRateFactor);
    }

    /** The movements of many loans in one query, by loan. */
    public Map<UUID, List<LoanTransaction>> movementsOf(Collection<UUID> loanIds) {
        return transactions.ofLoans(loanIds);
    }

    /** The allocation repaid principal goes back to: the one the latest disbursement drew on (none for imported history). */
    java.util.Optional<UUID> allocationToRepay(Loan loan) {
        return transactions.lastAllocation(loan.id);
    }

    List<RepaymentSchedule.Instalment> scheduleOf(Loan loan) {
        return RepaymentSchedule.of(loan.disbursedPrincipal, loan.firstDisbursedOn, loan.termMonths, loan.repaymentEveryMonths,
                loan.annualRatePercent);
    }

    /** A loan with every movement of its money, in the order they happened. */
    public record LoanBooks(Loan loan, List<LoanTransaction> movements) {
        /** The movements dated within [from, to]. */
        public List<LoanTransaction> between(LocalDate from, LocalDate to) {
            return movements.stream().filter(m -> !m.businessDate.isBefore(from) && !m.businessDate.isAfter(to)).toList();
        }
    }

    /**
     * Hands {@code each} the books of every loan to borrowers in {@code communes} (all: null) first
     * disbursed on or before {@code date} (lent from {@code capitalSourceId}; any: null), a batch of
     * {@value #WALK_BATCH} loans at a time: two queries per batch (the loans, all their movements), and
     * the batch forgotten before the next, so that the bank's reports hold one batch in memory however
     * large the portfolio. For read-only walks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forEachDisbursed(Collection<String> communes, UUID capitalSourceId, LocalDate date, java.util.function.Consumer<LoanBooks> each) {
        UUID after = new UUID(0, 0);
        List<Loan> batch;
        do {
            batch = loans.disbursedBatch(communes, capitalSourceId, date, after, WALK_BATCH);
            if (batch.isEmpty()) {
                break;
            }
            Map<UUID, List<LoanTransaction>> movements = movementsOf(batch.stream().map(loan -> loan.id).toList());
            for (Loan loan : batch) {
                each.accept(new LoanBooks(loan, movements.getOrDefault(loan.id, List.of())));
            }
            after = batch.get(batch.size() - 1).id;
            loans.forgetReadLoans();
        } while (batch.size() == WALK_BATCH);
    }
}
