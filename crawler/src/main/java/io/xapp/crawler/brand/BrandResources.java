package io.xapp.crawler.brand;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.fetch.FetchRequest;
import io.xapp.crawler.fetch.FetchResponse;
import io.xapp.crawler.fetch.Fetcher;
import io.xapp.crawler.extract.HtmlDecoder;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches what the home page links for its brand: stylesheets and the web app manifest, each capped in size. A
 * resource that cannot be fetched is skipped; the brand is then read from what remains.
 */
final class BrandResources {

    private static final Logger LOG = LoggerFactory.getLogger(BrandResources.class);
    private static final long MAX_CSS_BYTES = 512 * 1024;
    private static final long MAX_MANIFEST_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BrandResources() {
    }

    static Stylesheet stylesheets(Fetcher fetcher, HomePageClues clues, FetchPolicy policy) {
        Stylesheet css = new Stylesheet();
        for (URI url : clues.stylesheets()) {
            byte[] body = fetch(fetcher, url, policy, MAX_CSS_BYTES);
            if (body != null) {
                css.add(HtmlDecoder.decode(body, null));
            }
        }
        css.add(clues.inlineCss());
        return css;
    }

    static JsonNode manifest(Fetcher fetcher, HomePageClues clues, FetchPolicy policy) {
        if (clues.manifest() == null) {
            return null;
        }
        byte[] body = fetch(fetcher, clues.manifest(), policy, MAX_MANIFEST_BYTES);
        if (body == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            LOG.debug("web app manifest {} is not JSON: {}", clues.manifest(), e.toString());
            return null;
        }
    }

    private static byte[] fetch(Fetcher fetcher, URI url, FetchPolicy policy, long maxBytes) {
        try {
            FetchResponse response = fetcher.fetch(FetchRequest.get(url, policy).withMaxBytes(maxBytes));
            return response.ok() ? response.body() : null;
        } catch (FetchException e) {
            LOG.debug("brand resource {} skipped: {}", url, e.getMessage());
            return null;
        }
    }
}
