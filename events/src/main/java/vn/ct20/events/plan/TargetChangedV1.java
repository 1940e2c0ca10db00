package vn.ct20.events.plan;

import java.util.List;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Payload of {@code ct20.plan.target-changed.v1}: a target of a plan was added or removed; carries
 * its full state. Key and subject: the plan id (a plan's events stay in order).
 *
 * @param measure     TOTAL, SHARE_PERCENT or GROWTH_PERCENT
 * @param comparator  GTE, GT, LTE, LT or RANGE (value … valueTo)
 * @param scope       PLAN_AREA, or EACH_SUB_UNIT of {@code subUnitKind}
 * @param marketScope ALL, MARKET, MARKET_GROUP or ALL_EXCEPT_MARKET
 * @param timeBasis   EACH_YEAR, YEARLY_AVERAGE or BY_YEAR
 * @param marketGroupMembers with MARKET_GROUP: the group's markets when the event was published (added field)
 * @param removed     true when the target was removed from the plan
 * @param stretchValue with GTE or GT: the aspiration beyond the floor ("phấn đấu … từ 10% đến 15%": value 10, stretch 15); null otherwise
 */
public record TargetChangedV1(
        UUID targetId, UUID planId, String label, String indicatorCode, String measure, String comparator,
        BigDecimal value, BigDecimal valueTo, String scope, String subUnitKind, String marketScope, String marketCode,
        String marketGroupCode, String timeBasis, Integer fromYear, Integer toYear, boolean removed, List<String> marketGroupMembers,
        BigDecimal stretchValue) {
}
