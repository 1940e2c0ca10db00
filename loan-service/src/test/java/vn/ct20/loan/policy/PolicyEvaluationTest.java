package vn.ct20.loan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ct20.testkit.Generated.between;
import static vn.ct20.testkit.Generated.forAll;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lending policy applied to a request, on its own: the rules of LOAN_RULES.md as data. */
class PolicyEvaluationTest {

    /** The policy in force since 2023: 100 % of the contract costs, collateral from 100,000,000 VND; EPS deposits up to 100,000,000 VND and 64 months. */
    static LoanPolicy policy() {
        LoanPolicy policy = new LoanPolicy();
        policy.id = UUID.randomUUID();
        policy.overdueRateFactor = new BigDecimal("1.30");
        LoanPolicy.CategoryRule poor = new LoanPolicy.CategoryRule();
        poor.category = BorrowerCategory.POOR;
        poor.eligible = true;
        poor.annualRatePercent = new BigDecimal("6.6");
        policy.categories.add(poor);
        LoanPolicy.ProductRule work = new LoanPolicy.ProductRule();
        work.product = LoanProduct.OVERSEAS_WORK;
        work.maxShareOfContractCost = BigDecimal.ONE;
        work.collateralFromAmount = 100_000_000L;
        work.termWithinContract = true;
        policy.products.add(work);
        LoanPolicy.ProductRule eps = new LoanPolicy.ProductRule();
        eps.product = LoanProduct.EPS_DEPOSIT;
        eps.maxAmount = 100_000_000L;
        eps.maxTermMonths = 64;
        policy.products.add(eps);
        return policy;
    }

    private static PolicyEvaluation evaluate(BorrowerCategory category, LoanProduct product, long amount, Long cost, int term,
                                             Integer contractTerm) {
        return PolicyEvaluation.of(policy(), new PolicyEvaluation.Request(category, product, amount, cost, term, contractTerm));
    }

    @Test
    void aPoorWorkersRequestWithinTheContractIsApprovableWithCollateralFromOneHundredMillion() {
        PolicyEvaluation evaluation = evaluate(BorrowerCategory.POOR, LoanProduct.OVERSEAS_WORK, 120_000_000, 150_000_000L, 36, 36);
        assertTrue(evaluation.approvable(), evaluation.violations().toString());
        assertTrue(evaluation.collateralRequired());
        assertEquals(new BigDecimal("6.6"), evaluation.annualRatePercent());
        assertEquals(new BigDecimal("8.58"), evaluation.overdueAnnualRatePercent());
        assertEquals(150_000_000L, evaluation.maxAmount());
    }

    @Test
    void whatThePolicyRefusesIsNamedFieldByField() {
        assertEquals("category", evaluate(BorrowerCategory.NEAR_POOR, LoanProduct.OVERSEAS_WORK, 50_000_000, 60_000_000L, 24, 24)
                .violations().get(0).field());
        assertEquals("contractCost", evaluate(BorrowerCategory.POOR, LoanProduct.OVERSEAS_WORK, 50_000_000, null, 24, 24)
                .violations().get(0).field());
        assertEquals("termMonths", evaluate(BorrowerCategory.POOR, LoanProduct.OVERSEAS_WORK, 50_000_000, 60_000_000L, 36, 24)
                .violations().get(0).field());
        PolicyEvaluation eps = evaluate(BorrowerCategory.POOR, LoanProduct.EPS_DEPOSIT, 100_000_001, null, 65, null);
        assertFalse(eps.approvable());
        assertEquals(2, eps.violations().size(), eps.violations().toString());
    }

    @Test
    void noMoreThanTheContractCostsIsEverLent() {
        forAll(50001, r -> new long[] {between(r, 1L, 5_000_000_000L), between(r, 1L, 5_000_000_000L)}, c -> {
            long amount = c[0];
            long contractCost = c[1];
            PolicyEvaluation evaluation = evaluate(BorrowerCategory.POOR, LoanProduct.OVERSEAS_WORK, amount, contractCost, 12, 12);
            assertEquals(amount <= contractCost, evaluation.approvable(), amount + " of " + contractCost + ": " + evaluation.violations());
            assertEquals(contractCost, evaluation.maxAmount());
            assertEquals(amount >= 100_000_000L, evaluation.collateralRequired());
        });
    }
}
