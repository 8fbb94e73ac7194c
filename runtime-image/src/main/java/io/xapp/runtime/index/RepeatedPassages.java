package io.xapp.runtime.index;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Passages a site repeats on many pages: the blocks a site builder's template puts inside every page's main content
 * (a call to action, a testimonial band, a services teaser), which the crawler cannot tell from the page's own
 * content on one page alone. Each is indexed once. Indexed on every page, one block crowds the nearest passages of
 * every question near it, and it shifts what the ranker reads off the site as a whole: how rare each word is, how
 * many passages each page has, the site's average passage. On the four fixture sites with two such blocks added to
 * every page, 4 of 94 right answers were lost that way (docs/runtime.md).
 */
public final class RepeatedPassages {

    /**
     * A passage on this many pages or more is the template's. Two pages sharing a passage are usually a teaser and
     * its article (a blog index and the post), both of the site's own content.
     */
    public static final int TEMPLATE_PAGES = 3;

    /** For each template passage's text, the one page that keeps it. */
    private final Map<String, String> keptOn;

    private RepeatedPassages(Map<String, String> keptOn) {
        this.keptOn = keptOn;
    }

    /**
     * Finds the template passages of {@code crawl}. Each stays on the first page crawled that has it, the one nearest
     * the home page (usually the home page itself, whose lower prior lets a page's own words on the same thing win).
     */
    public static RepeatedPassages in(CrawlResult crawl) {
        Map<String, Set<String>> pagesByText = new HashMap<>();
        Map<String, String> keptOn = new HashMap<>();
        for (CrawledPage page : crawl.pages()) {
            String url = page.url().toString();
            for (Passage passage : page.passages()) {
                String key = key(passage);
                if (!key.isEmpty()) {
                    pagesByText.computeIfAbsent(key, k -> new HashSet<>()).add(url);
                    keptOn.putIfAbsent(key, url);
                }
            }
        }
        keptOn.keySet().removeIf(key -> pagesByText.get(key).size() < TEMPLATE_PAGES);
        return new RepeatedPassages(keptOn);
    }

    /** Whether {@code passage} of {@code page} is indexed: every passage but the copies of a template passage. */
    public boolean indexed(CrawledPage page, Passage passage) {
        String keeper = keptOn.get(key(passage));
        return keeper == null || keeper.equals(page.url().toString());
    }

    /** How many distinct template passages the site has. */
    public int templatePassages() {
        return keptOn.size();
    }

    /** The passages of {@code page} that are indexed, in page order. */
    public List<Passage> indexedOf(CrawledPage page) {
        return page.passages().stream().filter(p -> indexed(page, p)).toList();
    }

    /** The passage's text with its whitespace evened out: templates repeat the words, not always the line breaks. */
    private static String key(Passage passage) {
        return passage.text() == null ? "" : passage.text().strip().replaceAll("\\s+", " ");
    }
}
