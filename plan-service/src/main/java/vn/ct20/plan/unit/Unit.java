package vn.ct20.plan.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.ct20.events.unit.UnitChangedV1;

/** One administrative unit or body in one form, valid from {@code validFrom} to {@code validTo}. */
@Entity
@Table(name = "unit")
public class Unit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public String name;

    @Column(name = "search_name", nullable = false)
    public String searchName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "successor_code")
    public String successorCode;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    @PreUpdate
    void touch() {
        searchName = SearchText.normalize(name);
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    /** The event key: a code alone can name two units over time. */
    public String key() {
        return code + "@" + validFrom;
    }

    /** Its state as published; {@code version} is the one this change will commit with. */
    UnitChangedV1 toEvent(long committedVersion) {
        return new UnitChangedV1(code, name, kind.name(), parentCode, validFrom, validTo, successorCode, committedVersion);
    }
}
