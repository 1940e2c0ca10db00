package vn.ct20.gateway;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** RFC 9457 problem responses written by the gateway itself (the services write their own). */
public final class Problems {
    private Problems() {
    }

    public static void send(RoutingContext ctx, int status, String type, String title, String detail) {
        JsonObject body = new JsonObject()
                .put("type", "https://ct20.gov.vn/problems/" + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path())
                .put("requestId", RequestIdHandler.requestId(ctx));
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json").end(body.encode());
    }
}
