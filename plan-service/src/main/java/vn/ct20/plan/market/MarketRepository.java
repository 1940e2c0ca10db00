package vn.ct20.plan.market;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MarketRepository implements PanacheRepositoryBase<Market, String> {

    /** Adds a country unless its code is there (native: ON CONFLICT makes the start-up load idempotent across replicas). */
    public void insertCountryIfMissing(String iso, String nameVi, String nameEn) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO market (code, name_vi, name_en, kind) VALUES (?1, ?2, ?3, 'COUNTRY')
                        ON CONFLICT (code) DO NOTHING""")
                .setParameter(1, iso).setParameter(2, nameVi).setParameter(3, nameEn)
                .executeUpdate();
    }

    /** Markets of a kind (any: null) whose code or a name contains {@code text} (lower case, no wildcards), by code. */
    public List<Market> search(String text, String kind) {
        return getEntityManager().createQuery("""
                        select m from Market m
                         where (:kind is null or m.kind = :kind)
                           and (lower(m.code) like :q or lower(m.nameVi) like :q or lower(m.nameEn) like :q)
                         order by m.code""", Market.class)
                .setParameter("kind", kind)
                .setParameter("q", "%" + text + "%")
                .getResultList();
    }
}
