package vn.ct20.loan.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One version of the lending policy, in force from {@code validFrom} until the next version starts. */
@Entity
@Table(name = "loan_policy")
public class LoanPolicy {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "legal_basis", nullable = false)
    public String legalBasis;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "overdue_rate_factor", nullable = false)
    public BigDecimal overdueRateFactor;

    /** Decree 61/2015 Art. 38: overdue interest at 130 % of the rate, for loans made before the first version here. */
    public static final BigDecimal OVERDUE_RATE_FACTOR_BEFORE_ANY_POLICY = new BigDecimal("1.30");

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "loan_policy_category", joinColumns = @JoinColumn(name = "policy_id"))
    public List<CategoryRule> categories = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "loan_policy_product", joinColumns = @JoinColumn(name = "policy_id"))
    public List<ProductRule> products = new ArrayList<>();

    public Optional<CategoryRule> category(BorrowerCategory category) {
        return categories.stream().filter(rule -> rule.category == category).findFirst();
    }

    public Optional<ProductRule> product(LoanProduct product) {
        return products.stream().filter(rule -> rule.product == product).findFirst();
    }

    @Embeddable
    public static class CategoryRule {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public BorrowerCategory category;

        @Column(nullable = false)
        public boolean eligible;

        /** Yearly interest rate in percent; null while no rate is set for the category. */
        @Column(name = "annual_rate_percent")
        public BigDecimal annualRatePercent;

        /** The legal text the rate comes from; null while no rate is set. */
        @Column(name = "rate_basis")
        public String rateBasis;
    }

    @Embeddable
    public static class ProductRule {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public LoanProduct product;

        /** 1.0 = at most 100 % of the costs stated in the contract; null: no such limit. */
        @Column(name = "max_share_of_contract_cost")
        public BigDecimal maxShareOfContractCost;

        @Column(name = "max_amount")
        public Long maxAmount;

        /** Collateral is required for loans of this amount or more; null: never. */
        @Column(name = "collateral_from_amount")
        public Long collateralFromAmount;

        @Column(name = "max_term_months")
        public Integer maxTermMonths;

        @Column(name = "term_within_contract", nullable = false)
        public boolean termWithinContract;
    }
}
