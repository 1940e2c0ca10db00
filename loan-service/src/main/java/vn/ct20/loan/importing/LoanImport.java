package vn.ct20.loan.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One CSV import of the bank's existing loans: its progress while it runs, its outcome after. */
@Entity
@Table(name = "loan_import")
public class LoanImport {
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;

    @Column(name = "dry_run", nullable = false, updatable = false)
    public boolean dryRun;

    @Column(nullable = false)
    public String status;

    @Column(name = "total_rows", nullable = false, updatable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    @Column(nullable = false)
    public int imported;

    @Column(nullable = false)
    public int updated;

    @Column(nullable = false)
    public int rejected;

    /** The rows refused, as a JSON array of {@link LoanImportDtos.Rejection}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String rejections = "[]";

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
