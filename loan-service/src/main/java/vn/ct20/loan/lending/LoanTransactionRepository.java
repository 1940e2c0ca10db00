package vn.ct20.loan.lending;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class LoanTransactionRepository implements PanacheRepositoryBase<LoanTransaction, UUID> {

    /** A loan's movements in the order they happened. */
    public List<LoanTransaction> ofLoan(UUID loanId) {
        return list("loanId = ?1 order by businessDate, createdAt", loanId);
    }

    /** The movements of many loans at once (close of business, bank reports), each loan's in the order they happened. */
    public Map<UUID, List<LoanTransaction>> ofLoans(Collection<UUID> loanIds) {
        if (loanIds.isEmpty()) {
            return Map.of();
        }
        return list("loanId in ?1 order by businessDate, createdAt", loanIds).stream()
                .collect(Collectors.groupingBy(t -> t.loanId, Collectors.toList()));
    }

    /** The allocation the loan's latest drawing disbursement drew on (imported history draws on none): repaid principal goes back to it. */
    public Optional<UUID> lastAllocation(UUID loanId) {
        return getEntityManager().createQuery("""
                        select t.allocationId from LoanTransaction t where t.loanId = :loan and t.kind = :kind and t.allocationId is not null
                         order by t.businessDate desc, t.createdAt desc""", UUID.class)
                .setParameter("loan", loanId).setParameter("kind", LoanTransaction.DISBURSEMENT).setMaxResults(1)
                .getResultStream().findFirst();
    }
}
