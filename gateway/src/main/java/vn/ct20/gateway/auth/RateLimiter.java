package vn.ct20.gateway.auth;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.ct20.gateway.GatewayConfig;
import vn.ct20.gateway.Problems;

/**
 * A token bucket per caller (the token's subject): bursts up to the per-minute allowance, refilled
 * continuously. Kept in memory per gateway instance; with several instances behind a load
 * balancer each applies the limit to the share it sees.
 */
@ApplicationScoped
public class RateLimiter {
    private static final int MAX_TRACKED_CALLERS = 100_000;

    @Inject
    GatewayConfig config;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public void handle(RoutingContext ctx) {
        String caller = ctx.get(TokenCheck.SUBJECT);
        if (caller == null) {
            caller = "address:" + ctx.request().remoteAddress().hostAddress();
        }
        if (buckets.size() > MAX_TRACKED_CALLERS) {
            buckets.clear(); // bounded memory; a reset only ever lets callers through
        }
        int perMinute = config.rateLimit().requestsPerMinute();
        Bucket bucket = buckets.computeIfAbsent(caller, key -> new Bucket(perMinute));
        long waitMs = bucket.take(perMinute);
        if (waitMs == 0) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, (waitMs + 999) / 1000)));
        Problems.send(ctx, 429, "rate-limited", "Too many requests",
                "At most " + perMinute + " requests a minute per caller; retry after the time in Retry-After");
    }

    static final class Bucket {
        private double tokens;
        private long lastRefillNanos = System.nanoTime();

        Bucket(int capacity) {
            this.tokens = capacity;
        }

        /** Takes one token; returns 0 on success, or how many ms until one is available. */
        synchronized long take(int perMinute) {
            long now = System.nanoTime();
            double refill = (now - lastRefillNanos) / 60e9 * perMinute;
            tokens = Math.min(perMinute, tokens + refill);
            lastRefillNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60_000.0 / perMinute);
        }
    }
}
