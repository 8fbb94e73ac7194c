package io.xapp.e2e.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.xapp.testing.platform.tools.Command;
import io.xapp.testing.platform.tools.Helm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad values fail {@code helm template} before anything reaches a cluster, naming the setting and what is wrong
 * (values.schema.json, and the chart's own checks for what a schema cannot say).
 */
class ValuesSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown channel         | partner: {tiers: {gold: {channels: [email]}}}       | at '/partner/tiers/gold/channels/0': value must be one of 'widget', 'search'
            URL without a scheme    | partner: {publicBaseUrl: assist.example.com}        | at '/partner/publicBaseUrl': 'assist.example.com' does not match pattern
            duration in words       | partner: {cancellation: {retainFor: 15 minutes}}    | at '/partner/cancellation/retainFor': '15 minutes' does not match pattern
            too many consumers      | events: {consumers: 99}                             | at '/events/consumers': maximum: got 99, want 16
            operator writes unbound | operator: {writesPerSecond: 5000}                   | at '/operator/writesPerSecond': maximum: got 5,000, want 1,000
            bridge never writes     | bridge: {writesPerSecond: 0}                        | at '/bridge/writesPerSecond': minimum: got 0, want 1
            misspelt section        | operater: {replicas: 2}                             | additional properties 'operater' not allowed
            Ingress without host    | ingress: {enabled: true}                            | at '/ingress/host'
            crawl network by name   | partner: {crawl: {allowedNetworks: [site.default.svc]}} | at '/partner/crawl/allowedNetworks/0': 'site.default.svc' does not match pattern
            crawl every address     | partner: {crawl: {allowedNetworks: [0.0.0.0/0]}}    | at '/partner/crawl/allowedNetworks/0': '0.0.0.0/0' does not match pattern
            queue without DLQ       | events: {queueUrl: 'https://sqs.example/1/q'}       | events.dlqUrl is required with events.queueUrl
            partner token not given | partnerApi: {leads: {url: 'https://api.example/l', auth: {type: bearer, secretKey: tok}}} | secrets.values.tok is needed by partnerApi.leads.auth.secretKey
            """)
    void refusesBadValuesWithAClearMessage(String problem, String values, String message) throws IOException {
        Map<?, ?> parsed = YAML.readValue(values, Map.class);
        @SuppressWarnings("unchecked")
        Path file = ChartFiles.values("bad-" + problem.replace(' ', '-'), (Map<String, ?>) parsed);

        Command.Result result = Helm.offline().template(ChartFiles.RELEASE, ChartFiles.NAMESPACE, file);

        assertThat(result.exitCode()).as("helm template with %s", values).isNotZero();
        assertThat(result.stderr()).as("helm's message for %s", problem).contains(message);
    }
}
