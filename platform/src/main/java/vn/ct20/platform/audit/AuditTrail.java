package vn.ct20.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ct20.platform.logging.RequestIds;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.security.CurrentUser;
import vn.ct20.platform.security.UnitScope;

/**
 * The audit trail: one record per change, written by the write pipeline in the change's own
 * transaction. Before and after are JSON snapshots with personal data masked: a citizen ID (or
 * anything shaped like one) keeps only its last three digits.
 */
@ApplicationScoped
public class AuditTrail {
    /** Newest first by default; recorded_at follows seq, which also breaks ties. */
    private static final vn.ct20.platform.paging.Sorting SORTING = vn.ct20.platform.paging.Sorting.by("-recordedAt", "seq DESC",
            "recordedAt", "seq");

    /**
     * Twelve digits (a citizen ID) or nine (an old identity card), standing alone, or a citizen ID typed
     * in four groups of three separated by spaces (dots are left alone: they group money, 100.000.000).
     */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z.-])(\\d{12}|\\d{9}|\\d{3}(?: \\d{3}){3})(?![0-9A-Za-z]|[.-][0-9])");

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentUser user;

    @Inject
    UnitScope scope;

    /** An audit record as stored, its states as JSON text. */
    public record Stored(UUID id, Instant recordedAt, String operation, String targetType, String targetId, String unitCode, String actor,
                         String actorUnit, String actorRoles, String origin, String requestId, String before, String after) {
    }

    @Schema(name = "AuditRecord", description = "One change: who made it, acting for which unit, on what, before and after", example = """
            {"id":"6f1d2c3b-4a59-4e8d-9c7b-1a2b3c4d5e6f","recordedAt":"2026-11-22T03:15:00Z","operation":"loan.disburse",
             "targetType":"loan","targetId":"3a9d8c7b-6e5f-4a3b-9c2d-1e0f9a8b7c6d","unitCode":"03394","actor":"officer@03394",
             "actorUnit":"03394","actorRoles":"LOAN_OFFICER","origin":"API","requestId":"2f4e6a8c-1b3d-4f5e-8a9b-0c1d2e3f4a5b",
             "before":{"status":"APPROVED"},"after":{"kind":"DISBURSEMENT","amount":40000000}}""")
    public record AuditRecordView(UUID id, Instant recordedAt, String operation, String targetType,
                                  @Schema(nullable = true) String targetId, @Schema(nullable = true) String unitCode,
                                  String actor, @Schema(nullable = true) String actorUnit, String actorRoles, String origin,
                                  @Schema(nullable = true) String requestId,
                                  @Schema(description = "The state before the change; null for a creation", nullable = true) Map<String, Object> before,
                                  @Schema(description = "The state after the change (a bare result as {\"value\": …}); null for a removal", nullable = true) Map<String, Object> after) {
    }

    /** What an auditor filters on; any combination. */
    public record Filter(String targetType, String targetId, String unitCode, String actor, String requestId, Instant from, Instant to) {
    }

    /**
     * @param origin where the change came from: {@code API} or {@code IMPORT}
     * @param before the state before the change, as {@link #snapshot} took it before the change began
     *               (an entity changes in place, so it must not be serialised after)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String operation, String targetType, Object targetId, String unitCode, String origin,
                       String before, Object after) {
        entityManager.createNativeQuery("""
                        INSERT INTO audit_record (id, operation, target_type, target_id, unit_code, actor, actor_unit, actor_roles,
                                                  origin, request_id, before_state, after_state)
                        VALUES (:id, :operation, :type, :target, :unit, :actor, :actorUnit, :roles, :origin, :request,
                                CAST(:before AS jsonb), CAST(:after AS jsonb))""")
                .setParameter("id", UUID.randomUUID()).setParameter("operation", operation).setParameter("type", targetType)
                .setParameter("target", targetId == null ? null : targetId.toString()).setParameter("unit", unitCode)
                .setParameter("actor", user.subject()).setParameter("actorUnit", user.unitCode())
                .setParameter("roles", user.roles().stream().sorted().collect(Collectors.joining(",")))
                .setParameter("origin", origin).setParameter("request", RequestIds.current())
                .setParameter("before", before).setParameter("after", snapshot(after))
                .executeUpdate();
    }

    @Transactional
    public Page<AuditRecordView> find(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("TRUE");
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        condition(where, params, "target_type = :type", "type", filter.targetType());
        condition(where, params, "target_id = :target", "target", filter.targetId());
        condition(where, params, "unit_code = :unit", "unit", filter.unitCode());
        condition(where, params, "actor = :actor", "actor", filter.actor());
        condition(where, params, "request_id = :request", "request", filter.requestId());
        condition(where, params, "recorded_at >= :from", "from", filter.from());
        condition(where, params, "recorded_at < :to", "to", filter.to());
        // An auditor of a unit sees the changes to data of its units while it existed; the country's, everything.
        scope.visibleUnits(null).ifPresent(units -> {
            where.append(" AND unit_code IN (:visible)");
            params.put("visible", units.isEmpty() ? List.of("") : units);
        });
        scope.ownUnitLifetime().ifPresent(life -> {
            condition(where, params, "recorded_at >= :unitFrom", "unitFrom", life[0].atStartOfDay(UnitScope.ZONE).toInstant());
            condition(where, params, "recorded_at < :unitTo", "unitTo", life[1] == null ? null : life[1].plusDays(1).atStartOfDay(UnitScope.ZONE).toInstant());
        });
        var count = entityManager.createNativeQuery("SELECT count(*) FROM audit_record WHERE " + where);
        var select = entityManager.createNativeQuery("""
                        SELECT id, recorded_at, operation, target_type, target_id, unit_code, actor, actor_unit, actor_roles, origin,
                               request_id, CAST(before_state AS varchar), CAST(after_state AS varchar)
                          FROM audit_record WHERE %s ORDER BY %s""".formatted(where,
                        SORTING.orderBy(page)), Stored.class)
                .setFirstResult(page.offset()).setMaxResults(page.size);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Stored> rows = select.getResultList();
        List<AuditRecordView> items = rows.stream().map(r -> new AuditRecordView(r.id(), r.recordedAt(), r.operation(), r.targetType(),
                r.targetId(), r.unitCode(), r.actor(), r.actorUnit(), r.actorRoles(), r.origin(), r.requestId(),
                parse(r.before()), parse(r.after()))).toList();
        return new Page<>(items, page.page, page.size, ((Number) count.getSingleResult()).longValue());
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(name, value);
        }
    }

    /** The state as JSON, personal data masked; null for none. */
    public String snapshot(Object state) {
        if (state == null) {
            return null;
        }
        JsonNode tree = json.valueToTree(state);
        return mask(tree).toString();
    }

    /** Masks citizen IDs wherever they sit in a snapshot: in a field named like one, or any value shaped like one. */
    static JsonNode mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(mask(field.getValue()));
            }
            return object;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, mask(node.get(i)));
            }
            return node;
        }
        if (node.isTextual()) {
            return new TextNode(ID_NUMBER.matcher(node.textValue())
                    .replaceAll(m -> "*".repeat(m.group().length() - 3) + m.group().substring(m.group().length() - 3)));

        }
        return node;
    }

    /** A state as an object; a change whose result is a bare value (a removal answers the id) shows it as {"value": …}. */
    private Map<String, Object> parse(String text) {
        try {
            if (text == null) {
                return null;
            }
            JsonNode state = json.readTree(text);
            return json.convertValue(state.isObject() ? state : json.createObjectNode().set("value", state),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
