package vn.ct20.plan.market;

import java.util.List;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;

/**
 * The markets: every ISO 3166-1 country and territory, named in Vietnamese and English from the
 * JDK's CLDR data (so no list is typed by hand), loaded on start-up if missing. Sub-national
 * destinations and groups come with the plans that name them.
 */
@ApplicationScoped
public class MarketCatalogue {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    EntityManager entityManager;

    void onStart(@Observes @Priority(150) StartupEvent event) {
        loadCountries();
    }

    @Transactional
    public void loadCountries() {
        for (String iso : Locale.getISOCountries()) {
            Locale country = new Locale("", iso);
            entityManager.createNativeQuery("""
                            INSERT INTO market (code, name_vi, name_en, kind) VALUES (?1, ?2, ?3, 'COUNTRY')
                            ON CONFLICT (code) DO NOTHING""")
                    .setParameter(1, iso)
                    .setParameter(2, country.getDisplayCountry(VIETNAMESE))
                    .setParameter(3, country.getDisplayCountry(Locale.ENGLISH))
                    .executeUpdate();
        }
    }

    /** Adds a sub-national destination or a group a plan names, unless it exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureSubnational(String code, String nameVi, String nameEn, String parentCode) {
        if (entityManager.find(Market.class, code) == null) {
            Market market = new Market();
            market.code = code;
            market.nameVi = nameVi;
            market.nameEn = nameEn;
            market.kind = "SUBNATIONAL";
            market.parentCode = parentCode;
            entityManager.persist(market);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureGroup(MarketGroup group) {
        if (entityManager.find(MarketGroup.class, group.code) == null) {
            entityManager.persist(group);
        }
    }

    public Optional<Market> market(String code) {
        return Optional.ofNullable(code == null ? null : entityManager.find(Market.class, code));
    }

    public Optional<MarketGroup> group(String code) {
        return Optional.ofNullable(code == null ? null : entityManager.find(MarketGroup.class, code));
    }

    /** Markets of a kind (any: null) whose code or a name contains {@code q} (any: null), by code. */
    @Transactional
    public List<Market> search(String q, String kind) {
        String text = q == null ? "" : q.toLowerCase().replace("%", "").replace("_", "");
        return entityManager.createQuery("""
                        select m from Market m
                         where (:kind is null or m.kind = :kind)
                           and (lower(m.code) like :q or lower(m.nameVi) like :q or lower(m.nameEn) like :q)
                         order by m.code""", Market.class)
                .setParameter("kind", kind)
                .setParameter("q", "%" + text + "%")
                .getResultList();
    }

    @Transactional
    public List<MarketGroup> groups() {
        return entityManager.createQuery("select g from MarketGroup g order by g.code", MarketGroup.class).getResultList();
    }
}
