package vn.ct20.plan.market;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** A named set of markets, e.g. the high-income, stable markets a plan names. */
@Entity
@Table(name = "market_group")
public class MarketGroup {
    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "defined_by")
    public String definedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "market_group_member", joinColumns = @JoinColumn(name = "group_code"))
    @Column(name = "market_code")
    public Set<String> members = new TreeSet<>();
}
