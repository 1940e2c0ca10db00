package vn.ct20.platform.security;

import vn.ct20.platform.clock.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ancestor and descendant questions over the unit hierarchy at a date. plan-service answers
 * from its own {@code unit} table, the other services from their {@code unit_replica}, which
 * has the same columns ({@code code, parent_code, valid_from, valid_to}).
 */
@ApplicationScoped
public class UnitHierarchy {
    @Inject
    EntityManager entityManager;

    /** Table holding the units: {@code unit} in plan-service, {@code unit_replica} elsewhere. */
    @ConfigProperty(name = "ct20.units.table", defaultValue = "unit_replica")
    String table;

    /** Unit row {@code u} exists at the date bound to {@code :at}. */
    private static final String IN_FORCE = "u.valid_from <= :at AND (u.valid_to IS NULL OR u.valid_to >= :at)";

    /**
     * The filter on unit rows: in force at {@code at}, or every version of every unit when
     * {@code at} is null (the hierarchy across all time: a unit that was ever below another).
     */
    private static String validity(LocalDate at) {
        return at == null ? "TRUE" : IN_FORCE;
    }

    private static jakarta.persistence.Query bindDate(jakarta.persistence.Query query, LocalDate at) {
        return at == null ? query : query.setParameter("at", at);
    }

    /** True when {@code unitCode} is {@code ancestorCode} or lies below it at {@code at} (null: at any time). */
    public boolean isWithin(String unitCode, String ancestorCode, LocalDate at) {
        return unitCode.equals(ancestorCode) || ancestry(unitCode, at).stream().anyMatch(a -> a.code().equals(ancestorCode));
    }

    /** A unit of an ancestry: {@code depth} 0 is the unit itself, 1 its parent, and so on. */
    public record Ancestor(String code, String kind, int depth) {
    }

    /**
     * {@code unitCode} and every unit above it at {@code at} (null: at any time), nearest first: the
     * one recursive query over the hierarchy upwards that every service uses.
     */
    public List<Ancestor> ancestry(String unitCode, LocalDate at) {
        jakarta.persistence.Query query = entityManager.createNativeQuery(("""
                        WITH RECURSIVE up (code, parent_code, kind, depth) AS (
                            SELECT u.code, u.parent_code, u.kind, 0 FROM %1$s u WHERE u.code = :unit AND %2$s
                            UNION
                            SELECT u.code, u.parent_code, u.kind, up.depth + 1
                              FROM %1$s u JOIN up ON u.code = up.parent_code
                             WHERE %2$s AND up.depth < 12)
                        SELECT code, kind, depth FROM up ORDER BY depth, code""")
                        .formatted(table, validity(at)))
                .setParameter("unit", unitCode);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bindDate(query, at).getResultList();
        return rows.stream().map(r -> new Ancestor((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
    }

    /** The codes of {@code unitCode} and every unit below it, at {@code at} (null: at any time). */
    @SuppressWarnings("unchecked")
    public List<String> selfAndDescendants(String unitCode, LocalDate at) {
        jakarta.persistence.Query query = entityManager.createNativeQuery(("""
                        WITH RECURSIVE down (code, depth) AS (
                            SELECT u.code, 0 FROM %1$s u WHERE u.code = :unit AND %2$s
                            UNION
                            SELECT u.code, down.depth + 1
                              FROM %1$s u JOIN down ON u.parent_code = down.code
                             WHERE %2$s AND down.depth < 12)
                        SELECT DISTINCT code FROM down""")
                        .formatted(table, validity(at)))
                .setParameter("unit", unitCode);
        return bindDate(query, at).getResultList();
    }

    /** The codes of {@code unitCode} and every unit above it, at {@code at} (null: at any time). */
    public List<String> selfAndAncestors(String unitCode, LocalDate at) {
        return ancestry(unitCode, at).stream().map(Ancestor::code).distinct().toList();
    }

    /** True when a unit with this code exists on {@code at}. */
    public boolean exists(String unitCode, LocalDate at) {
        return existsAs(unitCode, null, at);
    }

    /** True when a unit with this code, of this kind (any kind: null), exists on {@code at}. */
    public boolean existsAs(String unitCode, String kind, LocalDate at) {
        var query = entityManager.createNativeQuery(("SELECT 1 FROM %s u WHERE u.code = :unit AND " + IN_FORCE
                        + (kind == null ? "" : " AND u.kind = :kind")).formatted(table))
                .setParameter("unit", unitCode).setParameter("at", at);
        return !(kind == null ? query : query.setParameter("kind", kind)).getResultList().isEmpty();
    }

    /** When {@code unitCode} existed: its first day and its last (null while it still exists); empty for an unknown unit. */
    public java.util.Optional<LocalDate[]> lifetime(String unitCode) {
        return java.util.Optional.ofNullable(lifetimes(List.of(unitCode)).get(unitCode));
    }


    /** A unit below another during [from, to] (to null: still). */
    public record Stretch(String code, LocalDate from, LocalDate to) {
    }

    /**
     * Every unit that was ever {@code unitCode} or below it, with the stretches of time it was: a
     * commune that moved to another district is below its old district only until the move.
     */
    @SuppressWarnings("unchecked")
    public List<Stretch> stretchesBelow(String unitCode) {
        List<Object[]> rows = entityManager.createNativeQuery(("""
                        WITH RECURSIVE down (code, valid_from, valid_to, depth) AS (
                            SELECT u.code, u.valid_from, COALESCE(u.valid_to, DATE '9999-12-31'), 0 FROM %1$s u WHERE u.code = :unit
                            UNION ALL
                            SELECT c.code, GREATEST(c.valid_from, d.valid_from), LEAST(COALESCE(c.valid_to, DATE '9999-12-31'), d.valid_to),
                                   d.depth + 1
                              FROM %1$s c JOIN down d ON c.parent_code = d.code
                             WHERE c.valid_from <= d.valid_to AND COALESCE(c.valid_to, DATE '9999-12-31') >= d.valid_from AND d.depth < 12)
                        SELECT DISTINCT code, valid_from, valid_to FROM down""").formatted(table))
                .setParameter("unit", unitCode).getResultList();
        return rows.stream().map(r -> {
            LocalDate to = Dates.toLocalDate(r[2]);
            return new Stretch((String) r[0], Dates.toLocalDate(r[1]), to.getYear() == 9999 ? null : to);
        }).toList();
    }

    /** Every version of every unit: its first day and its last (null while it exists), by code. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, LocalDate[]> lifetimes(java.util.Collection<String> codes) {
        java.util.Map<String, LocalDate[]> lifetimes = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return lifetimes;
        }
        List<Object[]> rows = entityManager.createNativeQuery(("""
                        SELECT code, MIN(valid_from), CASE WHEN bool_or(valid_to IS NULL) THEN NULL ELSE MAX(valid_to) END
                          FROM %s WHERE code IN (:codes) GROUP BY code""").formatted(table))
                .setParameter("codes", codes).getResultList();
        rows.forEach(r -> lifetimes.put((String) r[0], new LocalDate[] {Dates.toLocalDate(r[1]), Dates.toLocalDate(r[2])}));
        return lifetimes;
    }
}
