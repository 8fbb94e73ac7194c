package io.xapp.testing.support;

import io.xapp.testing.processes.ChildProcesses;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A packaged Java application ({@code java <jvm options> -jar <jar>}) as a child process, as a pod would run it, for
 * benchmarks and the tests that measure the shipped jar: started with its output appended to a log file (named in
 * every error), awaited until ready, measured from /proc, stopped or killed.
 */
public final class JarProcess implements AutoCloseable {

    private final ProcessBuilder builder;
    private final Path log;
    private volatile Process process;

    private JarProcess(ProcessBuilder builder, Path log) throws IOException {
        this.builder = builder;
        this.log = log;
        this.process = ChildProcesses.start(builder);
    }

    /**
     * Starts {@code java <jvmOptions> -jar <jar>} with {@code env} added to this process's environment.
     *
     * @param log where its output (stdout and stderr) is appended
     */
    public static JarProcess start(Path jar, List<String> jvmOptions, Map<String, String> env, Path log)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -pl <module> -am package)");
        }
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        return new JarProcess(pb, log);
    }

    /** The command line, for a log line. */
    public String command() {
        return String.join(" ", builder.command());
    }

    /** Starts the same command again (after it exited), appending to the same log. */
    public void restart() throws IOException {
        process = ChildProcesses.start(builder);
    }

    /** Waits until it exits; returns its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /**
     * Polls {@code ready} until it answers 200.
     *
     * @throws IllegalStateException with the end of the log when the process exits first, or after {@code timeout}
     */
    public void awaitReady(URI ready, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(command() + " exited with " + process.exitValue() + " before "
                        + ready + " answered; see " + log + ":\n" + logTail());
            }
            if (answers200(ready)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(ready + " was not ready within " + timeout + "; see " + log);
    }

    private static boolean answers200(URI uri) {
        try {
            HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
            c.setConnectTimeout(5000);
            c.setReadTimeout(5000);
            int status = c.getResponseCode();
            // Reading the body to its end returns the connection to the keep-alive cache.
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
            }
            return status == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }

    /** The last 30 lines of its log. */
    public String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Resident set size now, in MiB (VmRSS). */
    public long rssMiB() throws IOException {
        return status("VmRSS:") / 1024;
    }

    /** The largest resident set size since the (last) start, in MiB (VmHWM). */
    public long peakRssMiB() throws IOException {
        return status("VmHWM:") / 1024;
    }

    /** User plus system CPU time of this process so far. */
    public Duration cpuTime() throws IOException {
        return cpuTime(process.pid());
    }

    /** User plus system CPU time of live process {@code pid} so far, from /proc/<pid>/stat. */
    public static Duration cpuTime(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); // fields[0] is field 3, the state
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime: fields 14 and 15
        return Duration.ofMillis(ticks * 10); // USER_HZ is 100 on Linux
    }

    private long status(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** SIGKILL, as a node failure would: nothing of it runs after this, not even its shutdown hooks. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM (a clean shutdown), SIGKILL after 60 s. */
    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(60));
    }
}
