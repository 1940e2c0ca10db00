package vn.ct20.report.filing;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's report for one obligation; its content lives in revisions, every one of them kept. */
@Entity
@Table(name = "report")
public class Report {
    /**
     * DRAFT (being written) → SUBMITTED → ACCEPTED (locked) or RETURNED (with a reason); a returned
     * report, or an accepted one the consolidating unit REOPENED, is revised as a new revision.
     */
    @Schema(name = "ReportStatus")
    public enum Status { DRAFT, SUBMITTED, ACCEPTED, RETURNED, REOPENED }

    @Id
    public UUID id;

    @Column(name = "obligation_id", nullable = false)
    public UUID obligationId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The current revision: 1, then one more for each return or reopening. */
    @Column(nullable = false)
    public int revision;

    /** Business date of the first submission; timeliness is judged on it, not on later revisions. */
    @Column(name = "first_submitted_on")
    public LocalDate firstSubmittedOn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The unit may change the content: a draft, or a report sent back to it. */
    public boolean isEditable() {
        return status == Status.DRAFT || status == Status.RETURNED || status == Status.REOPENED;
    }
}
