package vn.ct20.loan.lending;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One movement of a loan's money, never changed once written: a disbursement, a repayment (split
 * into principal, interest and overdue interest), or an import's settlement of what the old system
 * collected. A loan's balance on any date is computed from these.
 */
@Entity
@Table(name = "loan_transaction")
public class LoanTransaction {
    public static final String DISBURSEMENT = "DISBURSEMENT";
    public static final String REPAYMENT = "REPAYMENT";
    /** What a loan made before this system had repaid and accrued up to its import (settled in the old system). */
    public static final String IMPORT_SETTLEMENT = "IMPORT_SETTLEMENT";

    @Id
    public UUID id;

    @Column(name = "loan_id", nullable = false, updatable = false)
    public UUID loanId;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(name = "business_date", nullable = false, updatable = false)
    public LocalDate businessDate;

    @Column(nullable = false, updatable = false)
    public long amount;

    @Column(nullable = false, updatable = false)
    public long principal;

    @Column(nullable = false, updatable = false)
    public long interest;

    @Column(name = "overdue_interest", nullable = false, updatable = false)
    public long overdueInterest;

    /** The capital allocation a disbursement drew on (none for imported history). */
    @Column(name = "allocation_id", updatable = false)
    public UUID allocationId;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    /** Orders the movements of one business date. */
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    LoanBalance.Movement movement() {
        return new LoanBalance.Movement(businessDate, kind, amount, principal, interest, overdueInterest);
    }
}
