package io.xapp.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.api.hash.Sha256;
import io.xapp.crawler.Passage;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads an HTML page: metadata, links, main content as text and passages. Stateless and thread-safe. */
public final class PageExtractor {

    private PageExtractor() {
    }

    /** Parses page bytes with {@link HtmlDecoder}; jsoup repairs malformed markup the way browsers do. */
    public static Document parse(byte[] body, String headerCharset, URI url) {
        return Jsoup.parse(HtmlDecoder.decode(body, headerCharset), url.toString());
    }

    /**
     * Extracts everything from a parsed page. Changes the document (boilerplate is removed): read anything else
     * from it, such as the brand, first.
     */
    public static ExtractedPage extract(Document doc, URI url, String robotsHeader, String contentLanguage,
                                        String robotsToken) {
        PageMetadata metadata = PageMetadata.of(doc, url, robotsHeader, contentLanguage, robotsToken);
        Set<URI> links = Links.of(doc, url);
        List<JsonNode> jsonLd = JsonLd.objects(doc);
        ClosedPanels.restore(doc, jsonLd);
        List<String> contentWords = ContentWords.of(doc);
        Element main = MainContent.extract(doc);
        List<Block> blocks = TextBlocks.of(main);
        String text = plainText(blocks);
        List<String> offers = ProductOffers.lines(jsonLd, text);
        if (!offers.isEmpty()) {
            blocks = beforeTheFacts(blocks, new Block(0, offers, null));
            text = plainText(blocks);
        }
        List<Passage> passages = Passages.of(blocks);
        return new ExtractedPage(metadata, text, passages, Sha256.hex(text), links,
                ContentWords.coverage(contentWords, passages));
    }

    /**
     * {@code blocks} with {@code added} after the content, before the site's header and footer facts: the prices only
     * the product's JSON-LD states ({@link ProductOffers}).
     */
    private static List<Block> beforeTheFacts(List<Block> blocks, Block added) {
        List<Block> out = new ArrayList<>(blocks);
        int facts = 0;
        while (facts < out.size() && !out.get(facts).isSiteFactsStart()) {
            facts++;
        }
        out.add(facts, added);
        return out;
    }

    private static String plainText(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (b.isSiteFactsStart()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(b.text());
        }
        return out.toString();
    }
}
