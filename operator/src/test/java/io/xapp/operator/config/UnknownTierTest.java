package io.xapp.operator.config;

import static io.xapp.operator.testing.Assistants.assistant;
import static io.xapp.operator.testing.Assistants.awaitPhase;
import static io.xapp.operator.testing.Assistants.awaitUntil;
import static io.xapp.operator.testing.Assistants.condition;
import static io.xapp.operator.testing.Assistants.hasCondition;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Channel;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.operator.testing.Assistants;
import io.xapp.operator.testing.OperatorHarness;
import io.xapp.operator.testing.PartnerConfig;
import io.xapp.testing.kube.LocalCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An unknown tier waits with a clear condition; adding it to the partner configuration lets it proceed. */
@LocalCluster
class UnknownTierTest {

    @RegisterExtension
    static final OperatorHarness harness = OperatorHarness.with(new PartnerConfig());

    KubernetesClient client;

    @Test
    void waitsForAnUnknownTierUntilThePartnerConfigurationHasIt() {
        String name = client.resource(assistant("gold-customer", harness.siteUrl(), "gold")).create().getMetadata()
                .getName();

        Assistant pending = awaitUntil(client, name, "TierResolved=False UnknownTier",
                hasCondition("TierResolved", "False", "UnknownTier"));
        assertThat(pending.getStatus().getPhase()).isEqualTo(Phase.Pending);
        assertThat(condition(pending, "TierResolved").orElseThrow().getMessage())
                .contains("gold", "basic, growth", harness.partnerFile().toString());

        new PartnerConfig().extraTiers("  gold: {channels: [search]}").write(harness.partnerFile());

        awaitPhase(client, name, Phase.AwaitingQA);
        RuntimeConfig config = RuntimeConfig.fromJson(client.configMaps().withName(name).get().getData()
                .get(RuntimeConfig.CONFIG_KEY));
        assertThat(config.channels()).containsExactly(Channel.SEARCH);
    }
}
