package vn.ct20.loan.borrower;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ct20.loan.policy.BorrowerCategory;

/** A worker going abroad who borrows from VBSP. */
@Entity
@Table(name = "borrower")
public class Borrower {
    @Id
    public UUID id;

    /** Personal data: see {@link CitizenId}. Never in toString, logs or events. */
    @Column(name = "citizen_id", nullable = false, unique = true)
    public String citizenId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CitizenId.Sex sex;

    public String ethnicity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BorrowerCategory category;

    /** Commune of permanent residence (a unit code valid when the borrower was registered). */
    @Column(name = "commune_code", nullable = false)
    public String communeCode;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_unit_code")
    public String confirmedUnitCode;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    @Override
    public String toString() {
        return "Borrower[" + id + "]";
    }

    /**
     * The date the commune of residence is stated for (the business date of a registration, the
     * disbursement date of an imported loan): unit scope over the borrower is judged at it.
     */
    @Column(name = "resident_on", nullable = false)
    public java.time.LocalDate residentOn;
}
