package io.xapp.bridge.bench;

import io.xapp.bridge.intake.WebhookAuthenticator;
import io.xapp.bridge.testing.Events;
import io.xapp.bridge.testing.TestConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N CreateSubscription events (default 1,000), one per customer, sent as signed {@code POST /v1/events} by C senders
 * at once (default 16) to the packaged bridge ({@link BridgeBurst}): what the bridge's own apply path (database,
 * API server) sustains without SQS, or moto standing in for it, in front. A refused or failed call is sent again
 * with the same event id, as a partner would. Prints the same figures as {@link SqsToAssistantsBenchmark}.
 *
 * <p>Arguments: events, senders.
 */
public final class WebhookToAssistantsBenchmark {

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int senders = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        AtomicInteger resends = new AtomicInteger();
        try (BridgeBurst burst = new BridgeBurst()) {
            burst.start(TestConfig.create("bench-webhook"));
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + burst.port() + "/v1/events");
            ExecutorService pool = Executors.newFixedThreadPool(senders);
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                String body = Events.create("bench-customer-" + i, i % 2 == 0 ? "growth" : "starter", 12);
                sent.add(pool.submit(() -> {
                    send(http, uri, UUID.randomUUID().toString(), body, resends);
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
            pool.shutdown();
            burst.awaitUntil(() -> burst.assistants() >= events);
            burst.report(events, ", " + senders + " senders");
            System.out.printf("resent:            %d (calls answered other than 202)%n", resends.get());
        }
        System.exit(0);
    }

    private static void send(HttpClient http, URI uri, String id, String body, AtomicInteger resends)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        for (int attempt = 1; ; attempt++) {
            String ts = Long.toString(System.currentTimeMillis() / 1000);
            String signature = "v1=" + WebhookAuthenticator.sign(
                    TestConfig.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), id, ts, bytes);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("X-Xapp-Event-Id", id)
                    .header("X-Xapp-Timestamp", ts).header("X-Xapp-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 202) {
                return;
            }
            if (attempt == 10) {
                throw new IllegalStateException("event " + id + " refused 10 times, last: " + r.statusCode() + " "
                        + r.body());
            }
            resends.incrementAndGet();
            Thread.sleep(1000L * attempt);
        }
    }
}
