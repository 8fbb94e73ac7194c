package io.xapp.crawler;

import java.net.URI;

/** A URL could not be fetched; {@link #reason()} says why in a way callers can act on. */
public class FetchException extends RuntimeException {

    /** Why a fetch failed. */
    public enum Reason {
        /** The address is private, loopback, link-local or cloud metadata: never fetched. */
        BLOCKED_ADDRESS,
        /** DNS did not resolve or the connection was refused or reset. */
        UNREACHABLE,
        TIMEOUT,
        /** The server answered with an error status. */
        HTTP_ERROR,
        TOO_LARGE,
        TOO_MANY_REDIRECTS,
        /** The URL is not http(s) or malformed. */
        INVALID_URL,
        TLS
    }

    private final URI url;
    private final Reason reason;

    public FetchException(URI url, Reason reason, String message) {
        super(message);
        this.url = url;
        this.reason = reason;
    }

    public FetchException(URI url, Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.url = url;
        this.reason = reason;
    }

    public URI url() {
        return url;
    }

    public Reason reason() {
        return reason;
    }

    /** Worth retrying later: the site may come back. */
    public boolean retryable() {
        return reason == Reason.UNREACHABLE || reason == Reason.TIMEOUT || reason == Reason.HTTP_ERROR
                || reason == Reason.TLS;
    }
}
