package io.xapp.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkRangeTest {

    @ParameterizedTest
    @CsvSource({
            "10.96.0.0/12, 10.96.0.1, true",
            "10.96.0.0/12, 10.111.255.255, true",
            "10.96.0.0/12, 10.112.0.0, false",
            "172.18.0.7/16, 172.18.200.1, true",
            "172.18.0.0/16, 172.19.0.1, false",
            "10.96.200.200, 10.96.200.200, true",
            "10.96.200.200, 10.96.200.201, false",
            "fd00:10::/64, fd00:10::abcd, true",
            "fd00:10::/64, fd00:11::1, false",
            "10.0.0.0/8, fd00::1, false",
    })
    void containsTheAddressesOfItsPrefix(String cidr, String address, boolean expected)
            throws UnknownHostException {
        assertThat(NetworkRange.parse(cidr).contains(InetAddress.getByName(address))).isEqualTo(expected);
    }

    @Test
    void clearsHostBitsAndPrintsAsCidr() {
        assertThat(NetworkRange.parse(" 172.18.0.7/16 ")).hasToString("172.18.0.0/16");
        assertThat(NetworkRange.parse("10.96.200.200")).hasToString("10.96.200.200/32");
        assertThat(NetworkRange.parse("172.18.0.7/16")).isEqualTo(NetworkRange.parse("172.18.0.0/16"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "::/0", "10.0.0.0/33", "fd00::/129", "10.0.0.0/x", "10.0.0/8",
            "300.1.1.1/8", "site.svc.cluster.local/32", "cafe/16", "", "10.0.0.0/-1"})
    void refusesWhatIsNotANetworkOrWouldAllowEverything(String cidr) {
        assertThatThrownBy(() -> NetworkRange.parse(cidr)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowed network '" + cidr + "' is invalid")
                .hasMessageContaining("e.g. 172.18.0.0/16");
    }

    @Test
    void aListFailsOnItsFirstInvalidEntry() {
        assertThat(NetworkRange.parseAll(null)).isEmpty();
        assertThat(NetworkRange.parseAll(List.of("10.96.0.0/12", "fd00::/8"))).hasSize(2);
        assertThatThrownBy(() -> NetworkRange.parseAll(List.of("10.96.0.0/12", "0.0.0.0/0")))
                .hasMessageContaining("would allow every address");
    }
}
