package io.xapp.operator.bench;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API server's own count of write requests ({@code apiserver_request_total} with a mutating verb), by
 * {@code resource verb}, read from its metrics. Two readings subtract to what was written in between.
 */
final class ApiServerWrites {

    private static final Pattern SAMPLE = Pattern.compile(
            "^apiserver_request_total\\{(?<labels>[^}]*)} (?<value>[0-9.e+]+)$", Pattern.MULTILINE);
    private static final List<String> WRITE_VERBS = List.of("POST", "PUT", "PATCH", "DELETE", "APPLY");

    private final Map<String, Double> counts;

    private ApiServerWrites(Map<String, Double> counts) {
        this.counts = counts;
    }

    static ApiServerWrites read(KubernetesClient admin) {
        Map<String, Double> counts = new TreeMap<>();
        Matcher m = SAMPLE.matcher(admin.raw("/metrics"));
        while (m.find()) {
            String labels = m.group("labels");
            String verb = label(labels, "verb");
            if (WRITE_VERBS.contains(verb)) {
                String key = label(labels, "resource") + (label(labels, "subresource").isEmpty() ? ""
                        : "/" + label(labels, "subresource")) + " " + verb;
                counts.merge(key, Double.parseDouble(m.group("value")), Double::sum);
            }
        }
        return new ApiServerWrites(counts);
    }

    /** What was written between {@code earlier} and this reading. */
    ApiServerWrites since(ApiServerWrites earlier) {
        Map<String, Double> d = new TreeMap<>();
        counts.forEach((k, v) -> {
            double delta = v - earlier.counts.getOrDefault(k, 0.0);
            if (delta > 0) {
                d.put(k, delta);
            }
        });
        return new ApiServerWrites(d);
    }

    double total() {
        return counts.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Writes to anything but Leases (the operator's and the kwok nodes' renewals). */
    double excludingLeases() {
        return counts.entrySet().stream().filter(e -> !e.getKey().startsWith("leases "))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        counts.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append('=').append(Math.round(v)));
        return "{" + s + "}";
    }

    private static String label(String labels, String name) {
        Matcher m = Pattern.compile("(?:^|,)" + name + "=\"([^\"]*)\"").matcher(labels);
        return m.find() ? m.group(1) : "";
    }
}
