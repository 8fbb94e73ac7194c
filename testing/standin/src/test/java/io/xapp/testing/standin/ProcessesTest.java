package io.xapp.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessesTest {

    @Test
    void neverGivesTwoProcessesOnePort() {
        // The system may offer a port again as soon as the probe closes it; two processes started in one pass once
        // both got it, and the second restarted forever on a port taken.
        StandInOptions options = new StandInOptions(Path.of("kubeconfig"), List.of("ns"), Path.of("work"), Map.of(),
                Map.of(), 0);
        try (Processes processes = new Processes(null, options)) {
            Set<Integer> given = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                assertThat(given.add(processes.freePort())).as("port %d given twice", i).isTrue();
            }
        }
    }
}
