package vn.ct20.report.adhoc;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ct20.events.report.AdHocReportRequestedV1;

/** An ad-hoc report request (báo cáo đột xuất) and the units that must answer it. */
@Entity
@Table(name = "ad_hoc_request")
public class AdHocRequest {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "requesting_unit_code", nullable = false)
    public String requestingUnitCode;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "covers_from", nullable = false)
    public LocalDate coversFrom;

    @Column(name = "covers_to", nullable = false)
    public LocalDate coversTo;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ad_hoc_request_unit", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "unit_code")
    @OrderBy
    public List<String> unitCodes = new ArrayList<>();

    AdHocReportRequestedV1 toEvent() {
        return new AdHocReportRequestedV1(id, title, requestingUnitCode, dueDate, coversFrom, coversTo, List.copyOf(unitCodes));
    }
}
