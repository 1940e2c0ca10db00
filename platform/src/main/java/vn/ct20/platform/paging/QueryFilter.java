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
