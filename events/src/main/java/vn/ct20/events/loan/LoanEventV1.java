package vn.ct20.events.loan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of every {@code ct20.loan.*.v1} loan event: what happened to a loan, with the unit codes
 * report-service aggregates by. Never carries the borrower's citizen ID or name. Key and subject:
 * the loan id.
 *
 * @param communeCode          the borrower's commune of residence
 * @param districtCode         its district on {@code businessDate}; null after the 2025 restructuring (no districts)
 * @param provinceCode         its province on {@code businessDate}
 * @param status               the loan's status after the event (SUBMITTED, APPROVED, REJECTED, WITHDRAWN, ACTIVE, CLOSED, WRITTEN_OFF)
 * @param amount               the amount of this event: requested, approved, disbursed or repaid (VND); null otherwise
 * @param principalPaid        with a repayment: the part that went to principal
 * @param interestPaid         with a repayment: the part that went to interest
 * @param overdueInterestPaid  with a repayment: the part that went to overdue interest
 * @param principalOutstanding principal still owed after the event
 * @param principalOverdue     principal past its due date after the event
 * @param daysOverdue          days since the oldest unpaid instalment fell due (0 when none)
 * @param bucket               delinquency bucket: 1-30, 31-90, 91-180, 181-360, >360; null when not overdue
 */
public record LoanEventV1(
        UUID loanId,
        String product,
        String category,
        String communeCode,
        String districtCode,
        String provinceCode,
        String marketCode,
        UUID capitalSourceId,
        String status,
        LocalDate businessDate,
        Long amount,
        Long principalPaid,
        Long interestPaid,
        Long overdueInterestPaid,
        long principalOutstanding,
        long principalOverdue,
        int daysOverdue,
        String bucket) {
}
