package io.xapp.testing.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoopbackPortsTest {

    @Test
    void neverHandsOutOnePortTwice() {
        // The system may offer a port again as soon as the probe closes it; a test asking for several before it
        // binds any must still get distinct ones.
        Set<Integer> given = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(given.add(LoopbackPorts.free())).as("port %d handed out twice", i).isTrue();
        }
    }
}
