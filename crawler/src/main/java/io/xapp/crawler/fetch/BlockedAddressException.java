package io.xapp.crawler.fetch;

import java.net.UnknownHostException;

/**
 * A host resolved to an address the crawler must not reach. Extends {@link UnknownHostException} because it is
 * thrown from DNS resolution inside the HTTP client, where only that type may pass.
 */
public class BlockedAddressException extends UnknownHostException {

    public BlockedAddressException(String host, String address, String why) {
        super("refused to connect to " + host + " (" + address + "): " + why);
    }
}
