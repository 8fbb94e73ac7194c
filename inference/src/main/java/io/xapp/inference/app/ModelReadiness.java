package io.xapp.inference.app;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the model is loaded: until then the Service sends this pod no request. */
@Readiness
@Singleton
public class ModelReadiness implements HealthCheck {

    private final EmbeddingService service;

    ModelReadiness(EmbeddingService service) {
        this.service = service;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("model").status(service.batcher().isPresent())
                .withData("model", service.model().name()).build();
    }
}
