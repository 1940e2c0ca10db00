package vn.ct20.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ct20.testkit.TestTokens;

/**
 * Stands in for plan-service: answers every request with what it received, so tests can see
 * exactly what the gateway forwarded. report-service and loan-service point at a closed port.
 */
public class EchoServiceResource implements QuarkusTestResourceLifecycleManager {
    static final AtomicInteger REQUESTS = new AtomicInteger();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (!request.path().startsWith("/q/")) {
                REQUESTS.incrementAndGet();
            }
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                    .put("authorized", request.getHeader("Authorization") != null)
                    .put("body", body.toString());
            request.response().putHeader("Content-Type", "application/json").end(echo.encode());
        }));
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            int closed;
            try (ServerSocket socket = new ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            return Map.of(
                    "ct20.gateway.services.plan-service.url", "http://127.0.0.1:" + server.actualPort(),
                    "ct20.gateway.services.report-service.url", "http://127.0.0.1:" + closed,
                    "ct20.gateway.services.loan-service.url", "http://127.0.0.1:" + closed,
                    "mp.jwt.verify.publickey", TestTokens.publicKeyBase64(),
                    "mp.jwt.verify.issuer", TestTokens.ISSUER);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
