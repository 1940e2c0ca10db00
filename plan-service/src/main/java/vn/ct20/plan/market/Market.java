package vn.ct20.plan.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A destination of workers: an ISO 3166-1 country or territory, or a sub-national destination a plan names. */
@Entity
@Table(name = "market")
public class Market {
    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** COUNTRY (ISO 3166-1, territories included) or SUBNATIONAL. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_code")
    public String parentCode;
}
