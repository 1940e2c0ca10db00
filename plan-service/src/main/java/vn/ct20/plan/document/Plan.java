package vn.ct20.plan.document;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import vn.ct20.events.plan.PlanChangedV1;

/** A plan (or the directive, resolution or programme a plan implements). */
@Entity
@Table(name = "plan")
public class Plan {
    @Id
    public UUID id;

    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "issuing_unit_code", nullable = false)
    public String issuingUnitCode;

    @Column(name = "area_unit_code", nullable = false)
    public String areaUnitCode;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "period_from")
    public Integer periodFrom;

    @Column(name = "period_to")
    public Integer periodTo;

    @Column(name = "orientation_year")
    public Integer orientationYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    public String purpose;

    @Column(name = "declared_budget_total")
    public Long declaredBudgetTotal;

    // Plans are few and always shown with their parents and budget: load them with the plan, in batches.
    @ManyToMany(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @JoinTable(name = "plan_parent", joinColumns = @JoinColumn(name = "plan_id"), inverseJoinColumns = @JoinColumn(name = "parent_id"))
    public Set<Plan> parents = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "plan_budget_line", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "line_no")
    public List<BudgetLine> budgetLines = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    /** The sum of the amounts the lines state (lines without an amount count as nothing). */
    public long budgetSum() {
        return budgetLines.stream().map(line -> line.amount).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    List<UUID> parentIds() {
        return parents.stream().map(parent -> parent.id).sorted().toList();
    }

    PlanChangedV1 toEvent(long committedVersion) {
        return new PlanChangedV1(id, number, kind.name(), title, issuingUnitCode, areaUnitCode, issueDate, periodFrom, periodTo,
                orientationYear, status.name(), parentIds(), declaredBudgetTotal,
                budgetLines.stream().map(l -> new PlanChangedV1.BudgetLine(l.fundingSource.name(), l.amount, l.description)).toList(),
                committedVersion);
    }
}
