package io.xapp.testing.platform;

import io.xapp.testing.support.Moto;
import io.xapp.testing.support.PartnerBus;
import io.xapp.testing.support.SqsQueues;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * moto's default account wired by hand: the events queue and its dead-letter queue, and the partner's bus with a
 * rule into an inbox; the partner's events go straight into the queue ({@link PartnerQueues}). The bridge uses
 * the test credentials of helm/values-local.yaml.
 */
public final class OneAccountWiring implements AwsWiring {

    private final Moto moto;
    private final String dlq;
    private final PartnerBus partnerBus;
    private final PartnerQueues partner;

    private OneAccountWiring(Moto moto, String queue, String dlq, PartnerBus partnerBus) {
        this.moto = moto;
        this.dlq = dlq;
        this.partnerBus = partnerBus;
        this.partner = new PartnerQueues(moto.sqs(), queue, partnerBus.inboxUrl());
    }

    public static OneAccountWiring create(String namespace, String bridgeAccount) {
        Moto moto = Moto.get();
        return new OneAccountWiring(moto, SqsQueues.create(moto.sqs(), namespace + "-events"),
                SqsQueues.create(moto.sqs(), namespace + "-events-dlq"),
                PartnerBus.create(moto, namespace + "-partner-bus", List.of("ReadyForInstallation")));
    }

    @Override
    public Map<String, Object> chartValues() {
        return Map.of("events", Map.of("endpointOverride", moto.url(), "queueUrl", partner.eventsQueueUrl(),
                "dlqUrl", dlq, "busName", partnerBus.busName()));
    }

    @Override
    public void emit(String detailType, String detail) {
        partner.emit(detailType, detail);
    }

    @Override
    public List<Message> drainInbox(int waitSeconds) {
        return partner.drainInbox(waitSeconds);
    }

    @Override
    public void close() {
        // The queues and the bus go with moto.
    }
}
