package io.xapp.e2e.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.CustomerNames;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.testing.platform.LocalPlatform;
import io.xapp.testing.platform.TwoAccountWiring;
import io.xapp.testing.platform.partner.Assistants;
import io.xapp.testing.platform.partner.Partner;
import io.xapp.testing.platform.partner.QaReview;
import io.xapp.testing.support.SqsQueues;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * The partner flow across two AWS accounts wired from the shipped templates (docs/partner-aws.md;
 * {@link TwoAccountWiring}): the partner puts CreateSubscription on their own bus, their rule forwards it to our
 * bus, ours to our queue, the bridge (acting as the role our stack made) creates the Assistant on the local control
 * plane; after QA's approval the bridge puts ReadyForInstallation on the partner's bus in their account and their
 * example rule delivers it to their queue. A Cancellation takes the same road. A malformed event ends in our
 * dead-letter queue with its reason, which the partner's account cannot see.
 *
 * <p>What PartnerFlowTest covers beyond AWS (the browser, usage, analytics, the admission policy) is not repeated.
 */
class TwoAccountFlowTest {

    private static final String PARTNER_ID = "E2E-PARTNER-TWO-ACCOUNTS";
    private static final String CUSTOMER_ID = "brightside-0077";
    private static final String RETAIN_CANCELLED_FOR = "10s";

    private static LocalPlatform platform;
    private static TwoAccountWiring aws;
    private static String bridgeServiceAccount;

    @RegisterExtension
    static final FlowDiagnostics DIAGNOSTICS = new FlowDiagnostics(() -> platform);

    private final String name = CustomerNames.assistantName(CUSTOMER_ID);

    @BeforeAll
    static void deployTheTemplatesAndThePartnerEnvironment() {
        platform = LocalPlatform.start(PARTNER_ID, RETAIN_CANCELLED_FOR, (namespace, bridgeAccount) -> {
            bridgeServiceAccount = bridgeAccount;
            aws = TwoAccountWiring.deploy(namespace, bridgeAccount);
            return aws;
        });
    }

    @AfterAll
    static void removeIt() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theBridgeActsAsTheRoleOfOurStack() {
        ServiceAccount bridge = platform.admin().serviceAccounts().withName(bridgeServiceAccount).get();
        assertThat(bridge.getMetadata().getAnnotations()).as("the bridge's ServiceAccount (IRSA on EKS)")
                .containsEntry("eks.amazonaws.com/role-arn", aws.ourOutput("BridgeRoleArn"));
    }

    @Test
    void aCustomerFromTheirBusToOurClusterAndBack() {
        Partner partner = new Partner(platform);
        partner.subscribe(CUSTOMER_ID, "Brightside Family Dental", platform.website(), "growth", "local-business");
        Assistant awaiting = await("Assistant " + name + " in AwaitingQA, from the CreateSubscription the partner put "
                + "on their bus").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(2))
                .until(() -> Assistants.find(platform, name), a -> Assistants.phase(a) == Phase.AwaitingQA);

        try (KubernetesClient alice = platform.user("qa-alice")) {
            QaReview.approve(alice, platform.namespace(), name, awaiting.getStatus().getQa().getRevision());
        }
        Assistant ready = await("Assistant " + name + " Ready after approval").atMost(Duration.ofMinutes(3))
                .until(() -> Assistants.find(platform, name), a -> Assistants.phase(a) == Phase.Ready
                        && a.getStatus().getInstall() != null);
        assertThat(partner.awaitReadyForInstallation(CUSTOMER_ID, ready.getStatus().getInstall()).path("source")
                .asText()).as("the source the partner's bus policy admits").isEqualTo("xapp.bridge");

        partner.cancel(CUSTOMER_ID, Instant.now());
        await("Assistant " + name + " Cancelled (or already removed) after the partner's Cancellation")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Assistants.find(platform, name), a -> a == null || Assistants.phase(a) == Phase.Cancelled);
        await("Assistant " + name + " removed " + RETAIN_CANCELLED_FOR + " after its cancellation")
                .atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                .until(() -> Assistants.find(platform, name) == null);
    }

    @Test
    void aMalformedEventEndsInOurDeadLetterQueueWithItsReason() {
        String customer = "malformed-0001";
        platform.partnerAws().emit("CreateSubscription", "{\"id\": \"" + customer + "\", \"tier\": \"platinum\", "
                + "\"website\": \"not a url\", \"company_name\": \"Nobody\", \"contract_length\": 12}");
        String deadLetters = aws.ourOutput("EventsDeadLetterQueueUrl");

        List<Message> refused = await("the malformed CreateSubscription in our dead-letter queue")
                .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> SqsQueues.drain(aws.ours().sqs(), deadLetters, 1), m -> !m.isEmpty());
        assertThat(refused).hasSize(1);
        assertThat(refused.get(0).body()).contains(customer);
        assertThat(refused.get(0).messageAttributes()).containsKey("xapp-error");
        assertThat(refused.get(0).messageAttributes().get("xapp-error").stringValue())
                .as("the reason").contains(customer, "platinum", "website");
        assertThat(Assistants.find(platform, CustomerNames.assistantName(customer))).isNull();
        assertThatThrownBy(() -> aws.partner().sqs().receiveMessage(r -> r.queueUrl(deadLetters)))
                .as("the partner's account reading our dead-letter queue")
                .isInstanceOf(QueueDoesNotExistException.class);
    }
}
