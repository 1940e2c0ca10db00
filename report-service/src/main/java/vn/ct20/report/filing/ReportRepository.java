package vn.ct20.report.filing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.QueryFilter;
import vn.ct20.report.obligation.Obligation;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    public boolean existsFor(UUID obligationId) {
        return count("obligationId", obligationId) > 0;
    }

    public Optional<Report> lockedById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page of reports with their obligations, as a filter over {@code Report r, Obligation o} selects them. */
    public Page<ReportRepository.Filed> page(QueryFilter filter, String orderBy, PageRequest page) {
        return filter.page(getEntityManager(), "r, o", orderBy, ReportRepository.Filed.class, page);
    }

    /** A report with the obligation it answers. */
    public record Filed(Report report, Obligation obligation) {
    }
}
