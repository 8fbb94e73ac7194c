package io.xapp.operator.analysis;

import static io.xapp.operator.testing.Assistants.assistant;
import static io.xapp.operator.testing.Assistants.awaitPhase;
import static io.xapp.operator.testing.Assistants.awaitUntil;
import static io.xapp.operator.testing.Assistants.condition;
import static io.xapp.operator.testing.Assistants.hasCondition;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.LocalOperator;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.testing.kube.LocalCluster;
import io.xapp.testing.kube.TestNamespace;
import io.xapp.testing.support.LoopbackPorts;
import io.xapp.testing.support.Repo;
import io.xapp.testing.support.StaticSite;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site analysis with the real brand analyzer against loopback sites that refuse, return, and move. */
@LocalCluster
class SiteAnalysisTest {

    static LocalOperator operator;

    KubernetesClient client;

    @BeforeAll
    static void start(TestNamespace namespace, @TempDir Path dir) {
        operator = LocalOperator.start(namespace.cluster(), namespace.name(),
                new PartnerConfig().write(dir.resolve("partner.yaml")));
        namespace.client().resource(Assistants.template(Assistants.TEMPLATE)).create();
    }

    @AfterAll
    static void stop() {
        operator.close();
    }

    @Test
    void anUnreachableSiteIsRetriedWithBackoffAndRecoversWhenItReturns() {
        int port = LoopbackPorts.free();
        String website = "http://127.0.0.1:" + port + "/";
        String name = client.resource(assistant("unreachable-1", website, "basic")).create().getMetadata().getName();

        Assistant failing = awaitUntil(client, name, "SiteAnalyzed=False SiteUnreachable",
                hasCondition("SiteAnalyzed", "False", "SiteUnreachable"));
        assertThat(failing.getStatus().getPhase()).isEqualTo(Phase.Analyzing);
        assertThat(condition(failing, "SiteAnalyzed").orElseThrow().getMessage())
                .contains(website).containsPattern("retrying in \\d+s \\(attempt \\d+\\)");

        try (StaticSite site = StaticSite.serve(Repo.fixtureSite("brightside-dental"), "127.0.0.1", port)) {
            Assistant recovered = awaitPhase(client, name, Phase.AwaitingQA);
            assertThat(condition(recovered, "SiteAnalyzed").orElseThrow().getStatus()).isEqualTo("True");
            assertThat(recovered.getStatus().getBrand().getPrimaryColor()).isEqualTo("#0b7a75");
        }
    }

    @Test
    void aNewWebsiteIsAnalysedAgainAndNeedsANewReview() {
        try (StaticSite first = StaticSite.serve(Repo.fixtureSite("brightside-dental"));
                StaticSite moved = StaticSite.serve(Repo.fixtureSite("brightside-dental"))) {
            String firstUrl = first.baseUri().toString();
            String movedUrl = moved.baseUri().toString();
            String name = client.resource(assistant("moving-1", firstUrl, "basic")).create().getMetadata()
                    .getName();
            Assistant before = awaitPhase(client, name, Phase.AwaitingQA);
            assertThat(before.getStatus().getBrand().getWebsite()).isEqualTo(firstUrl);

            Assistants.edit(client, name, a -> {
                a.getSpec().setWebsite(movedUrl);
                return a;
            });

            Assistant after = awaitUntil(client, name, "brand read from the new website",
                    a -> movedUrl.equals(a.getStatus().getBrand().getWebsite())
                            && a.getStatus().getPhase() == Phase.AwaitingQA);
            assertThat(after.getStatus().getBrand().getLogoUrl()).startsWith(movedUrl);
            assertThat(after.getStatus().getQa().getRevision()).isNotEqualTo(before.getStatus().getQa().getRevision());
        }
    }
}
