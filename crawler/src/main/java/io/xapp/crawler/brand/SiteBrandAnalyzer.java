package io.xapp.crawler.brand;

import io.xapp.crawler.Brand;
import io.xapp.crawler.BrandAnalyzer;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.extract.PageExtractor;
import io.xapp.crawler.fetch.FetchRequest;
import io.xapp.crawler.fetch.FetchResponse;
import io.xapp.crawler.fetch.Fetcher;
import java.net.URI;
import org.jsoup.nodes.Document;

/**
 * Reads a brand from a home page and the resources it links. One page and a few assets, like a link preview, so
 * robots.txt is not consulted; every fetch still goes through the address checks and size caps.
 */
public final class SiteBrandAnalyzer implements BrandAnalyzer {

    private final Fetcher fetcher;

    public SiteBrandAnalyzer(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public Brand analyze(URI website, FetchPolicy policy) {
        FetchResponse home = fetcher.fetch(FetchRequest.get(website, policy));
        if (!home.ok()) {
            throw new FetchException(website, FetchException.Reason.HTTP_ERROR,
                    "home page " + home.url() + " answered HTTP " + home.status());
        }
        if (!home.mediaType().contains("html")) {
            throw new FetchException(website, FetchException.Reason.HTTP_ERROR, "home page " + home.url()
                    + " is not HTML but " + (home.mediaType().isEmpty() ? "untyped" : home.mediaType()));
        }
        Document doc = PageExtractor.parse(home.body(), home.charset(), home.url());
        return fromHomePage(fetcher, HomePageClues.of(doc, home.url()), policy);
    }

    /** The brand from clues already read from a home page, fetching its stylesheets and manifest. */
    public static Brand fromHomePage(Fetcher fetcher, HomePageClues clues, FetchPolicy policy) {
        return BrandAssembler.assemble(clues, BrandResources.manifest(fetcher, clues, policy),
                BrandResources.stylesheets(fetcher, clues, policy));
    }
}
