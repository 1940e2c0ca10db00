package vn.ct20.loan.capital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.ct20.events.loan.CapitalSourceChangedV1;

@Entity
@Table(name = "capital_source")
public class CapitalSource {
    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CapitalSourceKind kind;

    @Column(name = "owner_unit_code", nullable = false)
    public String ownerUnitCode;

    /** Principal repaid is lent again; by default not (LOAN_RULES.md: disbursements never exceed the allocation). Fixed at registration. */
    @Column(nullable = false, updatable = false)
    public boolean revolving;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    CapitalSourceChangedV1 toEvent(long committedVersion) {
        return new CapitalSourceChangedV1(id, code, name, kind.name(), ownerUnitCode, revolving, committedVersion);
    }
}
