package io.xapp.crawler.fetch;

import io.xapp.crawler.FetchPolicy;
import java.net.URI;
import java.util.function.Predicate;

/**
 * One GET, with what the caller wants from it.
 *
 * @param ifNoneMatch     ETag of the copy we have, or null
 * @param ifModifiedSince Last-Modified of the copy we have, or null
 * @param followRedirect  decides for each redirect target whether to follow it (every hop is address-checked
 *                        regardless); when it says no, the 3xx response is returned as it is
 * @param wantBody        decides from the media type (lower case, without parameters) whether to read the body
 * @param maxBytes        cap on the body, compressed and decompressed
 */
public record FetchRequest(
        URI url,
        FetchPolicy policy,
        String ifNoneMatch,
        String ifModifiedSince,
        Predicate<URI> followRedirect,
        Predicate<String> wantBody,
        long maxBytes) {

    public static FetchRequest get(URI url, FetchPolicy policy) {
        return new FetchRequest(url, policy, null, null, u -> true, t -> true, policy.maxBytes());
    }

    public FetchRequest conditional(String etag, String lastModified) {
        return new FetchRequest(url, policy, etag, lastModified, followRedirect, wantBody, maxBytes);
    }

    public FetchRequest followingOnly(Predicate<URI> follow) {
        return new FetchRequest(url, policy, ifNoneMatch, ifModifiedSince, follow, wantBody, maxBytes);
    }

    public FetchRequest readingBodyOnly(Predicate<String> mediaTypes) {
        return new FetchRequest(url, policy, ifNoneMatch, ifModifiedSince, followRedirect, mediaTypes, maxBytes);
    }

    public FetchRequest withMaxBytes(long bytes) {
        return new FetchRequest(url, policy, ifNoneMatch, ifModifiedSince, followRedirect, wantBody, bytes);
    }
}
