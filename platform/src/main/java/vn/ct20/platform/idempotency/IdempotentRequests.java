package vn.ct20.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.ct20.platform.problem.ProblemException;

/**
 * {@code Idempotency-Key} for writes that must not happen twice (a disbursement, a repayment, a
 * submission). The key is claimed by inserting its row in the caller's transaction, before the
 * write: a concurrent request with the same key waits on that row, then finds the committed first
 * result and returns it; if the first transaction rolled back, the waiting one does the write.
 * The same key with a different request body is refused (422).
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,200}");

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /**
     * @param scope   the kind of write, e.g. {@code loan.disbursement}
     * @param key     the client's key; null runs the write without idempotency
     * @param request what the client asked for (hashed to detect a reused key)
     * @param status  the status of a first, successful response
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Response execute(String scope, String key, Object request, int status, Class<T> type, Supplier<T> write) {
        if (key == null) {
            return Response.status(status).entity(write.get()).build();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(HEADER, "must be 8 to 200 letters, digits or . _ : - (a UUID is a good key)");
        }
        String hash = sha256(toJson(request));
        int claimed = entityManager.createNativeQuery("""
                        INSERT INTO idempotency_record (scope, idempotency_key, request_hash, response_status)
                        VALUES (?1, ?2, ?3, 0) ON CONFLICT DO NOTHING""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, hash, type);
        }
        T result = write.get();
        entityManager.createNativeQuery("""
                        UPDATE idempotency_record SET response_status = ?3, response_body = ?4
                         WHERE scope = ?1 AND idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status).setParameter(4, toJson(result))
                .executeUpdate();
        return Response.status(status).entity(result).build();
    }

    private <T> Response replay(String scope, String key, String hash, Class<T> type) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT request_hash, response_status, response_body FROM idempotency_record
                         WHERE scope = ?1 AND idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable("This Idempotency-Key was already used for a different request", null);
        }
        try {
            T body = json.readValue((String) row[2], type);
            return Response.status((Integer) row[1]).entity(body).header(REPLAYED_HEADER, "true").build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response for idempotency key cannot be read", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
