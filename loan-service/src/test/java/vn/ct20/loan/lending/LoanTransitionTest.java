package vn.ct20.loan.lending;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ct20.platform.problem.ProblemException;

/** The loan's state machine, transition by transition: every state it may start from, and every one it may not. */
class LoanTransitionTest {
    private static final Map<LoanTransition, Set<Loan.Status>> ALLOWED = Map.of(
            LoanTransition.APPROVE, EnumSet.of(Loan.Status.SUBMITTED),
            LoanTransition.UNDO_APPROVAL, EnumSet.of(Loan.Status.APPROVED),
            LoanTransition.REJECT, EnumSet.of(Loan.Status.SUBMITTED),
            LoanTransition.WITHDRAW, EnumSet.of(Loan.Status.SUBMITTED, Loan.Status.APPROVED),
            LoanTransition.DISBURSE, EnumSet.of(Loan.Status.APPROVED, Loan.Status.ACTIVE),
            LoanTransition.REPAY, EnumSet.of(Loan.Status.ACTIVE),
            LoanTransition.CLOSE, EnumSet.of(Loan.Status.ACTIVE),
            LoanTransition.WRITE_OFF, EnumSet.of(Loan.Status.ACTIVE));

    @Test
    void eachTransitionMovesOnlyFromItsStates() {
        ALLOWED.forEach((transition, from) -> {
            for (Loan.Status status : Loan.Status.values()) {
                Loan loan = new Loan();
                loan.status = status;
                if (from.contains(status)) {
                    transition.apply(loan);
                    assertEquals(transition.target(), loan.status, transition + " from " + status);
                } else {
                    ProblemException refused = assertThrows(ProblemException.class, () -> transition.apply(loan), transition + " from " + status);
                    assertEquals(409, refused.status());
                    assertEquals(status, loan.status, "a refused transition leaves the loan as it was");
                }
            }
        });
    }

    @Test
    void aNewLoanCanOnlyBeSubmitted() {
        Loan loan = new Loan();
        LoanTransition.SUBMIT.apply(loan);
        assertEquals(Loan.Status.SUBMITTED, loan.status);
        assertThrows(ProblemException.class, () -> LoanTransition.SUBMIT.apply(loan));
        for (LoanTransition transition : LoanTransition.values()) {
            Loan fresh = new Loan();
            if (transition != LoanTransition.SUBMIT) {
                assertThrows(ProblemException.class, () -> transition.apply(fresh), transition.name());
            }
        }
    }

    @Test
    void officersEnterAndMoveMoneyApproversDecide() {
        assertArrayEquals(new String[] {"LOAN_OFFICER"}, LoanTransition.SUBMIT.roles());
        assertArrayEquals(new String[] {"LOAN_OFFICER"}, LoanTransition.DISBURSE.roles());
        assertArrayEquals(new String[] {"LOAN_OFFICER"}, LoanTransition.REPAY.roles());
        assertArrayEquals(new String[] {"LOAN_OFFICER"}, LoanTransition.WITHDRAW.roles());
        assertArrayEquals(new String[] {"LOAN_APPROVER"}, LoanTransition.APPROVE.roles());
        assertArrayEquals(new String[] {"LOAN_APPROVER"}, LoanTransition.UNDO_APPROVAL.roles());
        assertArrayEquals(new String[] {"LOAN_APPROVER"}, LoanTransition.REJECT.roles());
        assertArrayEquals(new String[] {"LOAN_APPROVER"}, LoanTransition.WRITE_OFF.roles());
        assertArrayEquals(new String[] {}, LoanTransition.CLOSE.roles(), "closing follows the last repayment; no one asks for it");
        assertEquals("loan.undo-approval", LoanTransition.UNDO_APPROVAL.operation());
    }
}
