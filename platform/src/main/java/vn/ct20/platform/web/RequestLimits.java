package vn.ct20.platform.web;

import vn.ct20.platform.logging.RequestIds;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.ct20.platform.problem.Problem;

/**
 * Requests too large to take are refused with problem+json like every other refusal, before any
 * resource runs. The HTTP server's own limits are set far above these (microprofile-config), since
 * it would answer with an empty body; the gateway applies the same limits at the entry point.
 */
@ApplicationScoped
public class RequestLimits {
    /** Longest request target (path and query) taken. */
    public static final int MAX_URI = 4096;
    /** Largest total of header names and values taken. */
    public static final int MAX_HEADERS = 16 * 1024;

    @ConfigProperty(name = "ct20.http.max-body-size", defaultValue = "10M")
    MemorySize maxBody;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::check);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length();
        }
        String length = request.getHeader("Content-Length");
        if (request.uri().length() > MAX_URI) {
            refuse(ctx, 414, "uri-too-long", "URI too long", "The path and query may hold at most " + MAX_URI + " characters");
        } else if (headers > MAX_HEADERS) {
            refuse(ctx, 431, "headers-too-large", "Request header fields too large", "The headers may hold at most " + MAX_HEADERS + " bytes");
        } else if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > maxBody.asLongValue()) {
            refuse(ctx, 413, "body-too-large", "Content too large", "The body may hold at most " + maxBody.asLongValue() + " bytes");
        } else {
            ctx.next();
        }
    }

    private static void refuse(RoutingContext ctx, int status, String type, String title, String detail) {
        String requestId = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        JsonObject body = new JsonObject().put("type", Problem.TYPE_BASE + type).put("title", title).put("status", status)
                .put("detail", detail).put("requestId", requestId);
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader(RequestIds.HEADER, requestId)
                .putHeader("Connection", "close").end(body.encode());
    }
}
