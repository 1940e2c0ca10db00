package vn.ct20.loan.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** What a loan owes, and how a repayment is split, on their own: no database, no HTTP. */
class LoanBalanceTest {
    private static final BigDecimal RATE = new BigDecimal("6.6");
    private static final BigDecimal OVERDUE_FACTOR = new BigDecimal("1.30");
    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    private static long interest(long principal, BigDecimal rate, long days) {
        return BigDecimal.valueOf(principal).multiply(rate).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(36_500), 0, RoundingMode.HALF_UP).longValueExact();
    }

    @Property
    void principalPastItsDueDateAccruesAtOneHundredThirtyPercentOfTheRateFromTheNextDay(
            @ForAll @LongRange(min = 1_000_000, max = 10_000_000_000L) long principal,
            @ForAll @IntRange(min = 1, max = 60) int termMonths,
            @ForAll @IntRange(min = 1, max = 720) int daysPastDue) {
        List<RepaymentSchedule.Instalment> schedule = RepaymentSchedule.of(principal, START, termMonths, termMonths, RATE);
        LocalDate due = schedule.get(0).dueDate();
        LoanBalance balance = LoanBalance.at(due.plusDays(daysPastDue),
                List.of(new LoanBalance.Movement(START, "DISBURSEMENT", principal, 0, 0, 0)), schedule, RATE, OVERDUE_FACTOR);
        assertEquals(principal, balance.principalOverdue());
        assertEquals(daysPastDue, balance.daysOverdue());
        assertEquals(due, balance.oldestUnpaidDueDate());
        // Normal interest up to and including the due date, the overdue rate for each day after it.
        assertEquals(interest(principal, RATE, ChronoUnit.DAYS.between(START, due) + 1), balance.interestDue());
        assertEquals(interest(principal, RATE.multiply(OVERDUE_FACTOR), daysPastDue - 1), balance.overdueInterestDue());
    }

    @Test
    void nothingIsOwedBeforeAnyDisbursement() {
        LoanBalance balance = LoanBalance.at(START, List.of(), List.of(), RATE, OVERDUE_FACTOR);
        assertEquals(0, balance.totalDue());
        assertNull(balance.oldestUnpaidDueDate());
    }

    @Property
    void aRepaymentGoesToOverdueInterestThenInterestThenPrincipalAndNeverBeyondWhatIsOwed(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long principal,
            @ForAll @LongRange(min = 0, max = 100_000_000L) long interest,
            @ForAll @LongRange(min = 0, max = 100_000_000L) long overdueInterest,
            @ForAll @LongRange(min = 1, max = 2_000_000_000L) long amount) {
        LoanBalance owed = new LoanBalance(principal, 0, interest, overdueInterest, 0, null);
        if (amount > owed.totalDue()) {
            assertThrows(IllegalArgumentException.class, () -> owed.allocate(amount));
            return;
        }
        LoanBalance.Allocation split = owed.allocate(amount);
        assertEquals(amount, split.overdueInterest() + split.interest() + split.principal());
        assertTrue(split.overdueInterest() >= 0 && split.overdueInterest() <= overdueInterest);
        assertTrue(split.interest() >= 0 && split.interest() <= interest);
        assertTrue(split.principal() >= 0 && split.principal() <= principal);
        assertTrue(split.interest() == 0 || split.overdueInterest() == overdueInterest, "interest only once overdue interest is paid");
        assertTrue(split.principal() == 0 || split.interest() == interest, "principal only once interest is paid");
    }

    @Property(tries = 200)
    void repaymentsInAnyAmountsAtAnyDatesNeverLeaveANegativeDebtOrRepayMoreThanWasLent(
            @ForAll @LongRange(min = 1_000_000, max = 500_000_000L) long principal,
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 400) Integer> daysBetweenRepayments,
            @ForAll @Size(min = 12, max = 12) List<@LongRange(min = 1, max = 200_000_000L) Long> amounts) {
        List<RepaymentSchedule.Instalment> schedule = RepaymentSchedule.of(principal, START, 36, 6, RATE);
        List<LoanBalance.Movement> movements = new ArrayList<>();
        movements.add(new LoanBalance.Movement(START, "DISBURSEMENT", principal, 0, 0, 0));
        LocalDate day = START;
        long repaidPrincipal = 0;
        for (int k = 0; k < daysBetweenRepayments.size(); k++) {
            day = day.plusDays(daysBetweenRepayments.get(k));
            LoanBalance before = LoanBalance.at(day, movements, schedule, RATE, OVERDUE_FACTOR);
            if (before.totalDue() == 0) {
                break;
            }
            long amount = Math.min(amounts.get(k), before.totalDue());
            LoanBalance.Allocation split = before.allocate(amount);
            movements.add(new LoanBalance.Movement(day, "REPAYMENT", amount, split.principal(), split.interest(), split.overdueInterest()));
            repaidPrincipal += split.principal();
            LoanBalance after = LoanBalance.at(day, movements, schedule, RATE, OVERDUE_FACTOR);
            assertTrue(after.principalOutstanding() >= 0 && after.interestDue() >= 0 && after.overdueInterestDue() >= 0, after.toString());
            assertEquals(before.totalDue() - amount, after.totalDue(), "a repayment lowers the debt by exactly its amount");
            assertTrue(after.principalOverdue() <= after.principalOutstanding());
        }
        assertTrue(repaidPrincipal <= principal);
    }

    @Test
    void delinquencyBucketsFollowTheBanksBands() {
        assertNull(LoanBalance.bucket(0));
        assertEquals("1-30", LoanBalance.bucket(1));
        assertEquals("1-30", LoanBalance.bucket(30));
        assertEquals("31-90", LoanBalance.bucket(31));
        assertEquals("91-180", LoanBalance.bucket(180));
        assertEquals("181-360", LoanBalance.bucket(360));
        assertEquals(">360", LoanBalance.bucket(361));
    }
}
