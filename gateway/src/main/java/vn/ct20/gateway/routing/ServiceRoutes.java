package vn.ct20.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.ct20.gateway.GatewayConfig;
import vn.ct20.gateway.Problems;
import vn.ct20.gateway.RequestIdHandler;
import vn.ct20.gateway.auth.RateLimiter;
import vn.ct20.gateway.auth.TokenCheck;

/**
 * The one entry point: {@code /api/v1/**} goes, after the token check and the rate limit, to the
 * service that owns the path (Vert.x HTTP proxy), with the request id and forwarding headers.
 */
@ApplicationScoped
public class ServiceRoutes {
    /**
     * One line per forwarded request, in a category of its own so that operators choose it
     * ({@code GATEWAY_ACCESS_LOG}): off by default, since a line per request is a large part of
     * what a proxy does; the services log each request's id with everything they do.
     */
    private static final Logger ACCESS = Logger.getLogger("vn.ct20.gateway.access");
    private static final String PROXY_START = "ct20.proxy.start";

    @Inject
    GatewayConfig config;

    @Inject
    TokenCheck tokenCheck;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Vertx vertx;

    /** Path prefix (e.g. /api/v1/units) to the proxy of the service that owns it. */
    private final Map<String, HttpProxy> proxies = new LinkedHashMap<>();

    void register(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(2_000)
                .setMaxPoolSize(100)
                .setKeepAlive(true));
        long timeoutMs = config.timeout().toMillis();
        config.services().forEach((name, service) -> {
            URI url = service.url();
            SocketAddress origin = SocketAddress.inetSocketAddress(url.getPort() > 0 ? url.getPort() : 80, url.getHost());
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, httpClient) ->
                            httpClient.request(new RequestOptions().setServer(origin).setIdleTimeout(timeoutMs)))
                    .addInterceptor(new ForwardingHeaders(name));
            service.prefixes().forEach(prefix -> proxies.put(prefix, proxy));
        });

        router.route().order(-1000).handler(RequestIdHandler::handle);
        router.route().order(-990).handler(vn.ct20.gateway.RequestLimits::handle);
        router.route("/api/*").order(-900).handler(tokenCheck::handle);
        router.route("/api/*").order(-800).handler(rateLimiter::handle);
        router.route("/api/*").order(-700).handler(this::forward);
    }

    private void forward(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        for (Map.Entry<String, HttpProxy> route : proxies.entrySet()) {
            String prefix = route.getKey();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                ctx.request().headers().set(RequestIdHandler.HEADER, RequestIdHandler.requestId(ctx));
                ctx.request().resume();
                route.getValue().handle(ctx.request());
                return;
            }
        }
        ctx.request().resume();
        Problems.send(ctx, 404, "not-found", "Not found", "No CT20 API has the path " + path);
    }

    private static final java.util.regex.Pattern ID_NUMBER = java.util.regex.Pattern.compile("(?<![0-9A-Za-z.-])([0-9]{9}|[0-9]{12})(?![0-9A-Za-z]|[.-][0-9])");

    /**
     * The path as the access log may show it: anything shaped like a citizen ID masked (a client may
     * put one in a path by mistake), no control characters, bounded.
     */
    public static String loggablePath(String path) {
        String bounded = path.length() > 300 ? path.substring(0, 300) + "..." : path;
        String printable = bounded.chars().mapToObj(c -> c < 0x20 || c == 0x7f ? String.format("\\x%02x", c) : String.valueOf((char) c))
                .collect(java.util.stream.Collectors.joining());
        return ID_NUMBER.matcher(printable).replaceAll(m -> "*".repeat(m.group().length() - 3) + m.group().substring(m.group().length() - 3));
    }

    /** Passes the caller's address on and writes one access-log line per forwarded request (no personal data). */
    private static final class ForwardingHeaders implements ProxyInterceptor {
        private final String service;

        ForwardingHeaders(String service) {
            this.service = service;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            var request = context.request();
            var incoming = request.proxiedRequest();
            // Only the gateway says where a request came from: the services build Location headers
            // from these, so whatever a caller sent of them is dropped first.
            request.headers().remove("Forwarded").remove("X-Forwarded-Host").remove("X-Forwarded-Port")
                    .remove("X-Forwarded-Proto").remove("X-Forwarded-Ssl").remove("X-Forwarded-Prefix").remove("X-Forwarded-Server");
            request.headers().set("X-Forwarded-For", incoming.remoteAddress().hostAddress());
            request.headers().set("X-Forwarded-Proto", incoming.scheme());
            if (incoming.authority() != null) {
                request.headers().set("X-Forwarded-Host", incoming.authority().toString());
            }
            context.set(PROXY_START, System.nanoTime());
            return context.sendRequest();
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            // The gateway already set the request id on its response; the service echoes the same one.
            context.response().headers().remove(RequestIdHandler.HEADER);
            Long start = context.get(PROXY_START, Long.class);
            var request = context.request();
            if (ACCESS.isInfoEnabled()) {
                ACCESS.infof("%s %s -> %s %d in %d ms [req:%s]", request.getMethod(), loggablePath(request.proxiedRequest().path()), service,
                        context.response().getStatusCode(), start == null ? -1 : (System.nanoTime() - start) / 1_000_000,
                        request.headers().get(RequestIdHandler.HEADER));
            }
            return context.sendResponse();
        }
    }
}
