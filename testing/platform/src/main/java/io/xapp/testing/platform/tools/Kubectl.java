package io.xapp.testing.platform.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * kubectl at the local control plane's pinned version, as a person runs it: with the cluster's kubeconfig and one
 * of its contexts ({@code xapp} the admin, {@code xapp-qa-alice} a QA reviewer; testing/README.md).
 */
public final class Kubectl {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final Path binary = ClusterBinaries.locate("kubectl", "xapp.kubectl");
    private final Path kubeconfig;
    private final String context;

    public Kubectl(Path kubeconfig, String context) {
        this.kubeconfig = kubeconfig;
        this.context = context;
    }

    /** Runs {@code kubectl --context <context> <args>}; fails with what it printed when it fails. */
    public String run(String... args) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--context", context));
        command.addAll(List.of(args));
        Command.Result r = Command.run(command, Map.of("KUBECONFIG", kubeconfig.toString()), TIMEOUT);
        if (!r.ok()) {
            throw new AssertionError(String.join(" ", command) + " failed (exit " + r.exitCode() + "):\n"
                    + r.output());
        }
        return r.stdout();
    }
}
