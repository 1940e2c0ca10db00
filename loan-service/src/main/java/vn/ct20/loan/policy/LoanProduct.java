package vn.ct20.loan.policy;

/** What is lent: the costs of going abroad under contract, or the EPS (Korea) deposit. */
public enum LoanProduct {
    OVERSEAS_WORK, EPS_DEPOSIT
}
