package vn.ct20.loan.lending;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.loan.policy.BorrowerCategory;
import vn.ct20.loan.policy.LoanProduct;

/** A VBSP loan to a worker going abroad. */
@Entity
@Table(name = "loan")
public class Loan {
    /** cf. Apache Fineract: SUBMITTED → APPROVED / REJECTED / WITHDRAWN → ACTIVE → CLOSED / WRITTEN_OFF. */
    @Schema(name = "LoanStatus")
    public enum Status { SUBMITTED, APPROVED, REJECTED, WITHDRAWN, ACTIVE, CLOSED, WRITTEN_OFF }

    @Id
    public UUID id;

    @Column(name = "borrower_id", nullable = false)
    public UUID borrowerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LoanProduct product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BorrowerCategory category;

    @Column(name = "commune_code", nullable = false)
    public String communeCode;

    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "market_code", nullable = false)
    public String marketCode;

    @Column(name = "enterprise_name", nullable = false)
    public String enterpriseName;

    @Column(name = "contract_number", nullable = false)
    public String contractNumber;

    @Column(name = "contract_term_months")
    public Integer contractTermMonths;

    @Column(name = "contract_cost")
    public Long contractCost;

    @Column(name = "amount_requested", nullable = false)
    public long amountRequested;

    @Column(name = "term_months", nullable = false)
    public int termMonths;

    @Column(name = "repayment_every_months", nullable = false)
    public int repaymentEveryMonths;

    @Column(name = "capital_source_id", nullable = false)
    public UUID capitalSourceId;

    /** What secures the loan; required from the policy's collateral threshold. */
    public String collateral;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "approved_amount")
    public Long approvedAmount;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "approved_by")
    public String approvedBy;

    /** Approved more than 10 working days after submission (Decree 61/2015 Art. 40). */
    @Column(name = "appraisal_late")
    public Boolean appraisalLate;

    /** The policy version in force on the approval date: its rate and overdue factor bind the loan. */
    @Column(name = "policy_id")
    public UUID policyId;

    @Column(name = "annual_rate_percent")
    public BigDecimal annualRatePercent;

    @Column(name = "overdue_rate_factor")
    public BigDecimal overdueRateFactor;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "disbursed_principal", nullable = false)
    public long disbursedPrincipal;

    @Column(name = "first_disbursed_on")
    public LocalDate firstDisbursedOn;

    @Column(name = "maturity_date")
    public LocalDate maturityDate;

    @Column(name = "days_overdue", nullable = false)
    public int daysOverdue;

    public String bucket;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
