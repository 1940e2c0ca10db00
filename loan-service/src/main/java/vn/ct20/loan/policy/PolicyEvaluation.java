package vn.ct20.loan.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.platform.problem.Problem;
import vn.ct20.platform.web.Decimals;

/**
 * What the policy in force says of a loan request: whether it can be approved, the rate, the
 * overdue rate and whether collateral is required. Loan approval uses the same rules.
 */
@Schema(name = "PolicyEvaluation", example = """
        {"policyId":"6a0c5b1e-61a7-4c2f-9e15-2015a0740001","approvable":true,"annualRatePercent":6.6,"overdueAnnualRatePercent":8.58,
         "collateralRequired":true,"maxAmount":120000000,"violations":[]}""")
public record PolicyEvaluation(
        UUID policyId,
        boolean approvable,
        @Schema(nullable = true) BigDecimal annualRatePercent,
        @Schema(description = "Rate on overdue principal: the loan's rate times the policy's overdue factor (130 %)", nullable = true)
        BigDecimal overdueAnnualRatePercent,
        boolean collateralRequired,
        @Schema(description = "The most that may be lent for this request, VND", nullable = true) Long maxAmount,
        List<Problem.FieldError> violations) {

    /** The request a policy is applied to. Amounts are whole VND. */
    public record Request(BorrowerCategory category, LoanProduct product, long amount, Long contractCost, int termMonths,
                          Integer contractTermMonths) {
    }

    static PolicyEvaluation of(LoanPolicy policy, Request request) {
        List<Problem.FieldError> violations = new ArrayList<>();
        var category = policy.category(request.category());
        BigDecimal rate = category.map(rule -> rule.annualRatePercent).orElse(null);
        if (category.isEmpty() || !category.get().eligible) {
            violations.add(new Problem.FieldError("category", request.category() + " may not borrow under this policy"));
        } else if (rate == null) {
            // Name the missing policy item and who can supply it, so the refusal can be acted on.
            violations.add(new Problem.FieldError("category", "the lending policy in force (version " + policy.id + ", from "
                    + policy.validFrom + ") sets no interest rate for " + request.category() + " yet: a system administrator adds it with "
                    + "PUT /api/v1/policies/" + policy.id + "/categories/" + request.category() + "/rate, citing its legal basis"));
        }
        var product = policy.product(request.product());
        Long maxAmount = null;
        boolean collateral = false;
        if (product.isEmpty()) {
            violations.add(new Problem.FieldError("product", request.product() + " is not offered under this policy"));
        } else {
            LoanPolicy.ProductRule rule = product.get();
            maxAmount = rule.maxAmount;
            if (rule.maxShareOfContractCost != null) {
                if (request.contractCost() == null) {
                    violations.add(new Problem.FieldError("contractCost", "the costs stated in the contract are needed for " + request.product()));
                } else {
                    long byCost = new BigDecimal(request.contractCost()).multiply(rule.maxShareOfContractCost)
                            .setScale(0, RoundingMode.FLOOR).longValueExact();
                    maxAmount = maxAmount == null ? byCost : Math.min(maxAmount, byCost);
                }
            }
            if (maxAmount != null && request.amount() > maxAmount) {
                violations.add(new Problem.FieldError("amount", "at most " + maxAmount + " VND may be lent for this request"));
            }
            if (rule.maxTermMonths != null && request.termMonths() > rule.maxTermMonths) {
                violations.add(new Problem.FieldError("termMonths", "at most " + rule.maxTermMonths + " months for " + request.product()));
            }
            if (rule.termWithinContract) {
                if (request.contractTermMonths() == null) {
                    violations.add(new Problem.FieldError("contractTermMonths", "the work term in the contract is needed for " + request.product()));
                } else if (request.termMonths() > request.contractTermMonths()) {
                    violations.add(new Problem.FieldError("termMonths", "not longer than the work term in the contract ("
                            + request.contractTermMonths() + " months)"));
                }
            }
            collateral = rule.collateralFromAmount != null && request.amount() >= rule.collateralFromAmount;
        }
        BigDecimal overdue = rate == null ? null : Decimals.plain(rate.multiply(policy.overdueRateFactor).setScale(4, RoundingMode.HALF_UP));
        return new PolicyEvaluation(policy.id, violations.isEmpty(), Decimals.plain(rate), overdue, collateral,
                maxAmount, violations);
    }
}
