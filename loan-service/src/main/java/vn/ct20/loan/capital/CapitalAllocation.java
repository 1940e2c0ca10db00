package vn.ct20.loan.capital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What a capital source may lend in a unit's area in a year, and what it has lent. The money columns
 * change only through {@link CapitalAllocationRepository}'s guarded statements, never by setting
 * fields: under concurrent disbursements only a single guarded UPDATE keeps a source from going below zero.
 */
@Entity
@Table(name = "capital_allocation")
public class CapitalAllocation {
    @Id
    public UUID id;

    @Column(name = "source_id", nullable = false, updatable = false)
    public UUID sourceId;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(nullable = false, updatable = false)
    public int year;

    @Column(nullable = false, insertable = false, updatable = false)
    public long allocated;

    @Column(nullable = false, insertable = false, updatable = false)
    public long disbursed;

    /** Principal repaid; lendable again only from a revolving source. */
    @Column(nullable = false, insertable = false, updatable = false)
    public long repaid;
}
