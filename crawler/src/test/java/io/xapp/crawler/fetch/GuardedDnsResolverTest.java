package io.xapp.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class GuardedDnsResolverTest {

    @Test
    void hostsResolvingToLoopbackAreRefusedUnlessAllowed() throws UnknownHostException {
        assertThatThrownBy(() -> new GuardedDnsResolver(false).resolve("localhost"))
                .isInstanceOf(BlockedAddressException.class).hasMessageContaining("localhost")
                .hasMessageContaining("loopback");
        assertThat(new GuardedDnsResolver(true).resolve("localhost")).allMatch(InetAddress::isLoopbackAddress);
    }

    @Test
    void literalAddressesAreCheckedToo() {
        assertThatThrownBy(() -> new GuardedDnsResolver(true).resolve("169.254.169.254"))
                .isInstanceOf(BlockedAddressException.class).hasMessageContaining("metadata");
        assertThatThrownBy(() -> new GuardedDnsResolver(true).resolve("[fd00::1]"))
                .isInstanceOf(BlockedAddressException.class).hasMessageContaining("unique-local");
    }

    @Test
    void returnsExactlyTheCheckedAddressesForTheConnection() throws UnknownHostException {
        assertThat(new GuardedDnsResolver(true).resolve("[::1]"))
                .containsExactly(InetAddress.getByName("::1"));
    }
}
