package io.xapp.e2e.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.xapp.testing.platform.tools.Command;
import io.xapp.testing.support.Moto;
import io.xapp.testing.support.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CloudFormation templates of integrations/aws pass cfn-lint (pinned in the venv of testing/moto/moto.sh), and
 * our side's outputs are chart values: each output described "helm value &lt;path&gt;" names a value the chart
 * has, and no two name the same one.
 */
class TemplatesTest {

    static final Path TEMPLATES = Repo.resolve("integrations/aws");
    private static final String HELM_VALUE = "helm value ";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).as("templates in %s", TEMPLATES).hasSizeGreaterThanOrEqualTo(3);
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void passesCfnLint(Path template) {
        Path cfnLint = Moto.python().resolveSibling("cfn-lint");
        Command.Result lint = Command.run(List.of(cfnLint.toString(), template.toString()), Map.of(),
                Duration.ofMinutes(2));
        assertThat(lint.exitCode()).as("cfn-lint %s said:%n%s", template.getFileName(), lint.output()).isZero();
    }

    @Test
    void ourOutputsNameChartValuesOneToOne() throws IOException {
        JsonNode chartValues = YAML.readTree(Repo.resolve("helm/xapp/values.yaml").toFile());
        List<String> paths = new ArrayList<>();
        YAML.readTree(TEMPLATES.resolve("xapp-environment.yaml").toFile()).path("Outputs").forEach(output -> {
            String description = output.path("Description").asText();
            if (description.startsWith(HELM_VALUE)) {
                paths.add(description.substring(HELM_VALUE.length()));
            }
        });

        assertThat(paths).as("the chart values our stack's outputs give").containsExactlyInAnyOrder(
                "events.region", "events.queueUrl", "events.dlqUrl", "events.busName",
                "bridge.serviceAccountAnnotations.eks\\.amazonaws\\.com/role-arn");
        for (String path : paths) {
            List<String> keys = keys(path);
            JsonNode parent = chartValues;
            for (String key : keys.subList(0, keys.size() - 1)) {
                parent = parent.path(key);
            }
            // A map the chart takes as a whole (annotations) gets a new key; anything else must exist already.
            assertThat(parent.isObject() && (parent.has(keys.get(keys.size() - 1)) || parent.isEmpty()))
                    .as("helm/xapp/values.yaml has %s", path).isTrue();
        }
    }

    /** {@code a.b\.c} is the keys {@code a} and {@code b.c}. */
    private static List<String> keys(String path) {
        return Arrays.stream(path.split("(?<!\\\\)\\.")).map(k -> k.replace("\\.", ".")).toList();
    }
}
