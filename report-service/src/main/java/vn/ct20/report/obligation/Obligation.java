package vn.ct20.report.obligation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A report a unit owes: for a reporting regime, one per reporting unit and period (planned by
 * {@link ObligationPlanner}); for an ad-hoc request, one per unit asked.
 */
@Entity
@Table(name = "obligation")
public class Obligation {
    @Id
    public UUID id;

    @Column(name = "regime_id")
    public UUID regimeId;

    @Column(name = "ad_hoc_request_id")
    public UUID adHocRequestId;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    /** The ceased unit whose report this unit owes as its successor, if any. */
    @Column(name = "inherited_from_unit_code")
    public String inheritedFromUnitCode;

    /** Null for an ad-hoc request. */
    @Column(name = "period_id")
    public String periodId;

    @Column(name = "cut_off_from", nullable = false)
    public LocalDate cutOffFrom;

    @Column(name = "cut_off_to", nullable = false)
    public LocalDate cutOffTo;

    /** Null when the regime names no due date. It may fall before the cut-off ends: that is how these plans are written. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "consolidating_unit_code", nullable = false)
    public String consolidatingUnitCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Business date on which report.due-soon was published, so it goes out once. */
    @Column(name = "due_soon_notified_on")
    public LocalDate dueSoonNotifiedOn;

    /** Business date on which report.overdue was published, so it goes out once. */
    @Column(name = "overdue_notified_on")
    public LocalDate overdueNotifiedOn;

    /**
     * The date at which unit scope over this obligation and its report is judged: its due date, when
     * who owes the report is decided (or the end of the data it covers when it has none).
     */
    public LocalDate dataDate() {
        return dueDate != null ? dueDate : cutOffTo;
    }
}
