package vn.ct20.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * True when {@code unitCode} is {@code ancestorCode} or lies below it at {@code at} (null: at any
     * time). A unit is within itself only on days it exists: a district that ceased covers nothing
     * dated after it, not even data that names its own code.
     */
    public boolean isWithin(String unitCode, String ancestorCode, LocalDate at) {
        if (unitCode.equals(ancestorCode)) {
            return at == null || exists(unitCode, at);
        }
        return ancestry(unitCode, at).stream().anyMatch(a -> a.code().equals(ancestorCode));
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
                        .formatted(table, validity(at)), Ancestor.class)
                .setParameter("unit", unitCode);
        @SuppressWarnings("unchecked")
        List<Ancestor> ancestry = bindDate(query, at).getResultList();
        return ancestry;
    }

    /** A unit below another: its kind, its depth below it (1: a child), its parent, and the unit that took it over, if it ceased. */
    public record Descendant(String code, String kind, int depth, String parentCode, String successorCode) {
    }

    /**
     * Every unit below {@code unitCode} at {@code at} (null: at any time, every version), nearest
     * first: the one recursive query over the hierarchy downwards that every service uses.
     */
    public List<Descendant> descendants(String unitCode, LocalDate at) {
        return walkDown(unitCode, at).stream().filter(unit -> unit.depth() > 0).toList();
    }

    /** The codes of {@code unitCode} and every unit below it, at {@code at} (null: at any time); none when it did not exist. */
    public List<String> selfAndDescendants(String unitCode, LocalDate at) {
        return walkDown(unitCode, at).stream().map(Descendant::code).distinct().toList();
    }

    /** {@code unitCode} (depth 0, if it exists then) and everything below it. */
    private List<Descendant> walkDown(String unitCode, LocalDate at) {
        jakarta.persistence.Query query = entityManager.createNativeQuery(("""
                        WITH RECURSIVE down (code, kind, depth, parent_code, successor_code) AS (
                            SELECT u.code, u.kind, 0, u.parent_code, u.successor_code FROM %1$s u WHERE u.code = :unit AND %2$s
                            UNION
                            SELECT u.code, u.kind, down.depth + 1, u.parent_code, u.successor_code
                              FROM %1$s u JOIN down ON u.parent_code = down.code
                             WHERE %2$s AND down.depth < 12)
                        SELECT code, kind, depth, parent_code, successor_code FROM down ORDER BY depth, code""")
                        .formatted(table, validity(at)), Descendant.class)
                .setParameter("unit", unitCode);
        @SuppressWarnings("unchecked")
        List<Descendant> descendants = bindDate(query, at).getResultList();
        return descendants;
    }

    /**
     * {@code unitCode} and everything that was ever below it, held in memory: for a job that asks many
     * questions of one area (a national consolidation asks one per reporting unit), one query in all.
     */
    public Subtree subtree(String unitCode) {
        Map<String, Set<String>> parents = new HashMap<>();
        Map<String, Set<String>> children = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Descendant unit : walkDown(unitCode, null)) {
            codes.add(unit.code());
            if (unit.depth() > 0 && unit.parentCode() != null) {
                parents.computeIfAbsent(unit.code(), c -> new HashSet<>()).add(unit.parentCode());
                children.computeIfAbsent(unit.parentCode(), c -> new HashSet<>()).add(unit.code());
            }
        }
        return new Subtree(unitCode, Set.copyOf(codes), parents, children);
    }

    /** A unit and everything ever below it, with the links between them at any time. */
    public record Subtree(String root, Set<String> codes, Map<String, Set<String>> parents, Map<String, Set<String>> children) {
        /** {@code code} and the units above it within the subtree (any time). */
        public Set<String> selfAndAncestors(String code) {
            return closure(code, parents);
        }

        /** {@code code} and the units ever below it. */
        public Set<String> selfAndDescendants(String code) {
            return closure(code, children);
        }

        private static Set<String> closure(String start, Map<String, Set<String>> links) {
            Set<String> seen = new LinkedHashSet<>();
            java.util.ArrayDeque<String> next = new java.util.ArrayDeque<>(List.of(start));
            while (!next.isEmpty()) {
                String code = next.poll();
                if (seen.add(code)) {
                    next.addAll(links.getOrDefault(code, Set.of()));
                }
            }
            return seen;
        }
    }

    /**
     * The unit in force at {@code at} that carries on {@code unitCode}: itself while it exists, else
     * its successor (following a few merges at most); empty when none is in force then.
     */
    public java.util.Optional<String> carriedOnBy(String unitCode, LocalDate at) {
        String code = unitCode;
        for (int hop = 0; code != null && hop <= 5; hop++) {
            if (exists(code, at)) {
                return java.util.Optional.of(code);
            }
            @SuppressWarnings("unchecked")
            List<String> next = entityManager.createNativeQuery(("""
                            SELECT u.successor_code FROM %s u WHERE u.code = :unit AND u.valid_to < :at ORDER BY u.valid_from DESC LIMIT 1""")
                            .formatted(table), String.class)
                    .setParameter("unit", code).setParameter("at", at).getResultList();
            code = next.isEmpty() ? null : next.get(0);
        }
        return java.util.Optional.empty();
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

    /** Those of {@code codes} that are units of {@code kind} (any: null) in force on {@code at}, by code; one query for all. */
    @SuppressWarnings("unchecked")
    public List<String> ofKindAt(java.util.Collection<String> codes, String kind, LocalDate at) {
        if (codes.isEmpty()) {
            return List.of();
        }
        var query = entityManager.createNativeQuery(("SELECT DISTINCT u.code FROM %s u WHERE u.code IN (:codes) AND "
                        + (kind == null ? "" : "u.kind = :kind AND ") + IN_FORCE + " ORDER BY u.code").formatted(table), String.class)
                .setParameter("codes", codes).setParameter("at", at);
        return (kind == null ? query : query.setParameter("kind", kind)).getResultList();
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
        return entityManager.createNativeQuery(("""
                        WITH RECURSIVE down (code, valid_from, valid_to, depth) AS (
                            SELECT u.code, u.valid_from, COALESCE(u.valid_to, DATE '9999-12-31'), 0 FROM %1$s u WHERE u.code = :unit
                            UNION ALL
                            SELECT c.code, GREATEST(c.valid_from, d.valid_from), LEAST(COALESCE(c.valid_to, DATE '9999-12-31'), d.valid_to),
                                   d.depth + 1
                              FROM %1$s c JOIN down d ON c.parent_code = d.code
                             WHERE c.valid_from <= d.valid_to AND COALESCE(c.valid_to, DATE '9999-12-31') >= d.valid_from AND d.depth < 12)
                        SELECT DISTINCT code, valid_from, NULLIF(valid_to, DATE '9999-12-31') FROM down""").formatted(table), Stretch.class)
                .setParameter("unit", unitCode).getResultList();
    }

    /** Every version of every unit: its first day and its last (null while it exists), by code. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, LocalDate[]> lifetimes(java.util.Collection<String> codes) {
        java.util.Map<String, LocalDate[]> lifetimes = new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return lifetimes;
        }
        List<Stretch> rows = entityManager.createNativeQuery(("""
                        SELECT code, MIN(valid_from), CASE WHEN bool_or(valid_to IS NULL) THEN NULL ELSE MAX(valid_to) END
                          FROM %s WHERE code IN (:codes) GROUP BY code""").formatted(table), Stretch.class)
                .setParameter("codes", codes).getResultList();
        rows.forEach(r -> lifetimes.put(r.code(), new LocalDate[] {r.from(), r.to()}));
        return lifetimes;
    }

    /** A unit's name and kind as they were at a date. */
    public record NamedUnit(String code, String name, String kind, String parentCode) {
    }

    /**
     * The units of {@code codes} as they were named on {@code at} (a report of 2024 names the districts
     * of 2024): the version in force then, or else the last version before it, or else the latest;
     * unknown codes are left out. One query for all.
     */
    @SuppressWarnings("unchecked")
    public Map<String, NamedUnit> named(java.util.Collection<String> codes, LocalDate at) {
        Map<String, NamedUnit> named = new HashMap<>();
        if (codes.isEmpty()) {
            return named;
        }
        List<NamedUnit> rows = entityManager.createNativeQuery(("""
                        SELECT DISTINCT ON (u.code) u.code, u.name, u.kind, u.parent_code FROM %s u WHERE u.code IN (:codes)
                         ORDER BY u.code, (%s) DESC, (u.valid_from <= :at) DESC, u.valid_from DESC""").formatted(table, IN_FORCE), NamedUnit.class)
                .setParameter("codes", codes).setParameter("at", at).getResultList();
        rows.forEach(unit -> named.put(unit.code(), unit));
        return named;
    }
}
