package io.xapp.crawler.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether the crawler may connect to an address. Refuses everything that is not the public internet, so a
 * hostile or mistaken site cannot make us reach internal services (SSRF), whatever its DNS answers.
 */
public final class AddressGuard {

    private AddressGuard() {
    }

    private static final String METADATA = "cloud metadata";

    /**
     * Why the address is refused, or empty when it may be fetched: public addresses, loopback when allowed, and
     * addresses in {@code allowedNetworks}, which an operator named explicitly. The cloud metadata address stays
     * refused even inside an allowed network, since nothing a customer's site needs lives there.
     */
    public static Optional<String> refusal(InetAddress address, boolean allowLoopback,
            List<NetworkRange> allowedNetworks) {
        Optional<String> refusal = refusal(address, allowLoopback);
        if (refusal.isEmpty() || refusal.get().contains(METADATA)) {
            return refusal;
        }
        for (NetworkRange network : allowedNetworks) {
            if (network.contains(address)) {
                return Optional.empty();
            }
        }
        return refusal;
    }

    /** Why the address is refused, or empty when it may be fetched. */
    public static Optional<String> refusal(InetAddress address, boolean allowLoopback) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4Refusal(b, 0, allowLoopback);
        }
        if (address instanceof Inet6Address) {
            return ipv6Refusal(b, allowLoopback);
        }
        return Optional.of("unknown address family");
    }

    private static Optional<String> ipv4Refusal(byte[] b, int off, boolean allowLoopback) {
        int a0 = b[off] & 0xff;
        int a1 = b[off + 1] & 0xff;
        int a2 = b[off + 2] & 0xff;
        int a3 = b[off + 3] & 0xff;
        if (a0 == 127) {
            return allowLoopback ? Optional.empty() : Optional.of("loopback address (127.0.0.0/8)");
        }
        if (a0 == 169 && a1 == 254 && a2 == 169 && a3 == 254) {
            return Optional.of(METADATA + " address (169.254.169.254)");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local address (169.254.0.0/16)");
        }
        if (a0 == 10) {
            return Optional.of("private address (10.0.0.0/8)");
        }
        if (a0 == 172 && (a1 & 0xf0) == 16) {
            return Optional.of("private address (172.16.0.0/12)");
        }
        if (a0 == 192 && a1 == 168) {
            return Optional.of("private address (192.168.0.0/16)");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("carrier-grade NAT address (100.64.0.0/10)");
        }
        if (a0 == 0) {
            return Optional.of("unspecified address (0.0.0.0/8)");
        }
        if (a0 == 192 && a1 == 0 && a2 == 0) {
            return Optional.of("IETF protocol address (192.0.0.0/24)");
        }
        if (a0 == 198 && (a1 & 0xfe) == 18) {
            return Optional.of("benchmarking address (198.18.0.0/15)");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("multicast address (224.0.0.0/4)");
        }
        if (a0 >= 240) {
            return Optional.of("reserved or broadcast address (240.0.0.0/4)");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Refusal(byte[] b, boolean allowLoopback) {
        if (isZero(b, 0, 16)) {
            return Optional.of("unspecified address (::)");
        }
        if (isZero(b, 0, 15) && b[15] == 1) {
            return allowLoopback ? Optional.empty() : Optional.of("loopback address (::1)");
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if ((b0 & 0xfe) == 0xfc) {
            return Optional.of("IPv6 unique-local address (fc00::/7)");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return Optional.of("IPv6 link-local address (fe80::/10)");
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return Optional.of("IPv6 site-local address (fec0::/10)");
        }
        if (b0 == 0xff) {
            return Optional.of("IPv6 multicast address (ff00::/8)");
        }
        // Forms that embed an IPv4 address: judge the embedded address.
        boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = isZero(b, 0, 12);
        boolean nat64 = b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && isZero(b, 4, 8);
        if (mapped || compatible || nat64) {
            return ipv4Refusal(b, 12, allowLoopback).map(r -> "IPv6 form of " + r);
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return ipv4Refusal(b, 2, allowLoopback).map(r -> "6to4 form of " + r);
        }
        return Optional.empty();
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
