package vn.ct20.plan.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import vn.ct20.events.plan.TargetChangedV1;

/**
 * A measurable target of a plan: indicator, comparator, value(s), scope, markets and time basis.
 * Expresses, for example, "≥ 5,000 workers a year to Chongzuo", "growth of 10–15 % a year",
 * "≥ 4 workers a year on average from each commune", "> 80 % in high-income, stable markets".
 */
@Entity
@Table(name = "plan_target")
public class Target {
    public enum Measure { TOTAL, SHARE_PERCENT, GROWTH_PERCENT }

    public enum Comparator { GTE, GT, LTE, LT, RANGE }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "TargetScope")
    public enum Scope { PLAN_AREA, EACH_SUB_UNIT }

    public enum MarketScope { ALL, MARKET, MARKET_GROUP, ALL_EXCEPT_MARKET }

    public enum TimeBasis { EACH_YEAR, YEARLY_AVERAGE, BY_YEAR }

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public String label;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Comparator comparator;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(name = "value_to")
    public BigDecimal valueTo;

    /** With GTE or GT: the aspiration beyond the floor {@link #value}; reaching the floor meets the target. */
    @Column(name = "stretch_value")
    public BigDecimal stretchValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scope scope;

    @Column(name = "sub_unit_kind")
    public String subUnitKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "market_scope", nullable = false)
    public MarketScope marketScope;

    @Column(name = "market_code")
    public String marketCode;

    @Column(name = "market_group_code")
    public String marketGroupCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_basis", nullable = false)
    public TimeBasis timeBasis;

    @Column(name = "from_year")
    public Integer fromYear;

    @Column(name = "to_year")
    public Integer toYear;

    @Version
    public long version;

    /** @param groupMembers the market group's members, carried so that consumers can measure the target without asking */
    TargetChangedV1 toEvent(boolean removed, List<String> groupMembers) {
        return new TargetChangedV1(id, planId, label, indicatorCode, measure.name(), comparator.name(), value, valueTo, scope.name(),
                subUnitKind, marketScope.name(), marketCode, marketGroupCode, timeBasis.name(), fromYear, toYear, removed, groupMembers,
                stretchValue);
    }
}
