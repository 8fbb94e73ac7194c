package io.xapp.testing.support;

import io.xapp.testing.processes.ChildProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * moto server (SQS and EventBridge) on loopback for the tests of this JVM, with real aws-sdk-java-v2 clients
 * pointed at it: the server at {@code XAPP_MOTO_URL} when set (started by {@code testing/moto/moto.sh}), else one
 * started here from the cached venv of {@code testing/moto/moto.sh} through its {@code server.py} (EventBridge
 * across accounts as in AWS) on a free port and stopped when the JVM exits.
 *
 * <p>{@link #sqs()} and {@link #eventBridge()} act in moto's default account; {@link #account(String)} gives clients
 * of another one.
 *
 * <p>Needs {@code software.amazon.awssdk:sqs}, {@code eventbridge} and {@code url-connection-client} on the test
 * classpath (optional dependencies of this module, so modules without AWS do not carry them).
 */
public final class Moto {

    public static final String REGION = "us-east-1";
    /** moto accepts any credentials; processes talking to it get these as AWS_ACCESS_KEY_ID/SECRET. */
    public static final String ACCESS_KEY = "test";
    public static final String SECRET_KEY = "test";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static Moto instance;
    private static Path python;

    private final String url;
    private SqsClient sqs;
    private EventBridgeClient eventBridge;

    private Moto(String url) {
        this.url = url;
    }

    /** The moto of this JVM: reused from {@code XAPP_MOTO_URL}, or started once. */
    public static synchronized Moto get() {
        if (instance == null) {
            String existing = System.getenv("XAPP_MOTO_URL");
            instance = existing != null && !existing.isBlank() ? new Moto(existing) : start();
        }
        return instance;
    }

    /** e.g. {@code http://127.0.0.1:41234} */
    public String url() {
        return url;
    }

    public synchronized SqsClient sqs() {
        if (sqs == null) {
            sqs = client(SqsClient.builder(), null);
        }
        return sqs;
    }

    public synchronized EventBridgeClient eventBridge() {
        if (eventBridge == null) {
            eventBridge = client(EventBridgeClient.builder(), null);
        }
        return eventBridge;
    }

    /** Clients acting in account {@code accountId} (twelve digits); close it. */
    public MotoAccount account(String accountId) {
        return new MotoAccount(accountId, client(SqsClient.builder(), accountId),
                client(EventBridgeClient.builder(), accountId));
    }

    /**
     * A client of another SQS-compatible server on loopback (ElasticMQ in the bridge's benchmark), with moto's
     * region and credentials; close it.
     */
    public static SqsClient sqs(String endpoint) {
        return endpoint(SqsClient.builder(), endpoint).build();
    }

    /** A client of moto; with {@code accountId}, every request says it acts in that account. */
    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder,
            String accountId) {
        endpoint(builder, url);
        if (accountId != null) {
            builder.overrideConfiguration(c -> c.putHeader(MotoAccount.HEADER, accountId));
        }
        return builder.build();
    }

    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B endpoint(B builder,
            String endpoint) {
        return builder.endpointOverride(URI.create(endpoint)).region(Region.of(REGION))
                .credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder());
    }

    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    private static Moto start() {
        Path server = Repo.resolve("testing/moto/server.py");
        int port = LoopbackPorts.free();
        String url = "http://127.0.0.1:" + port;
        try {
            Path log = Files.createTempFile("moto-", ".log");
            // Stopped with this JVM (ChildProcesses), as the clients of it are.
            Process process = ChildProcesses.start(new ProcessBuilder(python().toString(), server.toString(), "-H",
                    "127.0.0.1", "-p", Integer.toString(port)).redirectErrorStream(true).redirectOutput(log.toFile()));
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("moto (testing/moto/server.py) exited with " + process.exitValue()
                            + "; see " + log);
                }
                if (answers(url)) {
                    return new Moto(url);
                }
                Thread.sleep(200);
            }
            process.destroyForcibly();
            throw new IllegalStateException("moto (testing/moto/server.py) did not answer on " + url + " within "
                    + START_TIMEOUT.toSeconds() + " s; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + server, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting moto", e);
        }
    }

    /**
     * The python of the cached venv that {@code testing/moto/moto.sh} installs (first time: from PyPI) with moto,
     * boto3 and cfn-lint, for the scripts of {@code testing/moto} and {@code bin/cfn-lint} beside it.
     */
    public static synchronized Path python() {
        if (python == null) {
            python = venvPython();
        }
        return python;
    }

    private static Path venvPython() {
        Path script = Repo.resolve("testing/moto/moto.sh");
        try {
            Process p = new ProcessBuilder("bash", script.toString(), "python").start();
            p.getOutputStream().close();
            String python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(script + " python failed: "
                        + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return Path.of(python);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
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
}
