package io.xapp.bridge.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * AWS side of the partner events: the SQS queue the partner's EventBridge rule feeds, its dead-letter queue, and the
 * partner's event bus for ReadyForInstallation. Credentials come from the AWS default chain (IRSA, env, profile).
 */
public record EventsSettings(
        @JsonProperty("region") String region,
        @JsonProperty("endpointOverride") String endpointOverride,
        @JsonProperty("queueUrl") String queueUrl,
        @JsonProperty("dlqUrl") String dlqUrl,
        @JsonProperty("busName") String busName,
        @JsonProperty("source") String source,
        @JsonProperty("consumers") Integer consumers,
        @JsonProperty("waitTimeSeconds") Integer waitTimeSeconds,
        @JsonProperty("visibilityTimeoutSeconds") Integer visibilityTimeoutSeconds,
        @JsonProperty("concurrency") Integer concurrency) {

    public static final EventsSettings NONE = new EventsSettings(null, null, null, null, null, null, null, null, null,
            null);

    public EventsSettings {
        region = region == null ? "us-east-1" : region;
        source = source == null ? "xapp.bridge" : source;
        consumers = consumers == null ? 2 : consumers;
        waitTimeSeconds = waitTimeSeconds == null ? 20 : waitTimeSeconds;
        visibilityTimeoutSeconds = visibilityTimeoutSeconds == null ? 120 : visibilityTimeoutSeconds;
        concurrency = concurrency == null ? 16 : concurrency;
    }

    /**
     * Messages received and not yet handled, at most: enough to keep every worker busy while the pollers receive
     * more, few enough that none waits long for a worker.
     */
    public int maxInFlight() {
        return Math.max(2 * concurrency, 10);
    }

    public boolean consumesQueue() {
        return queueUrl != null && !queueUrl.isBlank();
    }

    public boolean notifiesBus() {
        return busName != null && !busName.isBlank();
    }

    void validate(List<String> problems) {
        if (consumesQueue() && (dlqUrl == null || dlqUrl.isBlank())) {
            problems.add("events.dlqUrl is required with events.queueUrl (malformed events go there)");
        }
        BridgeConfig.inRange(problems, "events.consumers", consumers, 1, 16);
        if (waitTimeSeconds < 0 || waitTimeSeconds > 20) {
            problems.add("events.waitTimeSeconds must be 0 to 20 (SQS long polling), got " + waitTimeSeconds);
        }
        BridgeConfig.inRange(problems, "events.visibilityTimeoutSeconds", visibilityTimeoutSeconds, 10, 43200);
        BridgeConfig.inRange(problems, "events.concurrency", concurrency, 1, 64);
    }
}
