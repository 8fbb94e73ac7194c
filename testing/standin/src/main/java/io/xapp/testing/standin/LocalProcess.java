package io.xapp.testing.standin;

import io.xapp.testing.processes.ChildProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One process standing in for one Deployment; its output goes to workDir/logs/<namespace>/<name>.log. */
final class LocalProcess {

    private static final Logger LOG = LoggerFactory.getLogger(LocalProcess.class);

    private final String key;
    private final String deployment;
    private final Process process;
    private final int port;
    private final String fingerprint;
    private volatile String volumesFingerprint;

    private LocalProcess(String key, String deployment, Process process, int port, String fingerprint,
            String volumesFingerprint) {
        this.key = key;
        this.deployment = deployment;
        this.process = process;
        this.port = port;
        this.fingerprint = fingerprint;
        this.volumesFingerprint = volumesFingerprint;
    }

    /**
     * @param fingerprint        of what the process was started from (a change restarts it)
     * @param volumesFingerprint of its mounted ConfigMaps and Secrets (a change refreshes their files)
     */
    static LocalProcess start(String key, String deployment, List<String> command, PodMaterializer.Prepared pod,
            int port, String fingerprint, String volumesFingerprint, Path workDir) throws IOException {
        Path log = workDir.resolve("logs").resolve(key + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(pod.env());
        Process process = ChildProcesses.start(pb);
        LOG.info("{}: started pid {} on port {} (log {})", key, process.pid(), port, log);
        return new LocalProcess(key, deployment, process, port, fingerprint, volumesFingerprint);
    }

    String deployment() {
        return deployment;
    }

    int port() {
        return port;
    }

    String fingerprint() {
        return fingerprint;
    }

    String volumesFingerprint() {
        return volumesFingerprint;
    }

    void volumesFingerprint(String fingerprint) {
        this.volumesFingerprint = fingerprint;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String exitDescription() {
        return process.isAlive() ? "running" : "exit code " + process.exitValue();
    }

    /** SIGTERM, as the kubelet would, then SIGKILL after a grace period. */
    void stop() {
        ChildProcesses.stop(process, Duration.ofSeconds(15));
        LOG.info("{}: stopped", key);
    }
}
