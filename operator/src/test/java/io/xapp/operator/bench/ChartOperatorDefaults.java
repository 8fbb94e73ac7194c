package io.xapp.operator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator as the chart runs it by default: the environment of its container ({@code helm template} with the
 * chart's default values) and the JVM the container gives it. Inside a container the JVM sizes itself from the
 * cgroup limits; a process here sees the whole machine, so the limits are passed as {@code -XX:MaxRAM} and
 * {@code -XX:ActiveProcessorCount} (what the JVM would read from the cgroup), beside the chart's
 * {@code JAVA_TOOL_OPTIONS}.
 *
 * @param environment the container's literal environment values, without the ones that name files or namespaces
 *                    of the Pod (the benchmark sets those)
 * @param jvmLimits   {@code -XX:MaxRAM=<memory limit>} and {@code -XX:ActiveProcessorCount=<cpu limit>}
 */
record ChartOperatorDefaults(Map<String, String> environment, List<String> jvmLimits) {

    /** Set by the benchmark for its own process rather than taken from the chart. */
    private static final Set<String> POD_SPECIFIC = Set.of("XAPP_PARTNER_CONFIG", "XAPP_ASSISTANT_TOKEN_KEY_FILE",
            "QUARKUS_OPERATOR_SDK_NAMESPACES");

    static ChartOperatorDefaults render(Path helm, Path chart) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(helm.toString(), "template", "bench", chart.toString(), "--namespace", "bench")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("helm template " + chart + " failed (exit " + p.exitValue() + ")");
        }
        Deployment operator = operatorDeployment(out);
        Container c = operator.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar v : c.getEnv()) {
            if (v.getValue() != null && !POD_SPECIFIC.contains(v.getName())) {
                env.put(v.getName(), v.getValue());
            }
        }
        Map<String, Quantity> limits = c.getResources().getLimits();
        List<String> jvm = new ArrayList<>();
        if (limits.containsKey("memory")) {
            jvm.add("-XX:MaxRAM=" + Quantity.getAmountInBytes(limits.get("memory")).toBigInteger());
        }
        if (limits.containsKey("cpu")) {
            BigDecimal cores = Quantity.getAmountInBytes(limits.get("cpu")).setScale(0, RoundingMode.CEILING);
            jvm.add("-XX:ActiveProcessorCount=" + Math.max(1, cores.intValue()));
        }
        return new ChartOperatorDefaults(env, List.copyOf(jvm));
    }

    private static Deployment operatorDeployment(byte[] rendered) throws IOException {
        try (MappingIterator<JsonNode> docs = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class)
                .readValues(rendered)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && "Deployment".equals(doc.path("kind").asText())
                        && doc.path("metadata").path("name").asText().endsWith("-operator")) {
                    return Serialization.unmarshal(doc.toString(), Deployment.class);
                }
            }
        }
        throw new IllegalStateException("the chart renders no operator Deployment");
    }

    String describe() {
        return "JAVA_TOOL_OPTIONS=\"" + environment.getOrDefault("JAVA_TOOL_OPTIONS", "") + "\" " + String.join(" ",
                jvmLimits);
    }
}
