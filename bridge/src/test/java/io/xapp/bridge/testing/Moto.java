package io.xapp.bridge.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * moto server on loopback for the tests of this JVM: the one at {@code XAPP_MOTO_URL} when set, else one started
 * here (from the venv of {@code testing/moto/moto.sh}) on a free port and stopped when the JVM exits. Hands out
 * real aws-sdk-java-v2 clients pointed at it (static credentials, us-east-1).
 */
public final class Moto {

    public static final String REGION = "us-east-1";
    private static Moto instance;

    private final String url;

    private Moto(String url) {
        this.url = url;
        // The bridge builds its clients with the default credentials chain; these satisfy it against moto.
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        System.setProperty("aws.region", REGION);
    }

    public static synchronized Moto get() {
        if (instance == null) {
            String existing = System.getenv("XAPP_MOTO_URL");
            instance = new Moto(existing != null && !existing.isBlank() ? existing : start());
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public SqsClient sqs() {
        return SqsClient.builder().endpointOverride(URI.create(url)).region(Region.of(REGION))
                .credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    public EventBridgeClient eventBridge() {
        return EventBridgeClient.builder().endpointOverride(URI.create(url)).region(Region.of(REGION))
                .credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    /** A new queue with a unique name; returns its URL. */
    public String createQueue(SqsClient sqs, String prefix) {
        return sqs.createQueue(r -> r.queueName(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)))
                .queueUrl();
    }

    public String queueArn(SqsClient sqs, String queueUrl) {
        return sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    private static String start() {
        Path script = RepoPaths.root().resolve("testing/moto/moto.sh");
        String python;
        try {
            Process p = new ProcessBuilder("bash", script.toString(), "python").redirectErrorStream(false).start();
            p.getOutputStream().close();
            python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(script + " python failed: "
                        + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Path server = Path.of(python).resolveSibling("moto_server");
        int port = freePort();
        try {
            Path log = Files.createTempFile("moto-", ".log");
            Process moto = new ProcessBuilder(server.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(moto::destroy, "moto-stop"));
            String url = "http://127.0.0.1:" + port;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(deadline)) {
                if (!moto.isAlive()) {
                    throw new IllegalStateException("moto_server exited; see " + log);
                }
                if (answers(url)) {
                    return url;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("moto_server did not answer on " + url + " within 60 s; see " + log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + server, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean answers(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url + "/moto-api/").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
