package vn.ct20.gateway.openapi;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.ct20.gateway.GatewayConfig;
import vn.ct20.gateway.devtoken.DevTokenRoute;

/**
 * {@code GET /openapi}: one OpenAPI document for the whole suite, merged from every service's
 * own document (paths, schemas, tags), so that frontend teams work from a single file.
 * A service that is down is named in {@code info.x-ct20-missing} rather than failing the whole.
 */
@ApplicationScoped
public class SuiteOpenApi {
    @Inject
    GatewayConfig config;

    @Inject
    DevTokenRoute devToken;

    @Inject
    Vertx vertx;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    void register(@Observes Router router) {
        router.get("/openapi").order(-500).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        vertx.executeBlocking(this::merge, false)
                .onSuccess(doc -> ctx.response().putHeader("Content-Type", "application/json").end(doc.encodePrettily()))
                .onFailure(ctx::fail);
    }

    JsonObject merge() {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        JsonArray tags = new JsonArray();
        List<String> missing = new ArrayList<>();
        config.services().forEach((name, service) -> {
            JsonObject doc = fetch(service.url().resolve("/q/openapi?format=json"));
            if (doc == null) {
                missing.add(name);
                return;
            }
            doc.getJsonObject("paths", new JsonObject()).forEach(e -> paths.put(e.getKey(), e.getValue()));
            JsonObject components = doc.getJsonObject("components", new JsonObject());
            components.getJsonObject("schemas", new JsonObject()).forEach(e -> {
                if (!schemas.containsKey(e.getKey())) {
                    schemas.put(e.getKey(), e.getValue()); // shared schemas (Problem, FieldError) are identical
                }
            });
            doc.getJsonArray("tags", new JsonArray()).forEach(tags::add);
        });
        if (devToken.isEnabled()) {
            paths.put("/dev/token", devTokenPath());
        }
        JsonObject info = new JsonObject()
                .put("title", "CT20 suite API")
                .put("version", "1.0.0")
                .put("description", "Every endpoint of the CT20 services, as served through the gateway. "
                        + "Send a bearer token in the Authorization header; errors are application/problem+json.");
        if (!missing.isEmpty()) {
            info.put("x-ct20-missing", new JsonArray(missing));
        }
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", info)
                .put("tags", tags)
                .put("paths", paths)
                .put("components", new JsonObject()
                        .put("schemas", schemas)
                        .put("securitySchemes", new JsonObject().put("bearer",
                                new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT"))))
                .put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())));
    }

    private JsonObject fetch(URI uri) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? new JsonObject(response.body()) : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null;
        }
    }

    private static JsonObject devTokenPath() {
        JsonObject example = new JsonObject().put("role", "PLAN_EDITOR").put("unit", "20");
        return new JsonObject().put("post", new JsonObject()
                .put("tags", new JsonArray().add("Local development"))
                .put("summary", "Get a signed token for a role and unit (local run only; absent in production)")
                .put("security", new JsonArray())
                .put("requestBody", new JsonObject().put("required", true).put("content", new JsonObject()
                        .put("application/json", new JsonObject().put("example", example))))
                .put("responses", new JsonObject()
                        .put("200", new JsonObject().put("description", "The token").put("content", new JsonObject()
                                .put("application/json", new JsonObject().put("example", new JsonObject()
                                        .put("token", "eyJhbGciOiJSUzI1NiJ9...").put("tokenType", "Bearer")
                                        .put("expiresIn", 28800).put("role", "PLAN_EDITOR").put("unit", "20")))))
                        .put("400", new JsonObject().put("description", "Unknown role or malformed unit code"))));
    }
}
