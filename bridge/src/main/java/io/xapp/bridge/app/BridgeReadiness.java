package io.xapp.bridge.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers: without it no event can be applied and no lead stored. */
@Readiness
@ApplicationScoped
public class BridgeReadiness implements HealthCheck {

    @Inject
    Bridge bridge;

    @Override
    public HealthCheckResponse call() {
        try {
            if (bridge.database().withConnection(c -> c.isValid(2))) {
                return HealthCheckResponse.up("bridge database");
            }
            return HealthCheckResponse.down("bridge database");
        } catch (RuntimeException e) {
            return HealthCheckResponse.builder().name("bridge database").down()
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
