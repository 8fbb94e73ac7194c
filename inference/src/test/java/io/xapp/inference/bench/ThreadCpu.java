package io.xapp.inference.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a process's CPU goes, by kind of thread (/proc/PID/task): the model (the batcher's workers and ONNX
 * Runtime's own pool threads, which take the name of the thread that loaded the model), HTTP (Vert.x), the JIT, the
 * rest.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /** CPU ticks (10 ms) used so far per group. */
    static Map<String, Long> byGroup(long pid) throws IOException {
        Map<String, Long> groups = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    groups.merge(group(Files.readString(task.resolve("comm")).strip()),
                            Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException threadEnded) {
                    // gone between the listing and the read
                }
            }
        }
        return groups;
    }

    private static String group(String comm) {
        if (comm.startsWith("inference-worke") || comm.startsWith("model-loader")) {
            return "model";
        }
        if (comm.startsWith("vert.x")) {
            return "HTTP";
        }
        if (comm.contains("Compiler")) {
            return "JIT";
        }
        return "other";
    }

    /** "model 80%, HTTP 15%, ..." of the CPU used between the two readings. */
    static String shares(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new TreeMap<>();
        after.forEach((g, t) -> used.put(g, t - before.getOrDefault(g, 0L)));
        long total = Math.max(1, used.values().stream().mapToLong(Long::longValue).sum());
        return used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + Math.round(100.0 * e.getValue() / total) + "%")
                .collect(Collectors.joining(", "));
    }
}
