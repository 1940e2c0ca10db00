package vn.ct20.plan.market;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
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
    MarketRepository markets;

    @Inject
    MarketGroupRepository groups;

    void onStart(@Observes @Priority(150) StartupEvent event) {
        loadCountries();
    }

    @Transactional
    public void loadCountries() {
        for (String iso : Locale.getISOCountries()) {
            Locale country = new Locale("", iso);
            markets.insertCountryIfMissing(iso, country.getDisplayCountry(VIETNAMESE), country.getDisplayCountry(Locale.ENGLISH));
        }
    }

    /** Adds a sub-national destination or a group a plan names, unless it exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureSubnational(String code, String nameVi, String nameEn, String parentCode) {
        if (markets.findById(code) == null) {
            Market market = new Market();
            market.code = code;
            market.nameVi = nameVi;
            market.nameEn = nameEn;
            market.kind = "SUBNATIONAL";
            market.parentCode = parentCode;
            markets.persist(market);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureGroup(MarketGroup group) {
        if (groups.findById(group.code) == null) {
            groups.persist(group);
        }
    }

    public Optional<Market> market(String code) {
        return code == null ? Optional.empty() : markets.findByIdOptional(code);
    }

    public Optional<MarketGroup> group(String code) {
        return code == null ? Optional.empty() : groups.findByIdOptional(code);
    }

    /** Markets of a kind (any: null) whose code or a name contains {@code q} (any: null), by code. */
    @Transactional
    public List<Market> search(String q, String kind) {
        String text = q == null ? "" : q.toLowerCase().replace("%", "").replace("_", "");
        return markets.search(text, kind);
    }

    @Transactional
    public List<MarketGroup> groups() {
        return groups.listAll(io.quarkus.panache.common.Sort.by("code"));
    }
}
