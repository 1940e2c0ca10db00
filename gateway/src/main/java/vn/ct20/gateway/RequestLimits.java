package vn.ct20.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * Requests too large to take are refused with a problem+json body, like every other refusal: the
 * HTTP server's own limits (set far above these in application.properties) would answer with an
 * empty body.
 */
public final class RequestLimits {
    /** Longest request target (path and query) taken. */
    static final int MAX_URI = 4096;
    /** Largest total of header names and values taken. */
    static final int MAX_HEADERS = 16 * 1024;
    /** Largest declared body taken (the services take no more either). */
    static final long MAX_BODY = 10L * 1024 * 1024;

    private RequestLimits() {
    }

    public static void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > MAX_URI) {
            refuse(ctx, 414, "uri-too-long", "URI too long", "The path and query may hold at most " + MAX_URI + " characters");
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length();
        }
        if (headers > MAX_HEADERS) {
            refuse(ctx, 431, "headers-too-large", "Request header fields too large", "The headers may hold at most " + MAX_HEADERS + " bytes");
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > MAX_BODY) {
            refuse(ctx, 413, "body-too-large", "Content too large", "The body may hold at most " + MAX_BODY + " bytes");
            return;
        }
        ctx.next();
    }

    private static void refuse(RoutingContext ctx, int status, String type, String title, String detail) {
        // The request is not read further; the connection closes after the answer.
        ctx.response().putHeader("Connection", "close");
        Problems.send(ctx, status, type, title, detail);
    }
}
