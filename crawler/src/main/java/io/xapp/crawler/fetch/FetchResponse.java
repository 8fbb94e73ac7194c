package io.xapp.crawler.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a fetch got, after following the redirects the request allowed.
 *
 * @param url          where the response came from (the last redirect target)
 * @param redirects    the URLs redirected through, in order, excluding {@code url}
 * @param location     for a 3xx that was not followed: its target; otherwise null
 * @param contentType  the Content-Type header, or null
 * @param retryAfter   the Retry-After header as a duration, or null
 * @param body         the body (decompressed), or null when the caller did not want it
 */
public record FetchResponse(
        URI url,
        List<URI> redirects,
        int status,
        URI location,
        String contentType,
        String etag,
        String lastModified,
        String robotsTag,
        String contentLanguage,
        Duration retryAfter,
        byte[] body) {

    public FetchResponse {
        redirects = List.copyOf(redirects);
    }

    /** The media type without parameters, lower case, e.g. {@code text/html}; empty when none was sent. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of Content-Type, or null. */
    public String charset() {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").replace("'", "").strip();
            }
        }
        return null;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notModified() {
        return status == 304;
    }

    public boolean redirectNotFollowed() {
        return location != null;
    }
}
