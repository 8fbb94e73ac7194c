package io.xapp.crawler;

import java.net.URI;

/**
 * Reads a site's brand from its home page and what the home page links (stylesheets, web app manifest, icons),
 * without a full crawl: what the operator needs before the runtime exists. Same safety rules as the crawler.
 */
public interface BrandAnalyzer {

    /**
     * @throws FetchException when the home page cannot be fetched (blocked address, unreachable, error status...)
     */
    Brand analyze(URI website, FetchPolicy policy);
}
