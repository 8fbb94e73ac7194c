package io.xapp.runtime.content;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once a first index exists (stored or freshly crawled): before that there is nothing to answer from, and the
 * check says how far the crawl or index build has come.
 */
@Readiness
@ApplicationScoped
public class ContentReadiness implements HealthCheck {

    private final ContentIndex index;
    private final ContentService content;

    ContentReadiness(ContentIndex index, ContentService content) {
        this.index = index;
        this.content = content;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("content-index");
        var lease = index.acquire();
        if (lease.isEmpty()) {
            response.down().withData("reason", "the first crawl of the website has not finished");
            // On a large site or beside a busy inference service this takes minutes: say how far it has come.
            content.workInProgress().ifPresent(p -> response.withData("progress", p));
            return response.build();
        }
        try (var l = lease.get()) {
            return response.up().withData("pages", l.generation().summary().pages().size())
                    .withData("passages", l.generation().passages()).build();
        }
    }
}
