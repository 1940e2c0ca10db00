package vn.ct20.plan.document;

/** DRAFT → ISSUED → AMENDED (any number of times) → CLOSED. Issued plans change only by amendment. */
public enum PlanStatus {
    DRAFT, ISSUED, AMENDED, CLOSED;

    public boolean isIssued() {
        return this == ISSUED || this == AMENDED;
    }
}
