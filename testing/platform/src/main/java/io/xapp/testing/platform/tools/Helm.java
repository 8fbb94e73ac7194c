package io.xapp.testing.platform.tools;

import io.xapp.testing.support.Repo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The helm binary built with the local control plane at its pinned version ({@code testing/cluster bin-dir}),
 * or {@code -Dxapp.helm=<path>}. Runs one command at a time and returns what it printed.
 */
public final class Helm {

    public static final Path CHART = Repo.resolve("helm/xapp");
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);

    private final Path binary;
    private final Path kubeconfig;

    private Helm(Path binary, Path kubeconfig) {
        this.binary = binary;
        this.kubeconfig = kubeconfig;
    }

    /** Helm for offline commands (lint, template). */
    public static Helm offline() {
        return new Helm(locate(), null);
    }

    /** Helm against the cluster of {@code kubeconfig} (install, uninstall). */
    public static Helm forCluster(Path kubeconfig) {
        return new Helm(locate(), kubeconfig);
    }

    /** {@code helm lint --strict} of the chart with these values files. */
    public Command.Result lint(Path... valuesFiles) {
        List<String> args = new ArrayList<>(List.of("lint", "--strict", CHART.toString()));
        addValues(args, valuesFiles);
        return run(args);
    }

    /** {@code helm template} of the chart as release {@code release} in {@code namespace}. */
    public Command.Result template(String release, String namespace, Path... valuesFiles) {
        List<String> args = new ArrayList<>(List.of("template", release, CHART.toString(), "--namespace", namespace));
        addValues(args, valuesFiles);
        return run(args);
    }

    /** {@code helm upgrade --install --wait}: succeeds once every Deployment of the release is available. */
    public Command.Result install(String release, String namespace, Path... valuesFiles) {
        List<String> args = new ArrayList<>(List.of("upgrade", "--install", release, CHART.toString(),
                "--namespace", namespace, "--wait", "--timeout", "5m"));
        addValues(args, valuesFiles);
        return run(args);
    }

    public Command.Result uninstall(String release, String namespace) {
        return run(List.of("uninstall", release, "--namespace", namespace, "--wait", "--timeout", "3m"));
    }

    /** Installs or fails with everything helm said. */
    public void installOrFail(String release, String namespace, Path... valuesFiles) {
        Command.Result r = install(release, namespace, valuesFiles);
        if (!r.ok()) {
            throw new AssertionError("helm install of " + release + " into " + namespace + " failed (exit "
                    + r.exitCode() + "):\n" + r.output());
        }
    }

    private static void addValues(List<String> args, Path... valuesFiles) {
        for (Path file : valuesFiles) {
            args.add("--values");
            args.add(file.toString());
        }
    }

    public Command.Result run(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(args);
        return Command.run(command, kubeconfig == null ? Map.of() : Map.of("KUBECONFIG", kubeconfig.toString()),
                COMMAND_TIMEOUT);
    }

    private static Path locate() {
        return ClusterBinaries.locate("helm", "xapp.helm");
    }
}
