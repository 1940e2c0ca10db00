package vn.ct20.loan.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ct20.testkit.Generated.between;
import static vn.ct20.testkit.Generated.forAll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schedule's rules, on their own: no database, no HTTP. */
class RepaymentScheduleTest {
    record Loan(long principal, int termMonths, int everyMonths, BigDecimal rate) {
    }

    static Loan anyLoan(java.util.Random random) {
        int term = between(random, 1, 120);
        return new Loan(between(random, 1L, 10_000_000_000L), term, Math.min(term, between(random, 1, 24)),
                BigDecimal.valueOf(between(random, 1, 1500), 2));
    }

    @Test
    void aThreeYearLoanRepaidAtMaturityOwesInterestForEveryDayAtTheRate() {
        // 50,000,000 VND at 6.6 % a year from 1 March 2024, one instalment on 1 March 2027: 1,095 days.
        List<RepaymentSchedule.Instalment> schedule = RepaymentSchedule.of(50_000_000, LocalDate.of(2024, 3, 1), 36, 36,
                new BigDecimal("6.6"));
        assertEquals(1, schedule.size());
        RepaymentSchedule.Instalment only = schedule.get(0);
        assertEquals(LocalDate.of(2027, 3, 1), only.dueDate());
        assertEquals(50_000_000, only.principal());
        assertEquals(9_900_000, only.interest()); // 50,000,000 × 6.6 % × 1,095 / 365, exactly
        assertEquals(59_900_000, only.total());
        assertEquals(0, only.principalAfter());
    }

    @Test
    void thePrincipalOfTheInstalmentsAddsUpToTheAmountLent() {
        forAll(20241, RepaymentScheduleTest::anyLoan, loan -> {
            LocalDate start = LocalDate.of(2024, 1, 31);
            List<RepaymentSchedule.Instalment> schedule = RepaymentSchedule.of(loan.principal(), start, loan.termMonths(),
                    loan.everyMonths(), loan.rate());
            assertEquals(loan.principal(), schedule.stream().mapToLong(RepaymentSchedule.Instalment::principal).sum());
            assertEquals(0, schedule.get(schedule.size() - 1).principalAfter());
            assertEquals(start.plusMonths(loan.termMonths()), schedule.get(schedule.size() - 1).dueDate());
            assertEquals((loan.termMonths() + loan.everyMonths() - 1) / loan.everyMonths(), schedule.size());
        });
    }

    @Test
    void eachInstalmentChargesTheRateOnWhatIsStillOwedForTheActualDays() {
        forAll(20242, RepaymentScheduleTest::anyLoan, loan -> {
            LocalDate start = LocalDate.of(2025, 2, 28);
            long owed = loan.principal();
            LocalDate from = start;
            for (RepaymentSchedule.Instalment i : RepaymentSchedule.of(loan.principal(), start, loan.termMonths(), loan.everyMonths(),
                    loan.rate())) {
                long days = ChronoUnit.DAYS.between(from, i.dueDate());
                long expected = BigDecimal.valueOf(owed).multiply(loan.rate()).multiply(BigDecimal.valueOf(days))
                        .divide(BigDecimal.valueOf(36_500), 0, RoundingMode.HALF_UP).longValueExact();
                assertEquals(expected, i.interest(), "instalment " + i.number());
                assertEquals(i.principal() + i.interest(), i.total());
                owed -= i.principal();
                assertEquals(owed, i.principalAfter());
                from = i.dueDate();
            }
        });
    }
}
