package vn.ct20.plan.unit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {
    private static final String IN_FORCE = "validFrom <= :at and (validTo is null or validTo >= :at)";

    public Optional<Unit> findInForce(String code, LocalDate at) {
        return find("code = :code and " + IN_FORCE, Parameters.with("code", code).and("at", at)).firstResultOptional();
    }

    public boolean existsVersion(String code, LocalDate validFrom) {
        return count("code = ?1 and validFrom = ?2", code, validFrom) > 0;
    }

    /**
     * Units in force at {@code at}, optionally under one parent, matching a search text, and
     * limited to {@code visible} codes (empty = no limit).
     */
    public Page<Unit> search(LocalDate at, String parentCode, String searchText, Optional<List<String>> visible,
                             PageRequest page, String orderBy) {
        StringBuilder where = new StringBuilder(IN_FORCE);
        Map<String, Object> params = new HashMap<>();
        params.put("at", at);
        if (parentCode != null) {
            where.append(" and parentCode = :parent");
            params.put("parent", parentCode);
        }
        if (searchText != null && !searchText.isBlank()) {
            where.append(" and searchName like :q");
            params.put("q", "%" + SearchText.normalize(searchText).replace("%", "").replace("_", "") + "%");
        }
        visible.ifPresent(codes -> {
            where.append(" and code in :visible");
            params.put("visible", codes);
        });
        var query = find(where + " order by " + orderBy, params).page(page.page, page.size);
        return new Page<>(query.list(), page.page, page.size, query.count());
    }
}
