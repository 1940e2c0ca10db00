package vn.ct20.gateway.devtoken;

import io.smallrye.jwt.build.Jwt;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ct20.gateway.Problems;

/**
 * {@code POST /dev/token} with {@code {"role": "...", "unit": "<unit code>"}} returns a signed token,
 * for trying the suite locally. The route exists only when {@code ct20.dev-token.enabled=true}
 * (the local run sets it); in any other deployment it is absent and answers 404.
 */
@ApplicationScoped
public class DevTokenRoute {
    private static final Logger LOG = Logger.getLogger(DevTokenRoute.class);
    static final Set<String> ROLES = Set.of("SYSTEM_ADMIN", "PLAN_EDITOR", "REPORTER", "CONSOLIDATOR", "LOAN_OFFICER",
            "LOAN_APPROVER", "VIEWER", "MACHINE_CLIENT", "AUDITOR");
    private static final Pattern UNIT = Pattern.compile("[0-9A-Z][0-9A-Z_.-]{1,19}");

    @ConfigProperty(name = "ct20.dev-token.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "ct20.dev-token.lifetime", defaultValue = "PT8H")
    Duration lifetime;

    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "urn:ct20")
    String issuer;

    @Inject
    Vertx vertx;

    public boolean isEnabled() {
        return enabled;
    }

    void register(@Observes Router router) {
        if (!enabled) {
            return;
        }
        LOG.warn("The dev-only token endpoint POST /dev/token is enabled: anyone who reaches it gets any role. Never in production.");
        router.post("/dev/token").order(-500).handler(BodyHandler.create().setBodyLimit(4096)).handler(this::issue);
    }

    private void issue(RoutingContext ctx) {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            Problems.send(ctx, 400, "malformed-json", "Malformed request body", "Send {\"role\": \"...\", \"unit\": \"<unit code>\"}");
            return;
        }
        String role = body == null ? null : body.getValue("role") instanceof String r ? r : null;
        String unit = body == null ? null : body.getValue("unit") instanceof String u ? u : null;
        if (role == null || !ROLES.contains(role)) {
            Problems.send(ctx, 400, "validation", "Invalid request", "role must be one of " + String.join(", ", ROLES.stream().sorted().toList()));
            return;
        }
        if (unit == null || !UNIT.matcher(unit).matches()) {
            Problems.send(ctx, 400, "validation", "Invalid request", "unit must be a unit code such as VN, 20 or 109");
            return;
        }
        vertx.executeBlocking(() -> Jwt.issuer(issuer)
                        .subject("dev-" + role.toLowerCase() + "@" + unit)
                        .upn("dev-" + role.toLowerCase() + "@" + unit)
                        .groups(Set.of(role))
                        .claim("unit", unit)
                        .expiresIn(lifetime)
                        .sign(), false)
                .onSuccess(token -> ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("token", token).put("tokenType", "Bearer")
                                .put("expiresIn", lifetime.toSeconds()).put("role", role).put("unit", unit).encode()))
                .onFailure(e -> {
                    LOG.error("Could not sign a dev token", e);
                    Problems.send(ctx, 500, "internal", "Internal error", "The gateway has no signing key configured");
                });
    }
}
