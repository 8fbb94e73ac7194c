package io.xapp.testing.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.MotoAccount;
import io.xapp.testing.support.SqsQueues;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The partner wiring of docs/partner-aws.md in moto, from the shipped templates, in two accounts: ours
 * ({@value #OUR_ACCOUNT}: integrations/aws/xapp-environment.yaml) and the partner's ({@value #PARTNER_ACCOUNT}:
 * partner-side.yaml on a bus of theirs), deployed in the guide's order by testing/moto/partner-wiring.py, which also
 * makes through the API what moto's CloudFormation cannot (the bus and queue policies).
 *
 * <p>The chart values are our stack's outputs, and the bridge acts with credentials of the role our stack made (STS
 * here, the service account's token on EKS): it sees our account only. The partner puts their events on their own
 * bus, their rule forwards them to ours, and ReadyForInstallation reaches the queue of their example rule.
 */
public final class TwoAccountWiring implements AwsWiring {

    public static final String OUR_ACCOUNT = "111122223333";
    public static final String PARTNER_ACCOUNT = "444455556666";
    /** The partner's systems' source; our rules do not look at it. */
    public static final String PARTNER_SOURCE = "partner.crm";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode deployed;
    private final String partnerBus;
    private final MotoAccount ours;
    private final MotoAccount partner;

    private TwoAccountWiring(JsonNode deployed, String partnerBus, Moto moto) {
        this.deployed = deployed;
        this.partnerBus = partnerBus;
        this.ours = moto.account(OUR_ACCOUNT);
        this.partner = moto.account(PARTNER_ACCOUNT);
    }

    /** Deploys both sides for the release in {@code namespace} (the environment's name) and its bridge's account. */
    public static TwoAccountWiring deploy(String namespace, String bridgeAccount) {
        String partnerBus = namespace + "-partner-crm";
        JsonNode deployed = MotoScripts.run("partner-wiring.py", List.of("--environment", namespace,
                "--xapp-account", OUR_ACCOUNT, "--partner-account", PARTNER_ACCOUNT, "--partner-bus", partnerBus,
                "--namespace", namespace, "--service-account", bridgeAccount));
        return new TwoAccountWiring(deployed, partnerBus, Moto.get());
    }

    @Override
    public Map<String, Object> chartValues() {
        return JSON.convertValue(deployed.path("values"), new TypeReference<>() { });
    }

    /** An output of our stack (xapp-environment.yaml), e.g. {@code EventsDeadLetterQueueUrl}. */
    public String ourOutput(String key) {
        return output("xapp", key);
    }

    /** An output of the partner's stack (partner-side.yaml), e.g. {@code ReadyInboxQueueUrl}. */
    public String partnerOutput(String key) {
        return output("partner", key);
    }

    /** The logical ids, per template, that partner-wiring.py made through the API (moto's CloudFormation cannot). */
    public JsonNode madeThroughTheApi() {
        return deployed.path("madeThroughTheApi");
    }

    /** Clients acting in our account. */
    public MotoAccount ours() {
        return ours;
    }

    /** Clients acting in the partner's account. */
    public MotoAccount partner() {
        return partner;
    }

    /** The partner's own bus, where their systems put their events. */
    public String partnerBus() {
        return partnerBus;
    }

    /** PutEvents on the partner's bus, in the partner's account, as their systems do. */
    @Override
    public void emit(String detailType, String detail) {
        PutEventsResponse response = partner.eventBridge().putEvents(r -> r.entries(e -> e.eventBusName(partnerBus)
                .source(PARTNER_SOURCE).detailType(detailType).detail(detail)));
        if (response.failedEntryCount() > 0) {
            throw new AssertionError("the partner's PutEvents of " + detailType + " on " + partnerBus + " failed: "
                    + response.entries());
        }
    }

    @Override
    public List<Message> drainInbox(int waitSeconds) {
        return SqsQueues.drain(partner.sqs(), partnerOutput("ReadyInboxQueueUrl"), waitSeconds);
    }

    @Override
    public void close() {
        ours.close();
        partner.close();
    }

    private String output(String side, String key) {
        JsonNode value = deployed.path(side).path(key);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the " + side + " stack has no output " + key + ": "
                    + deployed.path(side));
        }
        return value.asText();
    }
}
