package vn.ct20.loan.capital;

/** Where VBSP's money for loans to workers going abroad comes from (LOAN_RULES, capital sources). */
public enum CapitalSourceKind {
    /** Central budget capital for overseas-work loans. */
    CENTRAL_BUDGET,
    /** Quỹ quốc gia về việc làm (Decree 61/2015, amended by Decree 74/2019). */
    NATIONAL_EMPLOYMENT_FUND,
    /** Provincial budget entrusted to VBSP (vốn ủy thác). */
    PROVINCIAL_BUDGET_ENTRUSTED,
    /** District budget entrusted to VBSP (vốn ủy thác). */
    DISTRICT_BUDGET_ENTRUSTED
}
