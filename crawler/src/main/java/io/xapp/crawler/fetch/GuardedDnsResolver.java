package io.xapp.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Resolves a host once, refuses it when any of its addresses is not public, and hands exactly the checked addresses
 * to the HTTP client, which connects to them. Checking and connecting use the same answer, so a DNS rebinding
 * between the two cannot slip an internal address past the check.
 */
final class GuardedDnsResolver implements DnsResolver {

    private final boolean allowLoopback;
    private final List<NetworkRange> allowedNetworks;

    GuardedDnsResolver(boolean allowLoopback) {
        this(allowLoopback, List.of());
    }

    GuardedDnsResolver(boolean allowLoopback, List<NetworkRange> allowedNetworks) {
        this.allowLoopback = allowLoopback;
        this.allowedNetworks = List.copyOf(allowedNetworks);
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        for (InetAddress address : addresses) {
            var refusal = AddressGuard.refusal(address, allowLoopback, allowedNetworks);
            if (refusal.isPresent()) {
                throw new BlockedAddressException(host, address.getHostAddress(), refusal.get());
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
