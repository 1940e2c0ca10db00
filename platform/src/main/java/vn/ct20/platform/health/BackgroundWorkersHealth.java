package vn.ct20.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import vn.ct20.platform.consumer.EventConsumers;
import vn.ct20.platform.outbox.OutboxRelay;

/**
 * Liveness of the threads that do a service's work in the background: the outbox relay and each
 * event consumer. A service whose relay or consumer died still answers HTTP but publishes or learns
 * nothing more; reporting it down lets the orchestrator restart it.
 */
@Liveness
@ApplicationScoped
public class BackgroundWorkersHealth implements HealthCheck {
    @Inject
    OutboxRelay relay;

    @Inject
    EventConsumers consumers;

    @Override
    public HealthCheckResponse call() {
        boolean relayAlive = relay.isAlive();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("ct20 background workers").withData("outbox-relay", relayAlive);
        boolean allAlive = relayAlive;
        for (var consumer : consumers.consumersAlive().entrySet()) {
            response.withData("consumer " + consumer.getKey(), consumer.getValue());
            allAlive &= consumer.getValue();
        }
        return response.status(allAlive).build();
    }
}
