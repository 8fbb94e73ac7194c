package io.xapp.testing.processes;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The processes a test or benchmark JVM starts (operators, bridges, runtimes, moto, browsers), none of which may
 * outlive it. A JVM stopped by SIGTERM (Ctrl-C, a CI timeout, {@code kill}) runs its shutdown hooks but not the
 * {@code close()} of what it started, and a runtime or an operator left behind keeps its port, its work directory and
 * its watches for the next run. One shutdown hook stops what is still running, as the kubelet stops a pod: SIGTERM to
 * each process and its descendants, SIGKILL to what is left after a grace period.
 */
public final class ChildProcesses {

    // The kubelet's default (terminationGracePeriodSeconds); a process that exits sooner is not waited for.
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(List.copyOf(RUNNING), SHUTDOWN_GRACE),
                "child-processes-stop"));
    }

    private ChildProcesses() {
    }

    /** Starts {@code builder}'s command; it is stopped when this JVM exits if it is still running then. */
    public static Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        RUNNING.add(process);
        process.onExit().thenRun(() -> RUNNING.remove(process));
        return process;
    }

    /**
     * SIGTERM to {@code process} and its descendants (a shell's children would otherwise be orphaned), SIGKILL to
     * whichever of them is still running after {@code grace}; returns when all have exited or been killed.
     */
    public static void stop(Process process, Duration grace) {
        stop(List.of(process), grace);
    }

    private static void stop(List<Process> processes, Duration grace) {
        List<ProcessHandle> all = processes.stream()
                .flatMap(p -> Stream.concat(Stream.of(p.toHandle()), p.descendants()))
                .toList();
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            for (ProcessHandle handle : all) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    handle.onExit().get(left, TimeUnit.NANOSECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | ExecutionException graceOver) {
            // What is still running is killed below.
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        for (Process process : processes) {
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
