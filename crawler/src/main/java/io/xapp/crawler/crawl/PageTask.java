package io.xapp.crawler.crawl;

import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.ExclusionReason;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.brand.HomePageClues;
import io.xapp.crawler.extract.ExtractedPage;
import io.xapp.crawler.extract.PageExtractor;
import io.xapp.crawler.fetch.FetchRequest;
import io.xapp.crawler.fetch.FetchResponse;
import io.xapp.crawler.robots.RobotsRules;
import io.xapp.crawler.url.PathGlob;
import io.xapp.crawler.url.SiteScope;
import io.xapp.crawler.url.UrlNormalizer;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;

/**
 * Handles one URL of a crawl: fetch (conditionally when the previous crawl has it), follow on-site redirects,
 * then index the page or exclude it with its reason, and hand its links to the frontier.
 */
final class PageTask {

    private final CrawlRun run;
    private final Retries retries;
    private final String robotsToken;
    private final List<PathGlob> include;
    private final Map<String, URI> contentHashes = new ConcurrentHashMap<>();
    private final AtomicInteger indexed = new AtomicInteger();

    PageTask(CrawlRun run, Retries retries) {
        this.run = run;
        this.retries = retries;
        this.robotsToken = RobotsRules.productToken(run.settings().fetch().userAgent());
        this.include = PathGlob.all(run.settings().includePatterns());
    }

    /**
     * Crawls the start page, following redirects anywhere public (http to https, to www...). Its final address
     * fixes the site of the crawl.
     *
     * @throws FetchException when the start page cannot be fetched or answers an error status
     */
    void crawlStart(URI start) throws InterruptedException {
        FetchResponse response = retries.fetch(FetchRequest.get(start, run.settings().fetch())
                .readingBodyOnly(PageTask::mayBeHtml));
        if (!response.ok()) {
            throw new FetchException(start, FetchException.Reason.HTTP_ERROR,
                    "start page " + response.url() + " answered HTTP " + response.status());
        }
        URI landed = response.url();
        SiteScope scope = SiteScope.of(landed);
        run.scopeTo(scope);
        if (!landed.equals(start)) {
            run.record().exclude(start, ExclusionReason.REDIRECT, "redirects to " + landed);
            run.frontier().markSeen(landed);
            if (!run.robotsAllow(landed)) {
                run.record().exclude(landed, ExclusionReason.ROBOTS, "robots.txt disallows it (reached by redirect)");
                return;
            }
        }
        handle(landed, 0, response, true);
    }

    /** Crawls a queued URL; failures become exclusions. */
    void crawl(URI url, int depth) throws InterruptedException {
        CrawledPage previous = run.previousPage(url);
        FetchRequest request = FetchRequest.get(url, run.settings().fetch())
                .followingOnly(run.scope()::contains)
                .readingBodyOnly(PageTask::mayBeHtml);
        if (previous != null) {
            request = request.conditional(previous.etag(), previous.lastModified());
        }
        FetchResponse response;
        try {
            response = retries.fetch(request);
        } catch (FetchException e) {
            run.record().exclude(url, exclusionReason(e), e.getMessage());
            return;
        }
        if (response.redirectNotFollowed()) {
            run.record().exclude(url, ExclusionReason.REDIRECT, "redirects off the site to " + response.location());
            return;
        }
        URI landed = run.scope().canonicalHost(response.url());
        if (!landed.equals(url)) {
            run.record().exclude(url, ExclusionReason.REDIRECT, "redirects to " + landed);
            if (!run.frontier().markSeen(landed)) {
                return; // the target is queued or handled on its own
            }
            if (!run.robotsAllow(landed)) {
                run.record().exclude(landed, ExclusionReason.ROBOTS, "robots.txt disallows it (reached by redirect)");
                return;
            }
        }
        if (response.notModified() && previous != null) {
            keepPrevious(previous, depth);
            return;
        }
        handle(landed, depth, response, false);
    }

    private void handle(URI url, int depth, FetchResponse response, boolean start) {
        SiteScope scope = run.scope();
        if (!response.ok()) {
            run.record().exclude(url, ExclusionReason.BROKEN, "HTTP " + response.status());
            return;
        }
        if (!isHtml(response)) {
            run.record().exclude(url, ExclusionReason.NON_HTML, "content type "
                    + (response.mediaType().isEmpty() ? "missing" : response.mediaType()));
            return;
        }
        Document doc = PageExtractor.parse(response.body(), response.charset(), url);
        if (start) {
            run.startBrand(HomePageClues.of(doc, url));
        }
        ExtractedPage page = PageExtractor.extract(doc, url, response.robotsTag(), response.contentLanguage(),
                robotsToken);
        if (start) {
            run.scopeTo(scope.namingItself(page.metadata().canonical()));
        }
        List<URI> links = page.metadata().nofollow() ? List.of() : List.copyOf(page.links());
        links.forEach(link -> run.admit(link, depth + 1));
        // A canonical URL on another site (the site moved, or is served on a builder's address while its pages name
        // the customer's domain) is not a copy this crawl will index: the page stands for itself.
        URI canonical = page.metadata().canonical() == null ? null
                : scope.onSite(page.metadata().canonical()).orElse(null);
        if (page.metadata().noindex()) {
            run.record().exclude(url, ExclusionReason.NOINDEX, "the page asks not to be indexed (robots noindex)");
        } else if (canonical != null && !canonical.equals(url)) {
            run.record().exclude(url, ExclusionReason.CANONICAL_DUPLICATE, "its canonical URL is " + canonical);
            run.admit(canonical, depth);
        } else if (contentHashes.putIfAbsent(page.contentHash(), url) != null) {
            run.record().exclude(url, ExclusionReason.DUPLICATE_CONTENT,
                    "same main content as " + contentHashes.get(page.contentHash()));
        } else if (!include.isEmpty() && !PathGlob.anyMatches(include, url.getPath())) {
            run.record().exclude(url, ExclusionReason.EXCLUDED_PATTERN, "outside the include patterns " + include);
        } else if (!run.claimPageSlot(indexed)) {
            run.record().exclude(url, ExclusionReason.LIMIT, run.limitDetail());
        } else {
            record(new CrawledPage(url, page.metadata().title(), page.metadata().description(),
                    page.metadata().language(), page.metadata().canonical(), depth, page.text(), page.passages(),
                    page.contentHash(), response.etag(), response.lastModified(), Instant.now(), false, links,
                    page.coverage()));
        }
    }

    /** 304 Not Modified: the previous crawl's copy stands, and its recorded links are followed. */
    private void keepPrevious(CrawledPage previous, int depth) {
        previous.links().forEach(link -> run.admit(link, depth + 1));
        contentHashes.putIfAbsent(previous.contentHash(), previous.url());
        if (!run.claimPageSlot(indexed)) {
            run.record().exclude(previous.url(), ExclusionReason.LIMIT, run.limitDetail());
            return;
        }
        record(new CrawledPage(previous.url(), previous.title(), previous.description(),
                previous.language(), previous.canonical(), depth, previous.text(), previous.passages(),
                previous.contentHash(), previous.etag(), previous.lastModified(), Instant.now(), true,
                previous.links(), previous.coverage()));
    }

    /** Records an indexed page, without its text when the settings say so ({@code CrawlSettings.keepPageText}). */
    private void record(CrawledPage page) {
        run.record().page(run.settings().keepPageText() ? page : page.withoutText());
    }

    private static ExclusionReason exclusionReason(FetchException e) {
        return switch (e.reason()) {
            case BLOCKED_ADDRESS -> ExclusionReason.BLOCKED_ADDRESS;
            case TOO_LARGE -> ExclusionReason.TOO_LARGE;
            case TOO_MANY_REDIRECTS -> ExclusionReason.REDIRECT;
            default -> ExclusionReason.BROKEN;
        };
    }

    /** Read the body of HTML, and of untyped responses to sniff them; skip everything else unread. */
    private static boolean mayBeHtml(String mediaType) {
        return mediaType.isEmpty() || mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    private static boolean isHtml(FetchResponse response) {
        String type = response.mediaType();
        if (!type.isEmpty()) {
            return mayBeHtml(type);
        }
        byte[] body = response.body();
        String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }
}
