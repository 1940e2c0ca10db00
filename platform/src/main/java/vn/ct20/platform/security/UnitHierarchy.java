package vn.ct20.platform.security;

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

    /** Unit row {@code u} exists at the date bound to parameter 2. */
    private static final String IN_FORCE = "u.valid_from <= ?2 AND (u.valid_to IS NULL OR u.valid_to >= ?2)";

    /** True when {@code unitCode} is {@code ancestorCode} or lies below it at {@code at}. */
    public boolean isWithin(String unitCode, String ancestorCode, LocalDate at) {
        if (unitCode.equals(ancestorCode)) {
            return true;
        }
        List<?> hit = entityManager.createNativeQuery(("""
                        WITH RECURSIVE up (code, parent_code, depth) AS (
                            SELECT u.code, u.parent_code, 0 FROM %1$s u WHERE u.code = ?1 AND %2$s
                            UNION ALL
                            SELECT u.code, u.parent_code, up.depth + 1
                              FROM %1$s u JOIN up ON u.code = up.parent_code
                             WHERE %2$s AND up.depth < 12)
                        SELECT 1 FROM up WHERE code = ?3 LIMIT 1""")
                        .formatted(table, IN_FORCE))
                .setParameter(1, unitCode)
                .setParameter(2, at)
                .setParameter(3, ancestorCode)
                .getResultList();
        return !hit.isEmpty();
    }

    /** The codes of {@code unitCode} and every unit below it, at {@code at}. */
    @SuppressWarnings("unchecked")
    public List<String> selfAndDescendants(String unitCode, LocalDate at) {
        return entityManager.createNativeQuery(("""
                        WITH RECURSIVE down (code, depth) AS (
                            SELECT u.code, 0 FROM %1$s u WHERE u.code = ?1 AND %2$s
                            UNION ALL
                            SELECT u.code, down.depth + 1
                              FROM %1$s u JOIN down ON u.parent_code = down.code
                             WHERE %2$s AND down.depth < 12)
                        SELECT DISTINCT code FROM down""")
                        .formatted(table, IN_FORCE))
                .setParameter(1, unitCode)
                .setParameter(2, at)
                .getResultList();
    }
}
