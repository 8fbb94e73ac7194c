package io.xapp.testing.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChildProcessesTest {

    @Test
    void stopEndsTheProcessAndItsDescendants() throws Exception {
        Process shell = ChildProcesses.start(new ProcessBuilder("bash", "-c", "sleep 300 & echo $!; wait"));
        ProcessHandle sleep = ProcessHandle.of(firstLine(shell)).orElseThrow();

        ChildProcesses.stop(shell, Duration.ofSeconds(10));

        assertThat(shell.isAlive()).isFalse();
        assertThat(sleep.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    @Test
    void stopKillsWhatIgnoresSigtermAfterTheGracePeriod() throws Exception {
        // An ignored signal stays ignored in the children, so the sleep ignores SIGTERM too.
        Process shell = ChildProcesses.start(new ProcessBuilder("bash", "-c",
                "trap '' TERM; sleep 300 & echo $!; wait"));
        ProcessHandle sleep = ProcessHandle.of(firstLine(shell)).orElseThrow();

        ChildProcesses.stop(shell, Duration.ofMillis(500));

        assertThat(shell.isAlive()).isFalse();
        assertThat(sleep.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    /** What a benchmark stopped with Ctrl-C or {@code kill} would leave: a JVM ended by SIGTERM, not by close(). */
    @Test
    void aJvmEndedBySigtermStopsWhatItStarted() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StartsASleepAndWaits.class.getName()).redirectErrorStream(true).start();
        ProcessHandle sleep = ProcessHandle.of(firstLine(jvm)).orElseThrow();

        jvm.destroy(); // SIGTERM
        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(sleep.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    /** Starts {@code sleep 300}, prints its pid, and waits to be ended. */
    static final class StartsASleepAndWaits {
        public static void main(String[] args) throws Exception {
            Process sleep = ChildProcesses.start(new ProcessBuilder(List.of("sleep", "300")));
            System.out.println(sleep.pid());
            System.out.flush();
            sleep.waitFor();
        }
    }

    private static long firstLine(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        return Long.parseLong(out.readLine().trim());
    }
}
