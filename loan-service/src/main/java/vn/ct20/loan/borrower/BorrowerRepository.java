package vn.ct20.loan.borrower;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.QueryFilter;

@ApplicationScoped
public class BorrowerRepository implements PanacheRepositoryBase<Borrower, UUID> {

    /**
     * Registers a borrower unless the citizen ID is registered already; false then. Native SQL with
     * ON CONFLICT rather than a failing insert: a constraint violation would put the number in the
     * database's and the driver's logs.
     */
    public boolean insertIfNew(UUID id, BorrowerDtos.CreateBorrower command, String createdBy, LocalDate residentOn) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO borrower (id, citizen_id, full_name, date_of_birth, sex, ethnicity, category, commune_code, created_by, created_at,
                                              resident_on)
                        VALUES (:id, :citizenId, :name, :born, :sex, :ethnicity, :category, :commune, :by, :at, :residentOn)
                        ON CONFLICT (citizen_id) DO NOTHING""")
                .setParameter("id", id).setParameter("citizenId", command.citizenId()).setParameter("name", command.fullName().trim())
                .setParameter("born", command.dateOfBirth()).setParameter("sex", command.sex().name())
                .setParameter("ethnicity", command.ethnicity()).setParameter("category", command.category().name())
                .setParameter("commune", command.communeCode()).setParameter("by", createdBy).setParameter("at", Instant.now())
                .setParameter("residentOn", residentOn).executeUpdate() == 1;
    }

    public Optional<Borrower> byCitizenId(String citizenId) {
        return find("citizenId", citizenId).firstResultOptional();
    }

    public Optional<Borrower> lockedById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page of the borrowers a filter over {@code Borrower b} selects. */
    public Page<Borrower> page(QueryFilter filter, String orderBy, PageRequest page) {
        return filter.page(getEntityManager(), "b", orderBy, Borrower.class, page);
    }
}
