package vn.ct20.loan.lending;

import static vn.ct20.loan.lending.Loan.Status.ACTIVE;
import static vn.ct20.loan.lending.Loan.Status.APPROVED;
import static vn.ct20.loan.lending.Loan.Status.CLOSED;
import static vn.ct20.loan.lending.Loan.Status.REJECTED;
import static vn.ct20.loan.lending.Loan.Status.SUBMITTED;
import static vn.ct20.loan.lending.Loan.Status.WITHDRAWN;
import static vn.ct20.loan.lending.Loan.Status.WRITTEN_OFF;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.Roles;

/**
 * The loan's lifecycle, in one place: each transition, the states it starts from, the state it
 * leads to and the roles that may make it. The API and the import of existing loans both move a
 * loan only through {@link #apply}; nothing else sets a loan's status.
 *
 * <pre>
 *   SUBMITTED ─approve→ APPROVED ─disburse→ ACTIVE ─repay (all)→ CLOSED
 *       │  ↖undo-approval─┘ │                    └─write-off→ WRITTEN_OFF
 *       ├─reject→ REJECTED   │
 *       └─withdraw→ WITHDRAWN ←┘
 * </pre>
 */
public enum LoanTransition {
    SUBMIT(EnumSet.noneOf(Loan.Status.class), SUBMITTED, Roles.LOAN_OFFICER),
    APPROVE(EnumSet.of(SUBMITTED), APPROVED, Roles.LOAN_APPROVER),
    UNDO_APPROVAL(EnumSet.of(APPROVED), SUBMITTED, Roles.LOAN_APPROVER),
    REJECT(EnumSet.of(SUBMITTED), REJECTED, Roles.LOAN_APPROVER),
    WITHDRAW(EnumSet.of(SUBMITTED, APPROVED), WITHDRAWN, Roles.LOAN_OFFICER),
    DISBURSE(EnumSet.of(APPROVED, ACTIVE), ACTIVE, Roles.LOAN_OFFICER),
    REPAY(EnumSet.of(ACTIVE), ACTIVE, Roles.LOAN_OFFICER),
    /** Follows the repayment that settles everything; no one asks for it on its own. */
    CLOSE(EnumSet.of(ACTIVE), CLOSED),
    WRITE_OFF(EnumSet.of(ACTIVE), WRITTEN_OFF, Roles.LOAN_APPROVER);

    private final Set<Loan.Status> from;
    private final Loan.Status to;
    private final String[] roles;

    LoanTransition(Set<Loan.Status> from, Loan.Status to, String... roles) {
        this.from = from;
        this.to = to;
        this.roles = roles;
    }

    /** The operation's name in the audit trail and idempotency records, e.g. {@code loan.undo-approval}. */
    public String operation() {
        return "loan." + name().toLowerCase().replace('_', '-');
    }

    public String[] roles() {
        return roles.clone();
    }

    public Loan.Status target() {
        return to;
    }

    public boolean allowedFrom(Loan.Status status) {
        return status == null ? from.isEmpty() : from.contains(status);
    }

    /** Moves the loan, or refuses (409) when the transition does not start from its state. */
    public void apply(Loan loan) {
        if (!allowedFrom(loan.status)) {
            throw ProblemException.conflict("A loan that is " + describe(loan.status) + " cannot be " + pastTense() + "; only a loan that is "
                    + from.stream().map(LoanTransition::describe).collect(Collectors.joining(" or ")));
        }
        loan.status = to;
    }

    private String pastTense() {
        return switch (this) {
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case UNDO_APPROVAL -> "taken back to submitted";
            case REJECT -> "rejected";
            case WITHDRAW -> "withdrawn";
            case DISBURSE -> "disbursed";
            case REPAY -> "repaid";
            case CLOSE -> "closed";
            case WRITE_OFF -> "written off";
        };
    }

    private static String describe(Loan.Status status) {
        return status == null ? "new" : status.name().toLowerCase().replace('_', ' ');
    }
}
