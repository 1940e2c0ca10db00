package vn.ct20.loan.lending;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The repayment schedule: equal principal instalments every {@code everyMonths} months (a single
 * one at maturity unless agreed otherwise, Decree 61/2015 Art. 41), interest on the outstanding
 * principal at the loan's yearly rate for the actual days (actual/365), rounded to the dong; the
 * last instalment takes the remainder of the principal.
 */
public final class RepaymentSchedule {
    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RepaymentSchedule() {
    }

    public record Instalment(int number, LocalDate dueDate, long principal, long interest, long total, long principalAfter) {
    }

    public static List<Instalment> of(long principal, LocalDate start, int termMonths, int everyMonths, BigDecimal annualRatePercent) {
        int count = (termMonths + everyMonths - 1) / everyMonths;
        long each = principal / count;
        List<Instalment> instalments = new ArrayList<>();
        long outstanding = principal;
        LocalDate from = start;
        for (int k = 1; k <= count; k++) {
            LocalDate due = k == count ? start.plusMonths(termMonths) : start.plusMonths((long) everyMonths * k);
            long principalDue = k == count ? outstanding : each;
            long interest = interest(outstanding, annualRatePercent, ChronoUnit.DAYS.between(from, due))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            outstanding -= principalDue;
            instalments.add(new Instalment(k, due, principalDue, interest, principalDue + interest, outstanding));
            from = due;
        }
        return instalments;
    }

    /** Interest on {@code principal} at {@code annualRatePercent} for {@code days} days, unrounded. */
    static BigDecimal interest(long principal, BigDecimal annualRatePercent, long days) {
        return BigDecimal.valueOf(principal).multiply(annualRatePercent).multiply(BigDecimal.valueOf(days))
                .divide(HUNDRED.multiply(DAYS_IN_YEAR), 10, RoundingMode.HALF_UP);
    }
}
