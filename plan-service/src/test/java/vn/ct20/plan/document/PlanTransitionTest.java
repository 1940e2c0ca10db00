package vn.ct20.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ct20.platform.problem.ProblemException;

/** The plan's state machine, transition by transition. */
class PlanTransitionTest {
    private static final Map<PlanTransition, Set<PlanStatus>> ALLOWED = Map.of(
            PlanTransition.ISSUE, EnumSet.of(PlanStatus.DRAFT),
            PlanTransition.AMEND, EnumSet.of(PlanStatus.ISSUED, PlanStatus.AMENDED),
            PlanTransition.CLOSE, EnumSet.of(PlanStatus.ISSUED, PlanStatus.AMENDED));
    private static final Map<PlanTransition, PlanStatus> TO = Map.of(
            PlanTransition.ISSUE, PlanStatus.ISSUED, PlanTransition.AMEND, PlanStatus.AMENDED, PlanTransition.CLOSE, PlanStatus.CLOSED);

    @Test
    void eachTransitionMovesOnlyFromItsStates() {
        ALLOWED.forEach((transition, from) -> {
            for (PlanStatus status : PlanStatus.values()) {
                Plan plan = new Plan();
                plan.status = status;
                if (from.contains(status)) {
                    transition.apply(plan);
                    assertEquals(TO.get(transition), plan.status);
                } else {
                    assertEquals(409, assertThrows(ProblemException.class, () -> transition.apply(plan), transition + " from " + status).status());
                    assertEquals(status, plan.status);
                }
            }
        });
        Plan plan = new Plan();
        plan.status = null;
        PlanTransition.CREATE.apply(plan);
        assertEquals(PlanStatus.DRAFT, plan.status);
        assertThrows(ProblemException.class, () -> PlanTransition.CREATE.apply(plan));
    }
}
