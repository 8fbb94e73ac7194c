package io.xapp.bridge.testing;

import io.xapp.bridge.config.BridgeConfig;
import io.xapp.testing.support.Moto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A partner environment file for tests: two tiers, moto for AWS, an H2 file database in a fresh directory. */
public final class TestConfig {

    public static final String PARTNER_ID = "3E7E87CB-447B-A150";
    public static final String WEBHOOK_SECRET = "whsec-test-current-0123456789";
    public static final String WEBHOOK_OLD_SECRET = "whsec-test-previous-9876543210";
    public static final String API_DESTINATION_KEY = "apidest-key-0123456789";
    public static final String ANALYTICS_KEY = "analytics-key-partner-a";
    public static final String OTHER_PARTNER_KEY = "analytics-key-partner-b";
    public static final String TOKEN_KEY = "test-assistant-token-signing-key-0123456789abcdef";
    /** The field manager the bridge's tests apply the CRDs with. */
    public static final String FIELD_MANAGER = "xapp-bridge-tests";

    private String namespace = "default";
    private String motoUrl;
    private String queueUrl;
    private String dlqUrl;
    private String busName;
    private String partnerApi = "";
    private int consumers = 2;
    private int concurrency = 4;
    private int visibilityTimeoutSeconds = 30;
    private Integer writesPerSecond;
    private Path dir;

    public static TestConfig create(String name) {
        TestConfig c = new TestConfig();
        c.dir = RepoPaths.stateDir(name);
        return c;
    }

    public TestConfig namespace(String ns) { this.namespace = ns; return this; }
    public TestConfig queues(String motoUrl, String queueUrl, String dlqUrl) {
        useMotoCredentials();
        this.motoUrl = motoUrl;
        this.queueUrl = queueUrl;
        this.dlqUrl = dlqUrl;
        return this;
    }
    public TestConfig bus(String motoUrl, String busName) {
        useMotoCredentials();
        this.motoUrl = motoUrl;
        this.busName = busName;
        return this;
    }

    /**
     * The bridge builds its AWS clients with the default credentials chain (IRSA in production); in this JVM the
     * chain finds moto's static credentials in the system properties.
     */
    private static void useMotoCredentials() {
        System.setProperty("aws.accessKeyId", Moto.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", Moto.SECRET_KEY);
        System.setProperty("aws.region", Moto.REGION);
    }
    public TestConfig consumers(int n) { this.consumers = n; return this; }
    public TestConfig concurrency(int n) { this.concurrency = n; return this; }
    public TestConfig visibilityTimeoutSeconds(int s) { this.visibilityTimeoutSeconds = s; return this; }
    /** kubernetes.writesPerSecond; unset, the bridge's default. */
    public TestConfig writesPerSecond(Integer n) { this.writesPerSecond = n; return this; }
    /** YAML of the partnerApi section's body, indented by two spaces. */
    public TestConfig partnerApi(String yaml) { this.partnerApi = yaml; return this; }
    public Path dir() { return dir; }

    public String yaml() {
        StringBuilder y = new StringBuilder();
        y.append("partnerId: ").append(PARTNER_ID).append('\n');
        y.append("publicBaseUrl: https://assist.partner.example\n");
        y.append("tiers:\n  starter:\n    channels: [widget]\n  growth:\n    channels: [widget, search]\n");
        y.append("runtime:\n  image: xapp/runtime:test\n");
        y.append("kubernetes:\n  namespace: ").append(namespace).append('\n');
        if (writesPerSecond != null) {
            y.append("  writesPerSecond: ").append(writesPerSecond).append('\n');
        }
        y.append("store:\n  url: jdbc:h2:file:").append(dir.resolve("bridge")).append('\n');
        if (motoUrl != null) {
            y.append("events:\n  region: us-east-1\n  endpointOverride: ").append(motoUrl).append('\n');
            y.append("  waitTimeSeconds: 1\n  consumers: ").append(consumers).append('\n');
            y.append("  concurrency: ").append(concurrency).append('\n');
            y.append("  visibilityTimeoutSeconds: ").append(visibilityTimeoutSeconds).append('\n');
            if (queueUrl != null) {
                y.append("  queueUrl: ").append(queueUrl).append("\n  dlqUrl: ").append(dlqUrl).append('\n');
            }
            if (busName != null) {
                y.append("  busName: ").append(busName).append("\n  source: xapp.bridge\n");
            }
        }
        y.append("webhook:\n  secrets:\n    - value: ").append(WEBHOOK_SECRET).append("\n    - value: ")
                .append(WEBHOOK_OLD_SECRET).append("\n  apiKeys:\n    - value: ").append(API_DESTINATION_KEY)
                .append("\n  replayWindow: 5m\n  maxBodyBytes: 4096\n");
        y.append("analytics:\n  apiKeys:\n    - partnerId: ").append(PARTNER_ID).append("\n      key: {value: ")
                .append(ANALYTICS_KEY).append("}\n    - partnerId: OTHER-PARTNER\n      key: {value: ")
                .append(OTHER_PARTNER_KEY).append("}\n");
        if (!partnerApi.isEmpty()) {
            y.append("partnerApi:\n").append(partnerApi);
        }
        return y.toString();
    }

    public BridgeConfig build() {
        return BridgeConfig.parse(yaml().getBytes(StandardCharsets.UTF_8), "test config");
    }
}
