package vn.ct20.loan.lending;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.paging.QueryFilter;

@ApplicationScoped
public class LoanRepository implements PanacheRepositoryBase<Loan, UUID> {

    /** The loan, locked until the transaction ends (checks that must see no concurrent change, e.g. maker-checker). */
    public Optional<Loan> lockedById(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The loan of a borrower under a contract number, locked: an import row decides between new and update on it. */
    public Optional<Loan> lockedByContract(UUID borrowerId, String contractNumber) {
        return find("borrowerId = ?1 and contractNumber = ?2", borrowerId, contractNumber).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** A page of the loans a filter over {@code Loan l} selects. */
    public Page<Loan> page(QueryFilter filter, String orderBy, PageRequest page) {
        return filter.page(getEntityManager(), "l", orderBy, Loan.class, page);
    }

    /**
     * The next active loans whose overdue state has not been computed for {@code date} (any other
     * date counts as not computed: a rehearsal may set the business date back), locked (a
     * payment in flight is waited for), so that close of business can go in batches and pick up where
     * a failed run stopped. Native SQL: {@code overdue_checked_on} is bookkeeping of the job, not of
     * the loan, and is deliberately not mapped (marking it must not change the loan's version).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> activeNotCheckedFor(LocalDate date, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT id FROM loan WHERE status = 'ACTIVE' AND (overdue_checked_on IS NULL OR overdue_checked_on <> :date)
                         ORDER BY id LIMIT :limit FOR UPDATE""", UUID.class)
                .setParameter("date", date).setParameter("limit", limit).getResultList();
    }

    /** Records that these loans' overdue state is computed for {@code date}. */
    public void markCheckedFor(List<UUID> ids, LocalDate date) {
        getEntityManager().createNativeQuery("UPDATE loan SET overdue_checked_on = :date WHERE id IN (:ids)")
                .setParameter("date", date).setParameter("ids", ids).executeUpdate();
    }

    /**
     * The next loans (by id, after {@code afterId}) of borrowers in {@code communes} (any: null) first
     * disbursed on or before {@code date}, lent from {@code capitalSourceId} (any: null): keyset paging,
     * so that a walk over a whole portfolio reads each loan once and holds one batch at a time.
     */
    public List<Loan> disbursedBatch(java.util.Collection<String> communes, UUID capitalSourceId, LocalDate date, UUID afterId, int limit) {
        StringBuilder where = new StringBuilder("firstDisbursedOn <= :date and id > :after");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("date", date).and("after", afterId);
        if (communes != null) {
            where.append(" and communeCode in :communes");
            params.and("communes", communes);
        }
        if (capitalSourceId != null) {
            where.append(" and capitalSourceId = :source");
            params.and("source", capitalSourceId);
        }
        return find(where + " order by id", params).page(0, limit).list();
    }

    /** Forgets the loans read so far in this transaction (a walk over a portfolio, read-only), so that memory stays flat. */
    public void forgetReadLoans() {
        getEntityManager().clear();
    }
}
