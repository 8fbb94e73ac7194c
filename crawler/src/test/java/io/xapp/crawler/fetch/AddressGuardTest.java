package io.xapp.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

    @ParameterizedTest
    @CsvSource({
            "10.1.2.3, private",
            "172.16.0.1, private",
            "172.31.255.255, private",
            "192.168.1.1, private",
            "100.64.0.1, carrier-grade NAT",
            "127.0.0.1, loopback",
            "127.8.9.10, loopback",
            "169.254.169.254, cloud metadata",
            "169.254.10.10, link-local",
            "0.0.0.0, unspecified",
            "224.0.0.1, multicast",
            "255.255.255.255, broadcast",
            "::, unspecified",
            "::1, loopback",
            "fc00::1, unique-local",
            "fd12:3456::1, unique-local",
            "fe80::1, link-local",
            "ff02::1, multicast",
            "::ffff:10.0.0.1, private",
            "::ffff:169.254.169.254, cloud metadata",
            "::ffff:127.0.0.1, loopback",
            "64:ff9b::a9fe:a9fe, cloud metadata",
            "2002:0a00:0001::1, private",
    })
    void refusesNonPublicAddresses(String ip, String why) throws UnknownHostException {
        assertThat(AddressGuard.refusal(InetAddress.getByName(ip), false)).hasValueSatisfying(r ->
                assertThat(r).contains(why));
    }

    @ParameterizedTest
    @CsvSource({"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:2800:220:1::1", "1.1.1.1"})
    void allowsPublicAddresses(String ip) throws UnknownHostException {
        assertThat(AddressGuard.refusal(InetAddress.getByName(ip), false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1", "::1", "::ffff:127.0.0.1"})
    void allowsLoopbackOnlyWhenAsked(String ip) throws UnknownHostException {
        assertThat(AddressGuard.refusal(InetAddress.getByName(ip), true)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.1", "169.254.169.254", "fd00::1", "fe80::1"})
    void allowingLoopbackAllowsNothingElse(String ip) throws UnknownHostException {
        assertThat(AddressGuard.refusal(InetAddress.getByName(ip), true)).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"10.96.200.200", "10.96.0.1", "fd00:10::5"})
    void allowsAnExplicitlyAllowedNetwork(String ip) throws UnknownHostException {
        var networks = NetworkRange.parseAll(List.of("10.96.0.0/16", "fd00:10::/64"));
        assertThat(AddressGuard.refusal(InetAddress.getByName(ip), false, networks)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "10.97.0.1, private",
            "192.168.1.1, private",
            "127.0.0.1, loopback",
            "fd00:11::1, unique-local",
            "169.254.169.254, cloud metadata",
    })
    void anAllowedNetworkAllowsNothingOutsideIt(String ip, String why) throws UnknownHostException {
        var networks = NetworkRange.parseAll(List.of("10.96.0.0/16", "fd00:10::/64", "169.254.169.0/24"));
        assertThat(AddressGuard.refusal(InetAddress.getByName(ip), false, networks)).hasValueSatisfying(r ->
                assertThat(r).contains(why));
    }

    @org.junit.jupiter.api.Test
    void theCloudMetadataAddressStaysRefusedEvenInsideAnAllowedNetwork() throws UnknownHostException {
        var networks = NetworkRange.parseAll(List.of("169.254.0.0/16"));
        assertThat(AddressGuard.refusal(InetAddress.getByName("169.254.10.10"), false, networks)).isEmpty();
        assertThat(AddressGuard.refusal(InetAddress.getByName("169.254.169.254"), false, networks))
                .hasValueSatisfying(r -> assertThat(r).contains("cloud metadata"));
    }
}
