package io.xapp.testing.platform.tools;

import io.xapp.testing.processes.ChildProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external command to its end and keeps what it printed, stdout and stderr apart. */
public final class Command {

    private Command() {
    }

    public record Result(int exitCode, String stdout, String stderr) {

        public boolean ok() {
            return exitCode == 0;
        }

        /** Everything the command printed, for assertion messages. */
        public String output() {
            return stdout + stderr;
        }
    }

    /** Runs {@code command} with {@code environment} added to this JVM's; fails if it outlasts {@code timeout}. */
    public static Result run(List<String> command, Map<String, String> environment, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(environment);
        try {
            // Files, not pipes: a chatty command never blocks on a full pipe while we wait for it.
            Path out = Files.createTempFile("command-", ".out");
            Path err = Files.createTempFile("command-", ".err");
            try {
                Process p = ChildProcesses.start(pb.redirectOutput(out.toFile()).redirectError(err.toFile()));
                p.getOutputStream().close();
                if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout
                            .toSeconds() + " s; it printed:\n" + Files.readString(out) + Files.readString(err));
                }
                return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
