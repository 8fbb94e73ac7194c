package io.xapp.operator.bench;

import io.xapp.testing.support.JarProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packaged operator as a process, started again whenever it exits until {@link #close()}, as the kubelet would:
 * under a burst a Lease renewal can time out, and the operator then exits on purpose
 * (leader-election.exit-on-stop-leading). Reads its memory from /proc and asks it for a GC and a class histogram
 * with jcmd.
 */
final class OperatorProcess implements AutoCloseable {

    private final JarProcess process;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile boolean stopping;

    private OperatorProcess(JarProcess process) {
        this.process = process;
        Thread watcher = new Thread(this::restartOnExit, "operator-supervisor");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Starts {@code java <jvmOptions> -jar <jar>} with {@code env} added to this process's environment. */
    static OperatorProcess start(Path jar, List<String> jvmOptions, Map<String, String> env, Path log)
            throws IOException {
        JarProcess process = JarProcess.start(jar, jvmOptions, env, log);
        System.err.println("operator: " + process.command() + "; log: " + log);
        return new OperatorProcess(process);
    }

    private void restartOnExit() {
        while (!stopping) {
            try {
                int code = process.waitFor();
                if (stopping) {
                    return;
                }
                System.err.printf("operator exited with %d; restarting it (restart %d)%n", code,
                        restarts.incrementAndGet());
                process.restart();
            } catch (Exception e) {
                System.err.println("could not restart the operator: " + e);
                return;
            }
        }
    }

    /** The process id of the operator now running. */
    long pid() {
        return process.pid();
    }

    int restarts() {
        return restarts.get();
    }

    /** Resident set size now, in MiB. */
    long rssMiB() throws IOException {
        return process.rssMiB();
    }

    /** The largest resident set size since the (last) start, in MiB. */
    long peakRssMiB() throws IOException {
        return process.peakRssMiB();
    }

    void gc() throws IOException, InterruptedException {
        jcmd("GC.run");
    }

    /** {@code jcmd GC.class_histogram} (a full GC first: live objects only), as printed. */
    String classHistogram() throws IOException, InterruptedException {
        return jcmd("GC.class_histogram");
    }

    /** {@code jcmd VM.native_memory summary} (only with -XX:NativeMemoryTracking=summary), as printed. */
    String nativeMemory() throws IOException, InterruptedException {
        return jcmd("VM.native_memory", "summary");
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("jcmd", Long.toString(process.pid())));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        process.close();
    }
}
