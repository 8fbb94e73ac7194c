package io.xapp.bridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** H2 file databases write every commit at once; other URLs, and a WRITE_DELAY set by hand, are left alone. */
class DurableUrlTest {

    @Test
    void anH2FileDatabaseWritesEveryCommitAtOnce() {
        assertThat(Database.durable("jdbc:h2:file:/var/lib/xapp-bridge/bridge"))
                .isEqualTo("jdbc:h2:file:/var/lib/xapp-bridge/bridge;WRITE_DELAY=0");
        assertThat(Database.durable("jdbc:h2:file:/data/b;write_delay=200"))
                .isEqualTo("jdbc:h2:file:/data/b;write_delay=200");
        assertThat(Database.durable("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(Database.durable("jdbc:postgresql://db:5432/bridge")).isEqualTo("jdbc:postgresql://db:5432/bridge");
    }
}
