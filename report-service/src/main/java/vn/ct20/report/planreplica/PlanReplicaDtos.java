package vn.ct20.report.planreplica;

import java.util.List;
import java.util.UUID;

/** What the planreplica feature answers and takes, as its OpenAPI document names them. */
public final class PlanReplicaDtos {
    private PlanReplicaDtos() {
    }

    /** A task as a report names it: number, title, and who leads it (a unit, or every unit of a kind). */
    public record TaskTitle(UUID taskId, String number, String title, String leadUnitCode, String leadUnitKind) {
    }

    /** A target of a plan, with the first year of its plan; the market group's members comma-separated. */
    public record TargetRow(UUID id, UUID planId, String label, String indicator, String measure, String comparator, java.math.BigDecimal value,
                            java.math.BigDecimal valueTo, String scope, String subUnitKind, String marketScope, String marketCode,
                            String groupMembersJoined, String timeBasis, Integer fromYear, Integer toYear, Integer planFrom,
                            java.math.BigDecimal stretchValue) {
        public List<String> groupMembers() {
            return groupMembersJoined == null || groupMembersJoined.isEmpty() ? List.of() : List.of(groupMembersJoined.split(","));
        }
    }

    /** A reporting regime of a plan for an area: who consolidates, and the bodies that issued the plan and the plans it implements. */
    public record AreaRegime(String consolidatingUnitCode, String planIssuingUnitCode, /* comma-separated */ String parentPlanIssuingUnitCodes) {
        /** The bodies the report goes to: the plan's issuer and the issuers of the plans it implements. */
        public List<String> superiors() {
            List<String> codes = new java.util.ArrayList<>(List.of(planIssuingUnitCode));
            if (parentPlanIssuingUnitCodes != null && !parentPlanIssuingUnitCodes.isBlank()) {
                codes.addAll(List.of(parentPlanIssuingUnitCodes.split(",")));
            }
            return codes;
        }
    }
}
