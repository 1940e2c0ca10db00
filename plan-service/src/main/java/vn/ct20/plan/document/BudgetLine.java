package vn.ct20.plan.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a plan's budget. {@code amount} is whole VND, or null when the plan states no amount. */
@Embeddable
public class BudgetLine {
    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false)
    public FundingSource fundingSource;

    @Column(name = "amount")
    public Long amount;

    @Column(name = "description")
    public String description;

    public BudgetLine() {
    }

    public BudgetLine(FundingSource fundingSource, Long amount, String description) {
        this.fundingSource = fundingSource;
        this.amount = amount;
        this.description = description;
    }
}
