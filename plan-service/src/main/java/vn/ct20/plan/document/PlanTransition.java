package vn.ct20.plan.document;

import static vn.ct20.plan.document.PlanStatus.AMENDED;
import static vn.ct20.plan.document.PlanStatus.CLOSED;
import static vn.ct20.plan.document.PlanStatus.DRAFT;
import static vn.ct20.plan.document.PlanStatus.ISSUED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ct20.platform.problem.ProblemException;
import vn.ct20.platform.security.Roles;

/**
 * The plan's lifecycle, in one place: DRAFT → ISSUED → AMENDED (any number of times) → CLOSED.
 * A draft is edited freely; an issued plan changes only by amendment; a closed plan not at all.
 */
public enum PlanTransition {
    CREATE(EnumSet.noneOf(PlanStatus.class), DRAFT),
    ISSUE(EnumSet.of(DRAFT), ISSUED),
    /** A change of an issued plan (its text, budget, targets, tasks or regimes), with a reason; the state before is kept. */
    AMEND(EnumSet.of(ISSUED, AMENDED), AMENDED),
    CLOSE(EnumSet.of(ISSUED, AMENDED), CLOSED);

    private final Set<PlanStatus> from;
    private final PlanStatus to;

    PlanTransition(Set<PlanStatus> from, PlanStatus to) {
        this.from = from;
        this.to = to;
    }

    /** Who may make any transition of a plan (within the plan's area). */
    public static String[] roles() {
        return new String[] {Roles.PLAN_EDITOR, Roles.SYSTEM_ADMIN};
    }

    public boolean allowedFrom(PlanStatus status) {
        return status == null ? from.isEmpty() : from.contains(status);
    }

    /** Moves the plan, or refuses (409) when the transition does not start from its state. */
    public void apply(Plan plan) {
        if (!allowedFrom(plan.status)) {
            throw ProblemException.conflict("A " + describe(plan.status) + " plan cannot be " + pastTense() + "; only a "
                    + from.stream().map(PlanTransition::describe).collect(Collectors.joining(" or ")) + " one");
        }
        plan.status = to;
    }

    private String pastTense() {
        return switch (this) {
            case CREATE -> "created";
            case ISSUE -> "issued";
            case AMEND -> "amended";
            case CLOSE -> "closed";
        };
    }

    private static String describe(PlanStatus status) {
        return status == null ? "new" : status.name().toLowerCase();
    }
}
