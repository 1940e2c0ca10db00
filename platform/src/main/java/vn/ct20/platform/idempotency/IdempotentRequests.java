package vn.ct20.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.ct20.platform.problem.ProblemException;

/**
 * {@code Idempotency-Key} for writes that must not happen twice (a disbursement, a repayment, a
 * submission). A key belongs to one caller, one operation and one target: another caller's key
 * neither replays this caller's result nor blocks their write. Only the
 * {@link vn.ct20.platform.write.WritePipeline} uses it, after the caller's role and scope are
 * checked, so a replay is authorised exactly like a first call.
 *
 * <p>The key is claimed by inserting its row in the caller's transaction, before the write: a
 * concurrent request with the same key waits on that row, then finds the committed first result;
 * if the first transaction rolled back, the waiting one does the write. The same key with a
 * different request is refused (422).
 */
@ApplicationScoped
public class IdempotentRequests {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,200}");

    /** Who claims a key, for what. */
    public record Claim(String caller, String operation, String target, String key) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** @throws ProblemException 400 when the key is not a plain token */
    public static void requireWellFormed(String key) {
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(HEADER, "must be 8 to 200 letters, digits or . _ : - (a UUID is a good key)");
        }
    }

    /**
     * Claims the key for {@code request}, or returns the first result stored under it.
     *
     * @return empty when the claim is new (the write must run and then {@link #complete}); the stored result otherwise
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<T> claimOrReplay(Claim claim, Object request, Class<T> type) {
        requireWellFormed(claim.key());
        String hash = sha256(toJson(request));
        int claimed = entityManager.createNativeQuery("""
                        INSERT INTO idempotency_record (caller, scope, target, idempotency_key, request_hash, response_status)
                        VALUES (?1, ?2, ?3, ?4, ?5, 0) ON CONFLICT DO NOTHING""")
                .setParameter(1, claim.caller()).setParameter(2, claim.operation()).setParameter(3, claim.target())
                .setParameter(4, claim.key()).setParameter(5, hash)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Stored> rows = entityManager.createNativeQuery("""
                        SELECT request_hash, CAST(response_body AS varchar) FROM idempotency_record
                         WHERE caller = ?1 AND scope = ?2 AND target = ?3 AND idempotency_key = ?4""", Stored.class)
                .setParameter(1, claim.caller()).setParameter(2, claim.operation()).setParameter(3, claim.target())
                .setParameter(4, claim.key())
                .getResultList();
        Stored row = rows.get(0);
        if (!hash.equals(row.requestHash())) {
            throw ProblemException.unprocessable("You already used this Idempotency-Key for a different request", null);
        }
        try {
            return Optional.of(json.readValue(row.responseBody(), type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response for idempotency key cannot be read", e);
        }
    }

    /** What a key's first request left: the hash of its body and the answer it got. */
    public record Stored(String requestHash, String responseBody) {
    }

    /** Stores the result of the write that claimed the key. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void complete(Claim claim, int status, Object result) {
        entityManager.createNativeQuery("""
                        UPDATE idempotency_record SET response_status = ?5, response_body = ?6
                         WHERE caller = ?1 AND scope = ?2 AND target = ?3 AND idempotency_key = ?4""")
                .setParameter(1, claim.caller()).setParameter(2, claim.operation()).setParameter(3, claim.target())
                .setParameter(4, claim.key()).setParameter(5, status).setParameter(6, toJson(result))
                .executeUpdate();
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
