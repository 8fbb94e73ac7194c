package io.xapp.testing.platform.tools;

import io.xapp.testing.support.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The binaries built with the local control plane at their pinned versions ({@code testing/cluster bin-dir}). */
final class ClusterBinaries {

    private ClusterBinaries() {
    }

    /** {@code -D<property>} when set, else the pinned binary {@code name}, built once if missing. */
    static Path locate(String name, String property) {
        String explicit = System.getProperty(property);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Path binary = Path.of(clusterScript("bin-dir")).resolve(name);
        if (!Files.isExecutable(binary)) {
            // A fresh machine: build the pinned binaries once (cached; see testing/README.md).
            clusterScript("build");
        }
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " is missing after `testing/cluster build`; see its output");
        }
        return binary;
    }

    private static String clusterScript(String command) {
        Path script = Repo.resolve("testing/cluster");
        try {
            Process p = new ProcessBuilder("bash", script.toString(), command)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(60, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(script + " " + command + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
    }
}
