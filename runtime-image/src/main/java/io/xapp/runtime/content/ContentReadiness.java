package io.xapp.runtime.content;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once a first index exists (stored or freshly crawled): before that there is nothing to answer from. */
@Readiness
@ApplicationScoped
public class ContentReadiness implements HealthCheck {

    private final ContentIndex index;

    ContentReadiness(ContentIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("content-index");
        var lease = index.acquire();
        if (lease.isEmpty()) {
            return response.down().withData("reason", "the first crawl of the website has not finished").build();
        }
        try (var l = lease.get()) {
            return response.up().withData("pages", l.generation().summary().pages().size())
                    .withData("passages", l.generation().passages()).build();
        }
    }
}
