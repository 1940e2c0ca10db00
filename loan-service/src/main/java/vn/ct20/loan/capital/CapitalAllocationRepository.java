package vn.ct20.loan.capital;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The allocations of capital sources. The money columns move only through the guarded statements
 * here, native SQL on purpose: each is one statement whose WHERE clause is the rule, so that no
 * number of concurrent disbursements can take a source below zero (a table CHECK backs it).
 */
@ApplicationScoped
public class CapitalAllocationRepository implements PanacheRepositoryBase<CapitalAllocation, UUID> {

    /** An allocation read with what is committed on it (approved, not yet disbursed) in its year. */
    public record Standing(UUID id, UUID sourceId, String unitCode, int year, long allocated, long committed, long disbursed, long repaid,
                           long available) {
    }

    /** Sets the allocation for a unit and year; 0 when it would drop below what is already lent out (nothing changes then). */
    public int upsert(UUID sourceId, String unitCode, int year, long allocated) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO capital_allocation (id, source_id, unit_code, year, allocated, revolving)
                        SELECT :id, id, :unit, :year, :allocated, revolving FROM capital_source WHERE id = :source
                        ON CONFLICT (source_id, unit_code, year) DO UPDATE SET allocated = EXCLUDED.allocated,
                            version = capital_allocation.version + 1
                        WHERE capital_allocation.available + EXCLUDED.allocated - capital_allocation.allocated >= 0""")
                .setParameter("id", UUID.randomUUID()).setParameter("source", sourceId).setParameter("unit", unitCode)
                .setParameter("year", year).setParameter("allocated", allocated).executeUpdate();
    }

    /** Debits {@code amount}; 0 when the allocation has not that much left (nothing changes then). */
    public int draw(UUID allocationId, long amount) {
        return getEntityManager().createNativeQuery("""
                        UPDATE capital_allocation SET disbursed = disbursed + :amount, version = version + 1
                         WHERE id = :id AND available >= :amount""")
                .setParameter("amount", amount).setParameter("id", allocationId).executeUpdate();
    }

    /** Records repaid principal: lendable again only from a revolving source (the generated {@code available} says so). */
    public void credit(UUID allocationId, long principal) {
        getEntityManager().createNativeQuery("UPDATE capital_allocation SET repaid = repaid + :amount, version = version + 1 WHERE id = :id")
                .setParameter("amount", principal).setParameter("id", allocationId).executeUpdate();
    }

    /** The source's allocations for a year held by any of {@code unitCodes}. */
    public List<CapitalAllocation> heldBy(UUID sourceId, int year, Collection<String> unitCodes) {
        return list("sourceId = ?1 and year = ?2 and unitCode in ?3", sourceId, year, unitCodes);
    }

    /** Every allocation of a source, latest year first, with what is committed on it (native: a correlated sum over the year's loans). */
    @SuppressWarnings("unchecked")
    public List<Standing> standingOf(UUID sourceId) {
        return getEntityManager().createNativeQuery("""
                        SELECT a.id, a.source_id, a.unit_code, a.year, a.allocated,
                               (SELECT COALESCE(SUM(l.approved_amount - l.disbursed_principal), 0) FROM loan l
                                 WHERE l.capital_source_id = a.source_id AND l.status IN ('APPROVED', 'ACTIVE')
                                   AND EXTRACT(YEAR FROM l.approved_on) = a.year)::bigint,
                               a.disbursed, a.repaid, a.available
                          FROM capital_allocation a WHERE a.source_id = :source ORDER BY a.year DESC, a.unit_code""", Standing.class)
                .setParameter("source", sourceId).getResultList();
    }

    /**
     * The year's allocations of the entrusted sources owned by any of {@code ownerUnitCodes}, by source code and unit
     * (native: a join of sources and allocations read straight into records).
     */
    @SuppressWarnings("unchecked")
    public List<CapitalSourceDtos.Entrusted> entrusted(Collection<String> ownerUnitCodes, int year) {
        return getEntityManager().createNativeQuery("""
                        SELECT s.id, s.code, s.name, a.unit_code, a.allocated, a.available
                          FROM capital_source s JOIN capital_allocation a ON a.source_id = s.id
                         WHERE s.kind IN ('PROVINCIAL_BUDGET_ENTRUSTED', 'DISTRICT_BUDGET_ENTRUSTED') AND s.owner_unit_code IN (:owners)
                           AND a.year = :year
                         ORDER BY s.code, a.unit_code""", CapitalSourceDtos.Entrusted.class)
                .setParameter("owners", ownerUnitCodes).setParameter("year", year).getResultList();
    }
}
