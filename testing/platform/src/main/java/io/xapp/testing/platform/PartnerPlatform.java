package io.xapp.testing.platform;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.util.List;

/**
 * A partner environment the end-to-end flow runs against, and the partner's and the customer's side of it: the
 * chart installed in a namespace, the partner's side of AWS, the customer's website.
 *
 * <p>{@link LocalPlatform} builds one on the local control plane (the default); {@link ExistingPlatform} takes one
 * that a script set up elsewhere, e.g. on kind ({@code -Dxapp.e2e.target=existing}, see e2e/kind/run-e2e.sh).
 */
public interface PartnerPlatform extends AutoCloseable {

    /** The release's namespace, where the Assistants live. */
    String namespace();

    /** An admin client whose default namespace is {@link #namespace()}. Do not close it. */
    KubernetesClient admin();

    /**
     * A client acting as {@code qa-alice} (group {@code xapp:qa}) or {@code dev-bob} (not in it): authorisation and
     * admission apply to it as to that person. Close it.
     */
    KubernetesClient user(String name);

    /** The customer's website, as the partner names it in CreateSubscription. */
    URI website();

    /** Serves {@code html} at {@code path} on the customer's website (its own origin) and returns the page's URL. */
    URI publishOnWebsite(String path, String html);

    /** The partner's side of AWS: their events toward us, ReadyForInstallation to them. */
    PartnerAws partnerAws();

    /** Where the test reaches the bridge's partner API (analytics). */
    URI bridgeUrl();

    String partnerId();

    /** The partner's analytics API key. */
    String analyticsKey();

    /** Extra chromium flags (e.g. host resolver rules for an in-cluster site). */
    List<String> chromiumArgs();

    /** What a failure report shows beyond the Assistants: process or pod logs. */
    String logs();

    @Override
    void close();

    /** The platform {@code -Dxapp.e2e.target} names: {@code local} (default) or {@code existing}. */
    static PartnerPlatform fromSystemProperties(String partnerId, String retainFor) {
        String target = System.getProperty("xapp.e2e.target", "local");
        return switch (target) {
            case "local" -> LocalPlatform.start(partnerId, retainFor);
            case "existing" -> ExistingPlatform.fromSystemProperties();
            default -> throw new IllegalArgumentException("-Dxapp.e2e.target=" + target
                    + " is not one of local, existing");
        };
    }
}
