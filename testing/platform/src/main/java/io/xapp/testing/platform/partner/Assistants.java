package io.xapp.testing.platform.partner;

import static org.awaitility.Awaitility.await;

import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantTemplate;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.testing.platform.PartnerPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Looking at an Assistant of the platform's namespace while a flow test waits on it. */
public final class Assistants {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Assistants() {
    }

    /** The Assistant {@code name}, or null while (or once) there is none. */
    public static Assistant find(PartnerPlatform platform, String name) {
        return platform.admin().resources(Assistant.class).withName(name).get();
    }

    /** Its phase, or null when there is no Assistant or no status yet. */
    public static Phase phase(Assistant a) {
        return a == null || a.getStatus() == null ? null : a.getStatus().getPhase();
    }

    /** Waits until the Assistant's runtime is ready: its first crawl and index are done. */
    public static void awaitRuntimeReady(Assistant a) {
        URI health = URI.create(a.getStatus().getRuntime().getUrl() + "/q/health/ready");
        await("the runtime answers " + health + " (first crawl and index done)").atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200);
    }

    /** The label of the widget's launcher button with template {@code template}. */
    public static String launcherLabel(PartnerPlatform platform, String template) {
        return platform.admin().resources(AssistantTemplate.class).withName(template).get().getSpec().getWidget()
                .getLauncherLabel();
    }
}
