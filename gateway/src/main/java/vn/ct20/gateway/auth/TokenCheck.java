package vn.ct20.gateway.auth;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ct20.gateway.Problems;

/**
 * Refuses {@code /api} requests without a valid bearer token before they reach a service (each
 * service checks the token again). The check runs off the event loop: the first use may load a
 * key file or a JWKS document.
 */
@ApplicationScoped
public class TokenCheck {
    public static final String SUBJECT = "ct20.subject";

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
        ctx.request().pause(); // keep the body until the request is forwarded
        vertx.executeBlocking(() -> parser.parse(token), false).onComplete(result -> {
            if (result.succeeded()) {
                JsonWebToken jwt = result.result();
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

    private static void unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.send(ctx, 401, "unauthorized", "Authentication required", detail);
    }
}
