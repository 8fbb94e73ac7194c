package io.xapp.testing.kube;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code testing/cluster} of this repository. Package-private: tests use
 * {@link KubeCluster}.
 */
final class ClusterScript {

    /** System property naming the repository root (the directory that holds {@code testing/cluster}). */
    static final String REPO_ROOT_PROPERTY = "xapp.repo.root";

    private final Path script;
    private final Path clusterDir;

    ClusterScript(Path script, Path clusterDir) {
        this.script = script;
        this.clusterDir = clusterDir;
    }

    static ClusterScript locate(Path clusterDir) {
        return new ClusterScript(findScript(), clusterDir);
    }

    Path script() {
        return script;
    }

    /**
     * Finds {@code testing/cluster}: from the system property {@value #REPO_ROOT_PROPERTY}
     * if set, else by walking up from the working directory.
     */
    static Path findScript() {
        String root = System.getProperty(REPO_ROOT_PROPERTY);
        if (root != null && !root.isBlank()) {
            Path candidate = Path.of(root).toAbsolutePath().normalize().resolve("testing/cluster");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            throw new IllegalStateException("-D" + REPO_ROOT_PROPERTY + "=" + root
                    + " does not contain testing/cluster");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("testing/cluster");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find testing/cluster above " + Path.of("").toAbsolutePath()
                + "; run the tests inside the repository or set -D" + REPO_ROOT_PROPERTY + "=<repo root>");
    }

    /** Runs {@code testing/cluster <args>}, copying its output to stderr, and returns its exit code. */
    int run(long timeoutSeconds, String... args) {
        return run(timeoutSeconds, true, args);
    }

    /** As {@link #run(long, String...)}; with {@code echo} false the output is dropped. */
    int run(long timeoutSeconds, boolean echo, String... args) {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XAPP_CLUSTER_DIR", clusterDir.toString());
        try {
            Process process = pb.start();
            process.getOutputStream().close();
            // Copy through System.err rather than inheriting the file descriptors:
            // a forked Surefire JVM uses its stdout as a protocol channel.
            Thread pump = new Thread(() -> {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (echo) {
                            System.err.println(line);
                        }
                    }
                } catch (IOException ignored) {
                    // the process is gone
                }
            }, "testing/cluster " + String.join(" ", args));
            pump.setDaemon(true);
            pump.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("testing/cluster " + String.join(" ", args)
                        + " did not finish within " + timeoutSeconds + "s");
            }
            pump.join(5_000);
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
