package vn.ct20.loan.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LoanPolicyRepository implements PanacheRepositoryBase<LoanPolicy, UUID> {

    /** Every version of the policy, oldest first. */
    public List<LoanPolicy> versions() {
        return list("order by validFrom");
    }

    /** The version in force on {@code date}, if any. */
    public Optional<LoanPolicy> inForceOn(LocalDate date) {
        return find("validFrom <= ?1 and (validTo is null or validTo >= ?1)", date).firstResultOptional();
    }
}
