package vn.ct20.platform.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JPQL filter built from optional criteria: each criterion applies only when its value is given,
 * and the page and the total come from the same conditions.
 *
 * <pre>{@code
 * QueryFilter.from("Loan l").visibleTo("l.communeCode in :visible", scope.visibleUnits(null))
 *         .and("l.status = :status", "status", status)
 *         .page(entityManager, "l", "l.submittedOn desc", Loan.class, page);
 * }</pre>
 */
public final class QueryFilter {
    private final String from;
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    private QueryFilter(String from) {
        this.from = from;
    }

    /** @param from the entities and their aliases, e.g. {@code "Report r, Obligation o"} */
    public static QueryFilter from(String from) {
        return new QueryFilter(from);
    }

    /** Adds {@code condition} (naming {@code :name}) when {@code value} is not null. */
    public QueryFilter and(String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    /** A condition without parameters, e.g. a join. */
    public QueryFilter and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    /** Restricts to the caller's visible units ({@code :visible} in the condition); empty means everything is visible. */
    public QueryFilter visibleTo(String condition, Optional<List<String>> visible) {
        return visible.map(codes -> and(condition, "visible", codes)).orElse(this);
    }

    /**
     * Restricts to rows whose unit ({@code unitPath}) was in the caller's scope on the row's date
     * ({@code datePath}), as {@link vn.ct20.platform.security.UnitScope#visibility()} says; several
     * unit paths are alternatives (a report is the reporting unit's and the consolidating unit's).
     */
    public QueryFilter visibleAt(Optional<vn.ct20.platform.security.UnitScope.Visibility> visibility, String datePath, String... unitPaths) {
        if (visibility.isEmpty()) {
            return this;
        }
        var v = visibility.get();
        List<String> alternatives = new java.util.ArrayList<>();
        String always = "visibleAlways";
        params.put(always, v.always().isEmpty() ? List.of("") : v.always());
        for (String unitPath : unitPaths) {
            alternatives.add(unitPath + " in :" + always);
            for (int i = 0; i < v.during().size(); i++) {
                var stretch = v.during().get(i);
                params.put("vc" + i, stretch.code());
                params.put("vf" + i, stretch.from());
                String to = "";
                if (stretch.to() != null) {
                    params.put("vt" + i, stretch.to());
                    to = " and " + datePath + " <= :vt" + i;
                }
                alternatives.add("(" + unitPath + " = :vc" + i + " and " + datePath + " >= :vf" + i + to + ")");
            }
        }
        where.append(" and (").append(String.join(" or ", alternatives)).append(")");
        return this;
    }

    /** The conditions, as {@code " where …"}, for a query of one's own over the same {@code from}. */
    public String where() {
        return where.toString();
    }

    /** The parameters the conditions name. */
    public Map<String, Object> parameters() {
        return Map.copyOf(params);
    }

    public <T> Page<T> page(EntityManager entityManager, String select, String orderBy, Class<T> type, PageRequest page) {
        TypedQuery<Long> count = entityManager.createQuery("select count(*) from " + from + where, Long.class);
        TypedQuery<T> query = entityManager.createQuery("select " + select + " from " + from + where + " order by " + orderBy, type);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            query.setParameter(name, value);
        });
        List<T> items = query.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return new Page<>(items, page.page, page.size, count.getSingleResult());
    }
}
