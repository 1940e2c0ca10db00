package vn.ct20.report.planreplica;

import java.util.List;
import java.util.UUID;

/** What the planreplica feature answers and takes, as its OpenAPI document names them. */
public final class PlanReplicaDtos {
    private PlanReplicaDtos() {
    }

    /** A task's number and title. */
    public record TaskTitle(String number, String title) {
    }

    /** A target of a plan, with the first year of its plan; the market group's members comma-separated. */
    public record TargetRow(UUID id, UUID planId, String label, String indicator, String measure, String comparator, java.math.BigDecimal value,
                            java.math.BigDecimal valueTo, String scope, String subUnitKind, String marketScope, String marketCode,
                            String groupMembersJoined, String timeBasis, Integer fromYear, Integer toYear, Integer planFrom) {
        public List<String> groupMembers() {
            return groupMembersJoined == null || groupMembersJoined.isEmpty() ? List.of() : List.of(groupMembersJoined.split(","));
        }
    }
}
