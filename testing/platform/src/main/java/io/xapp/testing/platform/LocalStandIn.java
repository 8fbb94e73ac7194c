package io.xapp.testing.platform;

import io.xapp.testing.standin.StandIn;
import io.xapp.testing.standin.StandInOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pod stand-in (testing/standin) in this JVM: kwok's Pods run nothing, so the stand-in runs the chart's and the
 * operator's Deployments as local processes from their real pod specs, with a path router in front of the runtimes.
 */
public final class LocalStandIn implements AutoCloseable {

    private static final int LOG_TAIL_LINES = 60;

    private final StandIn standIn;
    private final Path workDir;

    private LocalStandIn(StandIn standIn, Path workDir) {
        this.standIn = standIn;
        this.workDir = workDir;
    }

    /**
     * Runs the Deployments of {@code components} in {@code namespaces}.
     *
     * @param fixedPorts Deployment name to the port its process must listen on (e.g. the bridge, which runtimes
     *                   call at a URL fixed in the chart's values)
     * @param routerPort the path router's port ({@code /<runtime deployment>/...}), 0 for none
     */
    public static LocalStandIn start(Path kubeconfig, List<String> namespaces, Path workDir,
            Set<Component> components, Map<String, Integer> fixedPorts, int routerPort) {
        Map<String, List<String>> commands = EnumSet.copyOf(components).stream()
                .collect(Collectors.toMap(Component::imageRepository, Component::command));
        try {
            return new LocalStandIn(StandIn.start(new StandInOptions(kubeconfig, namespaces, workDir, commands,
                    fixedPorts, routerPort)), workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the pod stand-in in " + workDir, e);
        }
    }

    /** namespace/name of the Deployments whose processes run now. */
    public Set<String> running() {
        return standIn.processes().running();
    }

    public Optional<Integer> portOf(String deployment) {
        return standIn.processes().portOf(deployment);
    }

    /** The last lines of every process log (workDir/logs/<namespace>/<deployment>.log), for failure reports. */
    public String logTails() {
        Path logs = workDir.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return "(no process logs yet in " + logs + ")";
        }
        StringBuilder out = new StringBuilder("running: " + running() + "\n");
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path log : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
                out.append("\n--- ").append(log).append(" (last ").append(LOG_TAIL_LINES).append(" lines)\n");
                lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                        .forEach(l -> out.append(l).append('\n'));
            }
        } catch (IOException e) {
            out.append("cannot read the process logs: ").append(e);
        }
        return out.toString();
    }

    @Override
    public void close() {
        standIn.close();
    }
}
