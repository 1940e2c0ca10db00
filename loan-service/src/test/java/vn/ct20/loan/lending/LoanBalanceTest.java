package vn.ct20.loan.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ct20.testkit.Generated.between;
import static vn.ct20.testkit.Generated.forAll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    record PastDue(long principal, int termMonths, int daysPastDue) {
    }

    @Test
    void principalPastItsDueDateAccruesAtOneHundredThirtyPercentOfTheRateForEachDayItIsOverdue() {
        forAll(30001, r -> new PastDue(between(r, 1_000_000L, 10_000_000_000L), between(r, 1, 60), between(r, 1, 720)), c -> {
            List<RepaymentSchedule.Instalment> schedule = RepaymentSchedule.of(c.principal(), START, c.termMonths(), c.termMonths(), RATE);
            LocalDate due = schedule.get(0).dueDate();
            LoanBalance balance = LoanBalance.at(due.plusDays(c.daysPastDue()),
                    List.of(new LoanBalance.Movement(START, "DISBURSEMENT", c.principal(), 0, 0, 0)), schedule, RATE, OVERDUE_FACTOR);
            assertEquals(c.principal(), balance.principalOverdue());
            assertEquals(c.daysPastDue(), balance.daysOverdue());
            assertEquals(due, balance.oldestUnpaidDueDate());
            // One day count: normal interest for the schedule's days, the overdue rate for each day overdue.
            assertEquals(schedule.get(0).interest(), balance.interestDue());
            assertEquals(interest(c.principal(), RATE, ChronoUnit.DAYS.between(START, due)), balance.interestDue());
            assertEquals(interest(c.principal(), RATE.multiply(OVERDUE_FACTOR), c.daysPastDue()), balance.overdueInterestDue());
        });
    }

    @Test
    void theIssuesImportedLoanIsChargedTheScheduleInterestAndOneDayOfOverdueInterestPerDayOverdue() {
        // 77,777,777 VND at 6.6 % for a year, due 2026-08-21, seen on 2026-11-29: 100 days overdue.
        LocalDate disbursed = LocalDate.of(2025, 8, 21);
        List<RepaymentSchedule.Instalment> schedule = RepaymentSchedule.of(77_777_777L, disbursed, 12, 12, RATE);
        LoanBalance balance = LoanBalance.at(LocalDate.of(2026, 11, 29),
                List.of(new LoanBalance.Movement(disbursed, "DISBURSEMENT", 77_777_777L, 0, 0, 0)), schedule, RATE, OVERDUE_FACTOR);
        assertEquals(100, balance.daysOverdue());
        assertEquals(5_133_333, schedule.get(0).interest());
        assertEquals(5_133_333, balance.interestDue());
        assertEquals(1_828_310, balance.overdueInterestDue()); // 77,777,777 × 8.58 % × 100 / 365
    }

    @Test
    void anInstalmentPaidOnItsDueDateOwesNoOverdueInterest() {
        List<RepaymentSchedule.Instalment> schedule = RepaymentSchedule.of(50_000_000L, START, 12, 12, RATE);
        LocalDate due = schedule.get(0).dueDate();
        LoanBalance onTheDay = LoanBalance.at(due, List.of(new LoanBalance.Movement(START, "DISBURSEMENT", 50_000_000L, 0, 0, 0)),
                schedule, RATE, OVERDUE_FACTOR);
        assertEquals(0, onTheDay.principalOverdue());
        assertEquals(0, onTheDay.daysOverdue());
        assertEquals(0, onTheDay.overdueInterestDue());
        assertEquals(schedule.get(0).total(), onTheDay.totalDue());
    }

    @Test
    void nothingIsOwedBeforeAnyDisbursement() {
        LoanBalance balance = LoanBalance.at(START, List.of(), List.of(), RATE, OVERDUE_FACTOR);
        assertEquals(0, balance.totalDue());
        assertNull(balance.oldestUnpaidDueDate());
    }

    record Owed(LoanBalance balance, long amount) {
    }

    @Test
    void aRepaymentGoesToOverdueInterestThenInterestThenPrincipalAndNeverBeyondWhatIsOwed() {
        forAll(30002, r -> new Owed(new LoanBalance(between(r, 0L, 1_000_000_000L), 0, between(r, 0L, 100_000_000L),
                between(r, 0L, 100_000_000L), 0, null), between(r, 1L, 1_300_000_000L)), c -> {
            LoanBalance owed = c.balance();
            if (c.amount() > owed.totalDue()) {
                assertThrows(IllegalArgumentException.class, () -> owed.allocate(c.amount()));
                return;
            }
            LoanBalance.Allocation split = owed.allocate(c.amount());
            assertEquals(c.amount(), split.overdueInterest() + split.interest() + split.principal());
            assertTrue(split.overdueInterest() >= 0 && split.overdueInterest() <= owed.overdueInterestDue());
            assertTrue(split.interest() >= 0 && split.interest() <= owed.interestDue());
            assertTrue(split.principal() >= 0 && split.principal() <= owed.principalOutstanding());
            assertTrue(split.interest() == 0 || split.overdueInterest() == owed.overdueInterestDue(), "interest only once overdue interest is paid");
            assertTrue(split.principal() == 0 || split.interest() == owed.interestDue(), "principal only once interest is paid");
        });
    }

    record Repayments(long principal, List<Integer> daysBetween, List<Long> amounts) {
    }

    static Repayments anyRepayments(Random r) {
        int count = between(r, 1, 12);
        List<Integer> days = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            days.add(between(r, 1, 400));
            amounts.add(between(r, 1L, 200_000_000L));
        }
        return new Repayments(between(r, 1_000_000L, 500_000_000L), days, amounts);
    }

    @Test
    void repaymentsInAnyAmountsAtAnyDatesNeverLeaveANegativeDebtOrRepayMoreThanWasLent() {
        forAll(30003, 200, LoanBalanceTest::anyRepayments, c -> {
            List<RepaymentSchedule.Instalment> schedule = RepaymentSchedule.of(c.principal(), START, 36, 6, RATE);
            List<LoanBalance.Movement> movements = new ArrayList<>();
            movements.add(new LoanBalance.Movement(START, "DISBURSEMENT", c.principal(), 0, 0, 0));
            LocalDate day = START;
            long repaidPrincipal = 0;
            for (int k = 0; k < c.daysBetween().size(); k++) {
                day = day.plusDays(c.daysBetween().get(k));
                LoanBalance before = LoanBalance.at(day, movements, schedule, RATE, OVERDUE_FACTOR);
                if (before.totalDue() == 0) {
                    break;
                }
                long amount = Math.min(c.amounts().get(k), before.totalDue());
                LoanBalance.Allocation split = before.allocate(amount);
                movements.add(new LoanBalance.Movement(day, "REPAYMENT", amount, split.principal(), split.interest(), split.overdueInterest()));
                repaidPrincipal += split.principal();
                LoanBalance after = LoanBalance.at(day, movements, schedule, RATE, OVERDUE_FACTOR);
                assertTrue(after.principalOutstanding() >= 0 && after.interestDue() >= 0 && after.overdueInterestDue() >= 0, after.toString());
                assertEquals(before.totalDue() - amount, after.totalDue(), "a repayment lowers the debt by exactly its amount");
                assertTrue(after.principalOverdue() <= after.principalOutstanding());
            }
            assertTrue(repaidPrincipal <= c.principal());
        });
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
