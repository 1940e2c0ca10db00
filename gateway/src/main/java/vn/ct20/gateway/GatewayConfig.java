package vn.ct20.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "ct20.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name. */
    Map<String, Service> services();

    /** How long a service may take to answer before the gateway gives up. */
    @WithDefault("PT30S")
    Duration timeout();

    RateLimit rateLimit();

    interface Service {
        URI url();

        /** API paths the service owns, e.g. {@code /api/v1/units}. */
        List<String> prefixes();
    }

    interface RateLimit {
        /** Requests one caller (token subject, or address without a token) may make per minute. */
        @WithDefault("1200")
        int requestsPerMinute();
    }
}
