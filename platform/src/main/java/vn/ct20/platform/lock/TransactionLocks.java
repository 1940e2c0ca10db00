package vn.ct20.platform.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Named locks held until the current transaction ends, shared by every replica of a service through
 * its database (PostgreSQL advisory locks): a job that must not run twice at once (close of business,
 * loading reference data, planning obligations) takes its lock first and waits for any other holder.
 */
@ApplicationScoped
public class TransactionLocks {
    @Inject
    EntityManager entityManager;

    /** Waits for and takes the lock called {@code name}; it is released at commit or rollback. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(String name) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:name))").setParameter("name", name).getSingleResult();
    }
}
