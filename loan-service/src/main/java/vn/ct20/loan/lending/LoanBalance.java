package vn.ct20.loan.lending;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a loan owes at a date, replayed from its money movements and schedule, on one day count:
 * actual/365, interest for each night the principal is outstanding (the schedule's count).
 * Principal whose instalment date has passed unpaid is overdue: normal interest runs from the
 * disbursement to the due date, and from the due date the overdue rate (the loan's rate × the
 * policy's factor, 130 %) instead, so the nights charged at the overdue rate are the loan's
 * {@code daysOverdue}. Paid on its due date, an instalment owes no overdue interest.
 */
public record LoanBalance(long principalOutstanding, long principalOverdue, long interestDue, long overdueInterestDue, int daysOverdue,
                          @Schema(nullable = true) LocalDate oldestUnpaidDueDate) {

    private static final BigDecimal HALF_DONG_OVERPAID = new BigDecimal("-0.5");

    public record Movement(LocalDate date, String kind, long amount, long principal, long interest, long overdueInterest) {
    }

    public long totalDue() {
        return principalOutstanding + interestDue + overdueInterestDue;
    }

    /** How a repayment is split: overdue interest first, then interest, then principal. */
    public record Allocation(long overdueInterest, long interest, long principal) {
    }

    /**
     * Splits a repayment of {@code amount} over what is owed: overdue interest, then interest, then
     * principal (Decree 61/2015's order for VBSP loans).
     *
     * @throws IllegalArgumentException when {@code amount} is not positive or more than {@link #totalDue()}
     */
    public Allocation allocate(long amount) {
        if (amount <= 0 || amount > totalDue()) {
            throw new IllegalArgumentException("a repayment is between 1 and " + totalDue() + " VND");
        }
        long overdueInterest = Math.min(amount, overdueInterestDue);
        long interest = Math.min(amount - overdueInterest, interestDue);
        return new Allocation(overdueInterest, interest, amount - overdueInterest - interest);
    }

    public static LoanBalance at(LocalDate asOf, List<Movement> movements, List<RepaymentSchedule.Instalment> schedule,
                                 BigDecimal annualRatePercent, BigDecimal overdueFactor) {
        if (movements.isEmpty()) {
            return new LoanBalance(0, 0, 0, 0, 0, null);
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        movements.forEach(m -> dates.add(m.date()));
        schedule.forEach(i -> dates.add(i.dueDate())); // the overdue rate from the due date's night
        dates.add(asOf);
        BigDecimal overdueRate = annualRatePercent.multiply(overdueFactor);
        long principal = 0;
        long repaidPrincipal = 0;
        BigDecimal interest = BigDecimal.ZERO;
        BigDecimal overdueInterest = BigDecimal.ZERO;
        List<LocalDate> points = new ArrayList<>(dates.headSet(asOf, true));
        for (int p = 0; p < points.size(); p++) {
            LocalDate day = points.get(p);
            for (Movement m : movements) {
                if (m.date().equals(day)) {
                    if (m.kind().equals("DISBURSEMENT")) {
                        principal += m.amount();
                    } else {
                        principal -= m.principal();
                        repaidPrincipal += m.principal();
                        interest = interest.subtract(BigDecimal.valueOf(m.interest()));
                        overdueInterest = overdueInterest.subtract(BigDecimal.valueOf(m.overdueInterest()));
                    }
                }
            }
            if (p + 1 < points.size()) {
                long days = ChronoUnit.DAYS.between(day, points.get(p + 1));
                long overdue = overduePrincipal(day, true, schedule, repaidPrincipal, principal);
                interest = interest.add(RepaymentSchedule.interest(principal - overdue, annualRatePercent, days));
                overdueInterest = overdueInterest.add(RepaymentSchedule.interest(overdue, overdueRate, days));
            }
        }
        // Interest is one debt in two rates: a repayment split under an earlier count may have paid one
        // bucket a dong or more beyond what it accrues now, and the excess settles the other rather than
        // vanishing (less than half a dong is rounding, which each bucket keeps to itself).
        if (interest.compareTo(HALF_DONG_OVERPAID) < 0) {
            overdueInterest = overdueInterest.add(interest);
            interest = BigDecimal.ZERO;
        } else if (overdueInterest.compareTo(HALF_DONG_OVERPAID) < 0) {
            interest = interest.add(overdueInterest);
            overdueInterest = BigDecimal.ZERO;
        }
        long overdue = overduePrincipal(asOf, false, schedule, repaidPrincipal, principal);
        LocalDate oldest = oldestUnpaid(asOf, schedule, repaidPrincipal);
        int daysOverdue = oldest == null ? 0 : (int) ChronoUnit.DAYS.between(oldest, asOf);
        return new LoanBalance(principal, overdue, round(interest), round(overdueInterest), daysOverdue, oldest);
    }

    /**
     * Scheduled principal due before {@code day} (or on it, when {@code dueThatDay}) that
     * repayments have not covered. The night after a due date is charged at the overdue rate, but
     * on the due date itself the instalment is not yet late.
     */
    private static long overduePrincipal(LocalDate day, boolean dueThatDay, List<RepaymentSchedule.Instalment> schedule,
                                         long repaidPrincipal, long outstanding) {
        long scheduled = 0;
        for (RepaymentSchedule.Instalment i : schedule) {
            if (i.dueDate().isBefore(day) || dueThatDay && i.dueDate().equals(day)) {
                scheduled += i.principal();
            }
        }
        return Math.max(0, Math.min(outstanding, scheduled - repaidPrincipal));
    }

    private static LocalDate oldestUnpaid(LocalDate asOf, List<RepaymentSchedule.Instalment> schedule, long repaidPrincipal) {
        long cumulative = 0;
        for (RepaymentSchedule.Instalment i : schedule) {
            cumulative += i.principal();
            if (i.dueDate().isBefore(asOf) && cumulative > repaidPrincipal) {
                return i.dueDate();
            }
        }
        return null;
    }

    private static long round(BigDecimal value) {
        return Math.max(0, value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** Delinquency bucket of a number of days overdue; null when not overdue. */
    public static String bucket(int daysOverdue) {
        if (daysOverdue <= 0) {
            return null;
        }
        if (daysOverdue <= 30) {
            return "1-30";
        }
        if (daysOverdue <= 90) {
            return "31-90";
        }
        if (daysOverdue <= 180) {
            return "91-180";
        }
        return daysOverdue <= 360 ? "181-360" : ">360";
    }
}
