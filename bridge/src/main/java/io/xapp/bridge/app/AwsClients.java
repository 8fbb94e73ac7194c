package io.xapp.bridge.app;

import io.xapp.bridge.config.EventsSettings;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SQS and EventBridge clients for the configured region, with the AWS default credentials chain (IRSA or instance
 * role in AWS; {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY} against moto). The endpoint override points
 * both at moto in tests and local runs.
 */
final class AwsClients {

    private AwsClients() {
    }

    static SqsClient sqs(EventsSettings s) {
        return at(SqsClient.builder(), s).httpClientBuilder(UrlConnectionHttpClient.builder()
                // Long polling holds a request for waitTimeSeconds: the read timeout must outlast it.
                .socketTimeout(Duration.ofSeconds(s.waitTimeSeconds() + 10L))).build();
    }

    static EventBridgeClient eventBridge(EventsSettings s) {
        return at(EventBridgeClient.builder(), s).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B at(B builder, EventsSettings s) {
        if (s.endpointOverride() != null) {
            builder.endpointOverride(URI.create(s.endpointOverride()));
        }
        return builder.region(Region.of(s.region()));
    }
}
