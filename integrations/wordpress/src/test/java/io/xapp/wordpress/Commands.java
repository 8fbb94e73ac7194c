package io.xapp.wordpress;

import io.xapp.testing.processes.ChildProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Debian tools the test needs (mariadb, php, cp) and fails with what they said. */
final class Commands {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private Commands() {
    }

    /** Runs {@code command} to its end and returns its standard output; fails when it exits non-zero. */
    static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of(
                    "/dev/null").toFile())).start();
            // Small outputs: read both to the end, then wait.
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within " + TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n"
                        + out + err);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + " (scripts/setup.sh installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.get(0), e);
        }
    }

    /** Starts a server process with its output in {@code log}; stopped with this JVM if it is still running. */
    static Process start(List<String> command, Path log) {
        try {
            return ChildProcesses.start(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null")
                            .toFile())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0) + " (scripts/setup.sh installs it)", e);
        }
    }

    /** Stops a server process and the processes it started (PHP's workers): SIGTERM, then SIGKILL after 20 s. */
    static void stop(Process process) {
        if (process != null) {
            ChildProcesses.stop(process, Duration.ofSeconds(20));
        }
    }
}
