package vn.ct20.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ct20.gateway.Problems;

/**
 * Refuses {@code /api} requests without a valid bearer token before they reach a service (each
 * service checks the token again). The signature check runs off the event loop (the first use may
 * load a key file or a JWKS document) and only once per token: a verified token is remembered until
 * it expires, for at most {@link #REMEMBERED_FOR} so that a key taken out of service stops being
 * honoured soon, and its later requests pass on the event loop without a thread hop or a signature
 * check. Only verified tokens are remembered, by their SHA-256 digest: 32 bytes a token instead of the
 * token's kilobyte, so that the 100,000 remembered at most hold a few megabytes of the heap.
 */
@ApplicationScoped
public class TokenCheck {
    public static final String SUBJECT = "ct20.subject";
    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    /** What the gateway needs of a verified token: who it is, and until when the token holds. */
    record Verified(String subject, long expiresAtMillis) {
    }

    private final Cache<ByteBuffer, Verified> verified = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfter(Expiry.creating((ByteBuffer digest, Verified v) ->
                    Duration.ofMillis(Math.max(0, Math.min(v.expiresAtMillis() - System.currentTimeMillis(), REMEMBERED_FOR.toMillis())))))
            .build();

    @Inject
    JWTParser parser;

    @Inject
    Vertx vertx;

    public void handle(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthorized(ctx, "Send a valid bearer token in the Authorization header");
            return;
        }
        String token = header.substring(7).trim();
        ByteBuffer digest = digest(token);
        Verified known = verified.getIfPresent(digest);
        if (known != null && known.expiresAtMillis() > System.currentTimeMillis()) {
            ctx.put(SUBJECT, known.subject());
            ctx.next();
            return;
        }
        ctx.request().pause(); // keep the body until the request is forwarded
        vertx.executeBlocking(() -> parser.parse(token), false).onComplete(result -> {
            if (result.succeeded()) {
                JsonWebToken jwt = result.result();
                verified.put(digest, new Verified(jwt.getSubject(), jwt.getExpirationTime() * 1000));
                ctx.put(SUBJECT, jwt.getSubject());
                ctx.next();
            } else {
                ctx.request().resume();
                String reason = result.cause() instanceof ParseException
                        ? "The bearer token is expired, malformed or not signed by a trusted key"
                        : "The bearer token could not be checked";
                unauthorized(ctx, reason);
            }
        });
    }

    private static ByteBuffer digest(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(ctx, 401, "unauthorized", "Authentication required", detail);
    }
}
