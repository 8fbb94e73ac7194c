package io.xapp.e2e.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.testing.platform.TwoAccountWiring;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.MotoAccount;
import io.xapp.testing.support.SqsQueues;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * Each hop of the partner wiring (docs/partner-aws.md, "check each hop") with both sides deployed in moto from the
 * shipped templates, without Kubernetes: the partner's event reaches our queue through their rule and ours, our
 * account's ReadyForInstallation reaches their example rule's queue, the bus policies admit only what they should,
 * and our queues are not visible from their account. The same with the bridge running: TwoAccountFlowTest; the
 * HTTPS route: HttpsRouteTest.
 */
class TwoAccountWiringTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TwoAccountWiring wiring;

    @BeforeAll
    static void deployBothSides() {
        wiring = TwoAccountWiring.deploy("aws-wiring-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current()
                .nextInt()), "partner-xapp-bridge");
    }

    @AfterAll
    static void close() {
        if (wiring != null) {
            wiring.close();
        }
    }

    @Test
    void whatMotoCannotCreateIsMadeFromTheTemplatesThemselves() {
        assertThat(wiring.madeThroughTheApi().toString()).isEqualTo("{\"xapp-environment.yaml\":[\"EventBusPolicy\","
                + "\"EventsQueuePolicy\"],\"partner-side.yaml\":[\"EventBusPolicy\",\"QueuePolicy\"]}");
        String ourBus = wiring.ourOutput("EventBusArn");
        assertThat(wiring.ours().eventBridge().describeEventBus(r -> r.name(ourBus)).policy())
                .contains("arn:aws:iam::" + TwoAccountWiring.PARTNER_ACCOUNT + ":root", "CreateSubscription");
        String queuePolicy = wiring.ours().sqs().getQueueAttributes(r -> r.queueUrl(wiring.ourOutput(
                "EventsQueueUrl")).attributeNames(QueueAttributeName.POLICY)).attributes()
                .get(QueueAttributeName.POLICY);
        assertThat(queuePolicy).as("the events queue's policy").contains("events.amazonaws.com", "aws:SourceArn");
    }

    @Test
    void theChartValuesAreOurStacksOutputs() {
        Map<String, Object> values = wiring.chartValues();
        assertThat(values).extractingByKey("events").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("queueUrl", wiring.ourOutput("EventsQueueUrl"))
                .containsEntry("dlqUrl", wiring.ourOutput("EventsDeadLetterQueueUrl"))
                .containsEntry("busName", wiring.partnerOutput("PartnerEventBusArn"))
                .containsEntry("region", "us-east-1");
        assertThat(values.get("bridge").toString()).contains("eks.amazonaws.com/role-arn="
                + wiring.ourOutput("BridgeRoleArn"));
    }

    @Test
    void aPartnersEventReachesOurQueueThroughTheirRuleAndOurs() throws Exception {
        wiring.emit("CreateSubscription", "{\"id\": \"hop-check-1\"}");

        List<Message> received = SqsQueues.drain(wiring.ours().sqs(), wiring.ourOutput("EventsQueueUrl"), 2);
        assertThat(received).as("messages in our events queue").hasSize(1);
        JsonNode event = JSON.readTree(received.get(0).body());
        assertThat(event.path("detail-type").asText()).isEqualTo("CreateSubscription");
        assertThat(event.path("source").asText()).isEqualTo(TwoAccountWiring.PARTNER_SOURCE);
        assertThat(event.at("/detail/id").asText()).isEqualTo("hop-check-1");
        assertThat(SqsQueues.depth(wiring.partner().sqs(), wiring.partnerOutput("ForwardDeadLetterQueueUrl")))
                .as("the partner's forwarding dead letters").isZero();
    }

    @Test
    void otherEventsOfThePartnerStayWithThem() {
        wiring.emit("InvoicePaid", "{\"id\": \"not-for-us\"}");
        assertThat(SqsQueues.drain(wiring.ours().sqs(), wiring.ourOutput("EventsQueueUrl"), 1)).isEmpty();
    }

    @Test
    void ourBusAdmitsThePartnersAccountOnly() {
        String ourBus = wiring.ourOutput("EventBusArn");
        try (MotoAccount stranger = Moto.get().account("999988887777")) {
            PutEventsResultEntry refused = put(stranger, ourBus, "partner.crm", "CreateSubscription");
            assertThat(refused.errorCode()).isEqualTo("AccessDeniedException");
        }
        assertThat(put(wiring.partner(), ourBus, "partner.crm", "Cancellation").errorCode())
                .as("the partner putting on our bus directly").isNull();
        assertThat(put(wiring.partner(), ourBus, "partner.crm", "InvoicePaid").errorCode())
                .as("another detail-type from the partner").isEqualTo("AccessDeniedException");
        SqsQueues.drain(wiring.ours().sqs(), wiring.ourOutput("EventsQueueUrl"), 1);
    }

    @Test
    void readyForInstallationFromOurAccountReachesThePartnersExampleRule() throws Exception {
        String partnerBus = (String) ((Map<?, ?>) wiring.chartValues().get("events")).get("busName");

        assertThat(put(wiring.ours(), partnerBus, "xapp.bridge", "ReadyForInstallation").errorCode()).isNull();
        List<Message> inbox = wiring.drainInbox(2);
        assertThat(inbox).as("the partner's example inbox").hasSize(1);
        assertThat(JSON.readTree(inbox.get(0).body()).path("detail-type").asText()).isEqualTo("ReadyForInstallation");

        assertThat(put(wiring.ours(), partnerBus, "someone.else", "ReadyForInstallation").errorCode())
                .as("another source of ours").isEqualTo("AccessDeniedException");
        assertThat(put(wiring.ours(), partnerBus, "xapp.bridge", "CreateSubscription").errorCode())
                .as("another detail-type of ours").isEqualTo("AccessDeniedException");
    }

    @Test
    void ourQueuesAreInvisibleFromThePartnersAccount() {
        for (String queue : List.of(wiring.ourOutput("EventsQueueUrl"), wiring.ourOutput("EventsDeadLetterQueueUrl"))) {
            assertThatThrownBy(() -> wiring.partner().sqs().receiveMessage(r -> r.queueUrl(queue)))
                    .as("the partner reading %s", queue).isInstanceOf(QueueDoesNotExistException.class);
        }
    }

    private static PutEventsResultEntry put(MotoAccount as, String bus, String source, String detailType) {
        return as.eventBridge().putEvents(r -> r.entries(e -> e.eventBusName(bus).source(source)
                .detailType(detailType).detail("{\"id\": \"policy-check\"}"))).entries().get(0);
    }
}
