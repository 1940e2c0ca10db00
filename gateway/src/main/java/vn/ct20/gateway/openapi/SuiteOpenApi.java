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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, JsonObject> documents = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        config.services().forEach((name, service) -> {
            JsonObject doc = fetch(service.url().resolve("/q/openapi?format=json"));
            if (doc == null) {
                missing.add(name);
            } else {
                documents.put(name, doc);
            }
        });
        JsonObject suite = merge(documents);
        if (devToken.isEnabled()) {
            suite.getJsonObject("paths").put("/dev/token", devTokenPath());
        }
        if (!missing.isEmpty()) {
            suite.getJsonObject("info").put("x-ct20-missing", new JsonArray(missing));
        }
        return suite;
    }

    /**
     * One document from the services' own: their paths, schemas and tags side by side. A schema
     * name two services define differently is a fault of the services' documents (a client would
     * get one of them wrong), so it fails the merge rather than letting one win; identical shared
     * schemas (Problem, AuditRecord) appear once. A path or an operationId that two services use fails it too.
     */
    public static JsonObject merge(Map<String, JsonObject> documents) {
        JsonObject paths = new JsonObject();
        JsonObject schemas = new JsonObject();
        Map<String, String> schemaOwners = new HashMap<>();
        Map<String, String> operationIds = new HashMap<>();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        documents.forEach((service, doc) -> {
            doc.getJsonObject("paths", new JsonObject()).forEach(e -> {
                if (paths.containsKey(e.getKey())) {
                    throw new IllegalStateException(e.getKey() + " is served by both " + service + " and another service");
                }
                JsonObject item = ((JsonObject) e.getValue()).copy();
                item.forEach(operation -> {
                    String operationId = ((JsonObject) operation.getValue()).getString("operationId");
                    String other = operationIds.putIfAbsent(operationId, service + " " + e.getKey());
                    if (other != null) {
                        throw new IllegalStateException("operationId " + operationId + " names both " + other + " and "
                                + service + " " + e.getKey());
                    }
                    addGatewayErrors((JsonObject) operation.getValue());
                });
                paths.put(e.getKey(), item);
            });
            doc.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject()).forEach(e -> {
                Object known = schemas.getValue(e.getKey());
                if (known != null && !known.equals(e.getValue())) {
                    throw new IllegalStateException("Schema " + e.getKey() + " means different things in "
                            + schemaOwners.get(e.getKey()) + " and " + service + "; give one of them its own name");
                }
                schemas.put(e.getKey(), e.getValue());
                schemaOwners.putIfAbsent(e.getKey(), service);
            });
            doc.getJsonArray("tags", new JsonArray()).forEach(tag -> {
                JsonObject t = (JsonObject) tag;
                tags.putIfAbsent(t.getString("name"), t);
            });
        });
        JsonObject info = new JsonObject()
                .put("title", "CT20 suite API")
                .put("version", "1.0.0")
                .put("description", "Every endpoint of the CT20 services, as served through the gateway. "
                        + "Send a bearer token in the Authorization header; errors are application/problem+json.")
                .put("contact", new JsonObject().put("name", "CT20 suite"))
                .put("license", new JsonObject().put("name", "Government of Viet Nam"));
        return new JsonObject()
                .put("openapi", "3.0.3")
                .put("info", info)
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")
                        .put("description", "The gateway that serves this document")))
                .put("tags", new JsonArray(new ArrayList<>(tags.values())))
                .put("paths", paths)
                .put("components", new JsonObject()
                        .put("schemas", schemas)
                        .put("securitySchemes", new JsonObject().put("bearer",
                                new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT"))))
                .put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())));
    }

    /** What the gateway itself may answer for any operation, when the service behind it does not. */
    private static void addGatewayErrors(JsonObject operation) {
        JsonObject responses = operation.getJsonObject("responses");
        if (responses == null) {
            return;
        }
        for (String[] error : new String[][] {
                {"502", "The service behind the gateway broke off its answer"},
                {"503", "The service behind the gateway is down; retry later"},
                {"504", "The service behind the gateway did not answer in time"}}) {
            if (!responses.containsKey(error[0])) {
                responses.put(error[0], new JsonObject().put("description", error[1])
                        .put("headers", new JsonObject().put("X-Request-Id", new JsonObject()
                                .put("description", "The request's id").put("required", true)
                                .put("schema", new JsonObject().put("type", "string"))))
                        .put("content", new JsonObject().put("application/problem+json", new JsonObject()
                                .put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem")))));
            }
        }
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
                .put("operationId", "getDevToken")
                .put("summary", "Get a signed token for a role and unit (local run only; absent in production)")
                .put("security", new JsonArray())
                .put("requestBody", new JsonObject().put("required", true).put("content", new JsonObject()
                        .put("application/json", new JsonObject().put("example", example))))
                .put("responses", new JsonObject()
                        .put("200", new JsonObject().put("description", "The token").put("content", new JsonObject()
                                .put("application/json", new JsonObject().put("example", new JsonObject()
                                        .put("token", "eyJhbGciOiJSUzI1NiJ9...").put("tokenType", "Bearer")
                                        .put("expiresIn", 28800).put("role", "PLAN_EDITOR").put("unit", "20")))))
                        .put("400", new JsonObject().put("description", "Unknown role or malformed unit code")
                                .put("content", new JsonObject().put("application/problem+json", new JsonObject()
                                        .put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem")))))));
    }
}
