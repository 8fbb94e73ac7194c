package io.xapp.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * A network in CIDR notation ({@code 10.96.0.0/12}, {@code fd00:10::/64}) that an operator explicitly trusts for
 * crawling, e.g. a test site inside a kind cluster. Only IP literals are accepted, never host names, so parsing
 * makes no DNS query and the range cannot move.
 *
 * @param network      the first address of the range (host bits cleared)
 * @param prefixLength the number of leading bits that must match
 */
public record NetworkRange(InetAddress network, int prefixLength) {

    public NetworkRange {
        int bits = network.getAddress().length * 8;
        if (prefixLength < 1 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length /" + prefixLength + " of " + network.getHostAddress()
                    + " must be between /1 and /" + bits);
        }
        network = masked(network, prefixLength);
    }

    /**
     * Parses {@code address/prefix}. A bare address means a single host (/32 or /128). {@code /0} is refused: it
     * would switch the crawler's address guard off entirely; name the networks meant instead.
     *
     * @throws IllegalArgumentException with what is wrong and an example of what is right
     */
    public static NetworkRange parse(String cidr) {
        String text = cidr == null ? "" : cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        InetAddress ip = literal(address, cidr);
        int bits = ip.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw invalid(cidr, "the prefix length after '/' is not a number");
            }
        }
        if (prefix == 0) {
            throw invalid(cidr, "a /0 network would allow every address; name the networks you mean");
        }
        if (prefix < 0 || prefix > bits) {
            throw invalid(cidr, "the prefix length must be between 1 and " + bits);
        }
        return new NetworkRange(ip, prefix);
    }

    /** Parses each entry; the first invalid one fails the whole list. */
    public static List<NetworkRange> parseAll(List<String> cidrs) {
        return cidrs == null ? List.of() : cidrs.stream().map(NetworkRange::parse).toList();
    }

    /** Whether {@code address} lies in this range (an IPv4 range holds no IPv6 address and the other way round). */
    public boolean contains(InetAddress address) {
        if (address.getAddress().length != network.getAddress().length) {
            return false;
        }
        return masked(address, prefixLength).equals(network);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }

    private static InetAddress literal(String address, String original) {
        boolean ipv4 = !address.isEmpty() && address.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        boolean ipv6 = address.indexOf(':') >= 0 && address.chars().allMatch(c -> c == ':' || c == '.'
                || Character.digit(c, 16) >= 0);
        if (ipv4 && !strictIpv4(address)) {
            throw invalid(original, "not an IPv4 address of four numbers 0-255");
        }
        if (!ipv4 && !ipv6) {
            throw invalid(original, "not an IP address (host names are not accepted)");
        }
        try {
            // Only literals reach here, which InetAddress parses without a DNS query.
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw invalid(original, "not an IP address");
        }
    }

    private static boolean strictIpv4(String address) {
        String[] parts = address.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress masked(InetAddress address, int prefixLength) {
        byte[] b = address.getAddress();
        for (int i = 0; i < b.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
            b[i] = (byte) (b[i] & (0xff << (8 - keep)));
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4 or 16 byte address is always valid", e);
        }
    }

    private static IllegalArgumentException invalid(String cidr, String why) {
        return new IllegalArgumentException("allowed network '" + cidr + "' is invalid: " + why
                + " (expected CIDR notation, e.g. 172.18.0.0/16 or fd00::/64)");
    }
}
