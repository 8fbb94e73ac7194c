package io.xapp.crawler.fetch;

import io.xapp.crawler.FetchException;
import io.xapp.crawler.FetchException.Reason;
import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.url.UrlNormalizer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The only way the crawler reaches the network. Every connection, including each redirect hop, goes to an address
 * the {@link AddressGuard} accepted; bodies are capped; each request has a hard deadline that also ends a slow
 * trickle; redirects are followed by hand so each hop is checked and loops are caught.
 */
public final class Fetcher implements AutoCloseable {

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final int maxConnections;
    /** One client per transport setting, so a connection opened while loopback or a network was allowed is never
     * reused by a fetch that does not allow it. In practice one or two entries. */
    private final Map<ClientKey, CloseableHttpClient> clients = new ConcurrentHashMap<>();
    private final ScheduledExecutorService deadlines;

    public Fetcher(int maxConnections) {
        this.maxConnections = maxConnections;
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xapp-crawler-deadlines");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Fetches a URL, following redirects as the request allows. HTTP error statuses are returned, not thrown.
     *
     * @throws FetchException when the URL is invalid or blocked, the site is unreachable or too slow, the body is
     *                        too large, or the redirects loop or are too many
     */
    public FetchResponse fetch(FetchRequest request) {
        URI url = UrlNormalizer.normalize(request.url()).orElseThrow(() -> new FetchException(request.url(),
                Reason.INVALID_URL, "not an absolute http(s) URL: " + request.url()));
        List<URI> chain = new ArrayList<>();
        while (true) {
            FetchResponse response = fetchOnce(url, request, chain.isEmpty());
            if (response.location() == null) {
                return response;
            }
            URI next = response.location();
            if (!request.followRedirect().test(next)) {
                return response;
            }
            chain.add(url);
            if (chain.contains(next)) {
                throw new FetchException(request.url(), Reason.TOO_MANY_REDIRECTS,
                        "redirect loop: " + chain + " -> " + next);
            }
            if (chain.size() > request.policy().maxRedirects()) {
                throw new FetchException(request.url(), Reason.TOO_MANY_REDIRECTS, request.url() + " redirects more than "
                        + request.policy().maxRedirects() + " times: " + chain + " -> " + next);
            }
            url = next;
        }
    }

    private FetchResponse fetchOnce(URI url, FetchRequest request, boolean first) {
        FetchPolicy policy = request.policy();
        HttpGet get = new HttpGet(url);
        get.setHeader("User-Agent", policy.userAgent());
        get.setHeader("Accept", ACCEPT);
        get.setHeader("Accept-Encoding", "gzip, deflate");
        if (first && request.ifNoneMatch() != null) {
            get.setHeader("If-None-Match", request.ifNoneMatch());
        }
        if (first && request.ifModifiedSince() != null) {
            get.setHeader("If-Modified-Since", request.ifModifiedSince());
        }
        get.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(policy.requestTimeout()))
                .setConnectionRequestTimeout(Timeout.of(policy.requestTimeout()))
                .build());
        CloseableHttpClient client = client(policy); // outside the deadline: the first one loads TLS trust stores
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            timedOut.set(true);
            get.cancel();
        }, policy.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try (ClassicHttpResponse response = client.executeOpen(null, get, null)) {
            return read(url, request, response);
        } catch (FetchException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw translate(url, policy, e, timedOut.get());
        } finally {
            deadline.cancel(false);
        }
    }

    private FetchResponse read(URI url, FetchRequest request, ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        URI location = null;
        if (status >= 300 && status < 400 && status != 304) {
            String target = header(response, "Location");
            if (target != null) {
                location = UrlNormalizer.resolve(url, target).orElseThrow(() -> new FetchException(url,
                        Reason.INVALID_URL, url + " redirects to an address we cannot fetch: " + target));
            }
        }
        FetchResponse head = new FetchResponse(url, List.of(), status, location, header(response, "Content-Type"),
                header(response, "ETag"), header(response, "Last-Modified"), header(response, "X-Robots-Tag"),
                header(response, "Content-Language"), retryAfter(header(response, "Retry-After")), null);
        long declared = entity == null ? -1 : entity.getContentLength();
        boolean wantBody = location == null && status != 304 && request.wantBody().test(head.mediaType());
        if (!wantBody) {
            return head;
        }
        String encoding = header(response, "Content-Encoding");
        if (declared > request.maxBytes() && (encoding == null || encoding.isBlank())) {
            throw CappedBody.tooLarge(url, request.maxBytes(), "(Content-Length " + declared + ")");
        }
        byte[] body = CappedBody.read(url, entity == null ? null : entity.getContent(), encoding, declared,
                request.maxBytes());
        return new FetchResponse(url, List.of(), status, null, head.contentType(), head.etag(), head.lastModified(),
                head.robotsTag(), head.contentLanguage(), head.retryAfter(), body);
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    private static Duration retryAfter(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: rare enough that the default backoff is fine
        }
    }

    private static FetchException translate(URI url, FetchPolicy policy, Exception e, boolean timedOut) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BlockedAddressException blocked) {
                return new FetchException(url, Reason.BLOCKED_ADDRESS, blocked.getMessage(), e);
            }
        }
        if (timedOut || e instanceof SocketTimeoutException || e instanceof ConnectTimeoutException) {
            return new FetchException(url, Reason.TIMEOUT, url + " did not answer within "
                    + (e instanceof ConnectTimeoutException ? policy.connectTimeout() : policy.requestTimeout()), e);
        }
        if (e instanceof UnknownHostException) {
            return new FetchException(url, Reason.UNREACHABLE, "cannot resolve host " + url.getHost(), e);
        }
        if (e instanceof SSLException) {
            return new FetchException(url, Reason.TLS, "TLS handshake with " + url.getHost() + " failed: "
                    + e.getMessage(), e);
        }
        if (e instanceof ConnectException) {
            return new FetchException(url, Reason.UNREACHABLE, "cannot connect to " + url.getHost() + ":"
                    + url.getPort() + ": " + e.getMessage(), e);
        }
        if (e instanceof IllegalArgumentException) {
            return new FetchException(url, Reason.INVALID_URL, "cannot request " + url + ": " + e.getMessage(), e);
        }
        return new FetchException(url, Reason.UNREACHABLE, "fetching " + url + " failed: " + e, e);
    }

    private CloseableHttpClient client(FetchPolicy policy) {
        return clients.computeIfAbsent(new ClientKey(policy.allowLoopback(), policy.allowedNetworks(),
                policy.connectTimeout()), key ->
                HttpClients.custom()
                        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                                .setDnsResolver(new GuardedDnsResolver(key.allowLoopback(), key.allowedNetworks()))
                                .setMaxConnTotal(maxConnections)
                                .setMaxConnPerRoute(maxConnections)
                                .setDefaultConnectionConfig(ConnectionConfig.custom()
                                        .setConnectTimeout(Timeout.of(key.connectTimeout()))
                                        .setTimeToLive(Timeout.ofMinutes(2))
                                        .build())
                                .build())
                        .disableRedirectHandling()
                        .disableContentCompression()
                        .disableAutomaticRetries()
                        .disableCookieManagement()
                        .disableAuthCaching()
                        .build());
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        clients.values().forEach(c -> {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing sockets; nothing left to do
            }
        });
        clients.clear();
    }

    private record ClientKey(boolean allowLoopback, List<NetworkRange> allowedNetworks, Duration connectTimeout) {
    }
}
