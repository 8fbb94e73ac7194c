package io.xapp.operator.bench;

import io.xapp.testing.support.JarProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the operator and of each control-plane process (testing/cluster's pid files), so a burst's figures
 * say which process the machine's cores went to. Two readings subtract to what was used in between.
 */
final class ProcessCpu {

    private final Map<String, Duration> byProcess;

    private ProcessCpu(Map<String, Duration> byProcess) {
        this.byProcess = byProcess;
    }

    static ProcessCpu read(long operatorPid, Path clusterDir) throws IOException {
        Map<String, Duration> byProcess = new LinkedHashMap<>();
        byProcess.put("operator", JarProcess.cpuTime(operatorPid));
        try (Stream<Path> pidFiles = Files.list(clusterDir.resolve("run"))) {
            for (Path pidFile : pidFiles.filter(p -> p.toString().endsWith(".pid")).sorted().toList()) {
                String name = pidFile.getFileName().toString().replace(".pid", "");
                try {
                    byProcess.put(name, JarProcess.cpuTime(Long.parseLong(Files.readString(pidFile).trim())));
                } catch (IOException | NumberFormatException e) {
                    // A component that is not running has no CPU time to show.
                }
            }
        }
        return new ProcessCpu(byProcess);
    }

    /** What each process used since {@code earlier}, in seconds and per one of {@code units} {@code unit}s. */
    String since(ProcessCpu earlier, int units, String unit) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        byProcess.forEach((name, cpu) -> seconds.put(name,
                (cpu.toMillis() - earlier.byProcess.getOrDefault(name, Duration.ZERO).toMillis()) / 1000.0));
        seconds.put("all", seconds.values().stream().mapToDouble(Double::doubleValue).sum());
        StringBuilder s = new StringBuilder();
        seconds.forEach((name, used) -> s.append(String.format("  %-24s %7.1f s, %5.1f ms per %s%n", name, used,
                1000 * used / units, unit)));
        return s.toString();
    }
}
