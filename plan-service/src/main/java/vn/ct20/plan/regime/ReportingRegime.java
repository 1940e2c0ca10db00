package vn.ct20.plan.regime;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.ct20.events.plan.ReportingRegimeChangedV1;

/**
 * Who reports to whom, how often and by when (chế độ báo cáo). Lạng Sơn: departments and districts
 * report to the province through DOLISA every 6 months before 20 June and yearly before 21 December.
 */
@Entity
@Table(name = "reporting_regime")
public class ReportingRegime {
    /**
     * FIRST_HALF_YEAR is the 6-month report (data 15/12–14/6); the yearly report covers the year.
     * UNSPECIFIED: the plan asks for periodic reports ("định kỳ báo cáo") without saying how often; the
     * consolidating body fixes it by amending the regime, and no obligation is planned until then.
     */
    public enum Frequency { FIRST_HALF_YEAR, YEARLY, QUARTERLY, AD_HOC, UNSPECIFIED }

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Frequency frequency;

    @Column(name = "due_day")
    public Integer dueDay;

    @Column(name = "due_month")
    public Integer dueMonth;

    @Column(name = "consolidating_unit_code", nullable = false)
    public String consolidatingUnitCode;

    @Column(name = "cut_off_rule", nullable = false)
    public String cutOffRule = "DECREE_09";

    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_regime_unit", joinColumns = @JoinColumn(name = "regime_id"))
    @Column(name = "unit_code")
    public Set<String> reportingUnitCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reporting_regime_unit_kind", joinColumns = @JoinColumn(name = "regime_id"))
    @Column(name = "unit_kind")
    public Set<String> reportingUnitKinds = new TreeSet<>();

    /** Each reporter reports to the labour authority of its own territory (Circular 01/2020); no consolidating unit then. */
    @Column(name = "consolidating_labour_authority", nullable = false)
    public boolean consolidatingLabourAuthority;

    /** Every body a task of the plan is assigned to reports (leads, co-leads, every unit of a collective lead's kind). */
    @Column(name = "reporting_task_leads", nullable = false)
    public boolean reportingTaskLeads;

    @Version
    public long version;

    ReportingRegimeChangedV1 toEvent(String planArea, boolean removed) {
        return new ReportingRegimeChangedV1(id, planId, planArea, frequency.name(), dueDay, dueMonth, consolidatingUnitCode,
                List.copyOf(reportingUnitCodes), List.copyOf(reportingUnitKinds), cutOffRule, description, removed, reportingTaskLeads,
                consolidatingLabourAuthority);
    }
}
