package vn.ct20.loan.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The schedule's rules, on their own: no database, no HTTP. */
class RepaymentScheduleTest {

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

    @Property
    void thePrincipalOfTheInstalmentsAddsUpToTheAmountLent(@ForAll @LongRange(min = 1, max = 10_000_000_000L) long principal,
                                                          @ForAll @IntRange(min = 1, max = 120) int termMonths,
                                                          @ForAll @IntRange(min = 1, max = 24) int everyMonths) {
        List<RepaymentSchedule.Instalment> schedule = RepaymentSchedule.of(principal, LocalDate.of(2024, 1, 31), termMonths,
                Math.min(everyMonths, termMonths), new BigDecimal("7.92"));
        assertEquals(principal, schedule.stream().mapToLong(RepaymentSchedule.Instalment::principal).sum());
        assertEquals(0, schedule.get(schedule.size() - 1).principalAfter());
        assertEquals(LocalDate.of(2024, 1, 31).plusMonths(termMonths), schedule.get(schedule.size() - 1).dueDate());
    }

    @Property
    void eachInstalmentChargesTheRateOnWhatIsStillOwedForTheActualDays(
            @ForAll @LongRange(min = 1, max = 10_000_000_000L) long principal,
            @ForAll @IntRange(min = 1, max = 120) int termMonths,
            @ForAll @IntRange(min = 1, max = 12) int everyMonths,
            @ForAll @IntRange(min = 1, max = 1500) int rateInHundredths) {
        BigDecimal rate = BigDecimal.valueOf(rateInHundredths, 2);
        LocalDate start = LocalDate.of(2025, 2, 28);
        long owed = principal;
        LocalDate from = start;
        for (RepaymentSchedule.Instalment i : RepaymentSchedule.of(principal, start, termMonths, Math.min(everyMonths, termMonths), rate)) {
            long days = ChronoUnit.DAYS.between(from, i.dueDate());
            long expected = BigDecimal.valueOf(owed).multiply(rate).multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(36_500), 0, RoundingMode.HALF_UP).longValueExact();
            assertEquals(expected, i.interest(), "instalment " + i.number());
            assertEquals(i.principal() + i.interest(), i.total());
            owed -= i.principal();
            assertEquals(owed, i.principalAfter());
            from = i.dueDate();
        }
    }
}
