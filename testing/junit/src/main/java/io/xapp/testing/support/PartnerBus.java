package io.xapp.testing.support;

import java.util.List;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The partner's side of EventBridge in moto: their event bus, with a rule that copies the events we send
 * (ReadyForInstallation) into an SQS "inbox" queue, where a test reads what the partner received.
 *
 * @param busName  the bus, to configure as the bridge's {@code events.busName}
 * @param inboxUrl the queue the rule delivers to
 */
public record PartnerBus(String busName, String inboxUrl) {

    /** Creates bus {@code busName} (if missing), an inbox queue and a rule for {@code detailTypes} into it. */
    public static PartnerBus create(Moto moto, String busName, List<String> detailTypes) {
        SqsClient sqs = moto.sqs();
        EventBridgeClient events = moto.eventBridge();
        String inbox = SqsQueues.create(sqs, busName + "-inbox");
        boolean exists = events.listEventBuses(r -> r.namePrefix(busName)).eventBuses().stream()
                .anyMatch(b -> b.name().equals(busName));
        if (!exists) {
            events.createEventBus(r -> r.name(busName));
        }
        String rule = busName + "-to-inbox";
        events.putRule(r -> r.name(rule).eventBusName(busName).eventPattern(pattern(detailTypes)));
        events.putTargets(r -> r.rule(rule).eventBusName(busName)
                .targets(t -> t.id("inbox").arn(SqsQueues.arn(sqs, inbox))));
        return new PartnerBus(busName, inbox);
    }

    private static String pattern(List<String> detailTypes) {
        return "{\"detail-type\": [" + String.join(", ", detailTypes.stream().map(t -> "\"" + t + "\"").toList())
                + "]}";
    }
}
