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

    /** True when a version of {@code code} is in force on some day between {@code from} and {@code to} (null: open). */
    public boolean overlaps(String code, LocalDate from, LocalDate to) {
        return count("code = :code and validFrom <= :to and (validTo is null or validTo >= :from)",
                Parameters.with("code", code).and("from", from).and("to", to == null ? LocalDate.of(9999, 12, 31) : to)) > 0;
    }

    /** Every version of a code, oldest first. */
    public List<Unit> versions(String code) {
        return list("code = ?1 order by validFrom", code);
    }

    /** A unit on the other side of a lineage link, and what share of the predecessor went into the successor. */
    public record Link(long unitId, String share) {
    }

    /**
     * The units that took over {@code unit} (direction SUCCESSORS) or that it took over
     * (PREDECESSORS), with the share of each link. Native: unit_lineage links unit versions by
     * (code, valid_from) pairs, which have no entity association to follow.
     */
    @SuppressWarnings("unchecked")
    public List<Link> lineage(Unit unit, boolean successors) {
        String sql = successors
                ? """
                  SELECT u.id, l.kind FROM unit_lineage l
                    JOIN unit u ON u.code = l.successor_code AND u.valid_from = l.successor_valid_from
                   WHERE l.predecessor_code = ?1 AND l.predecessor_valid_from = ?2 ORDER BY u.code"""
                : """
                  SELECT u.id, l.kind FROM unit_lineage l
                    JOIN unit u ON u.code = l.predecessor_code AND u.valid_from = l.predecessor_valid_from
                   WHERE l.successor_code = ?1 AND l.successor_valid_from = ?2 ORDER BY u.code""";
        return getEntityManager().createNativeQuery(sql, Link.class).setParameter(1, unit.code).setParameter(2, unit.validFrom).getResultList();
    }

    public boolean existsVersion(String code, LocalDate validFrom) {
        return count("code = ?1 and validFrom = ?2", code, validFrom) > 0;
    }

    /**
     * Units in force at {@code at}, optionally under one parent, matching a search text, and
     * limited to {@code visible} codes (empty = no limit).
     */
    public Page<Unit> search(LocalDate at, String parentCode, UnitKind kind, String searchText, Optional<List<String>> visible,
                             PageRequest page, String orderBy) {
        StringBuilder where = new StringBuilder(IN_FORCE);
        Map<String, Object> params = new HashMap<>();
        params.put("at", at);
        if (parentCode != null) {
            where.append(" and parentCode = :parent");
            params.put("parent", parentCode);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
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
