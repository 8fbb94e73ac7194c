package io.xapp.runtime.index;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import io.xapp.crawler.extract.Whitespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a site repeats on many pages: the blocks a site builder's template puts inside every page's main content (a
 * call to action, a testimonial band, a services teaser), or a hand-made site's header, footer and cookie notice
 * that no tag or class marks as such, which the crawler cannot tell from the page's own content on one page alone.
 * Each is indexed once. Indexed on every page, one block crowds the nearest passages of every question near it,
 * and it shifts what the ranker reads off the site as a whole: how rare each word is, how many passages each page
 * has, the site's average passage; merged into a page's last passage, a footer blurs that passage's meaning.
 *
 * <p>Two levels: a whole passage repeated (its own heading and text), and a block (a paragraph, a list, a table, as
 * the crawler separates them with a blank line) repeated inside passages that hold other text too. A block that is
 * a passage's only text under its own heading is left alone there: that passage is about it (the contact page's
 * opening hours, which a footer repeats on every page).
 */
public final class RepeatedPassages {

    /**
     * A passage or block on this many pages or more is the template's. Two pages sharing a passage are usually a
     * teaser and its article (a blog index and the post), both of the site's own content.
     */
    public static final int TEMPLATE_PAGES = 3;
    /**
     * The last part of the path of the page a visitor opens for the address, phone and hours ("/contact/",
     * "/contact-us", "/visit/", "/hours-location.html"), its extension aside; not a list of several "/locations/".
     */
    private static final Pattern CONTACT_PAGE = Pattern.compile(
            "(?i)(contact(o|us|-us)?|visit(-us)?|find-us|location|directions|hours-(and-)?location)(\\.[a-z]+)?");

    /** For each template passage's text, the one page that keeps it. */
    private final Map<String, String> passagesKeptOn;
    /** For each template block's text, the one page that keeps it where it stands among other text. */
    private final Map<String, String> blocksKeptOn;
    /**
     * The blocks of the site's header and footer facts ({@link Passage#siteWide}) that the content of fewer than
     * {@link #TEMPLATE_PAGES} pages states too: the contact page's address, a clinic page's address and phone.
     */
    private final Set<String> statedFacts;

    private RepeatedPassages(Map<String, String> passagesKeptOn, Map<String, String> blocksKeptOn,
                             Set<String> statedFacts) {
        this.passagesKeptOn = passagesKeptOn;
        this.blocksKeptOn = blocksKeptOn;
        this.statedFacts = statedFacts;
    }

    /**
     * Finds the template passages and blocks of {@code crawl}. Each stays on the site's contact page if that page has
     * it: what a template repeats that visitors ask about is the address, phone and hours of a footer, a sidebar or a
     * top bar, and the contact page is where a visitor looks for them (the people who wrote the probe sites'
     * questions named it for such facts about five times as often as the home page). Otherwise each stays on the first
     * page crawled that has it, the one nearest the home page (usually the home page itself, whose lower prior lets
     * a page's own words on the same thing win).
     */
    public static RepeatedPassages in(CrawlResult crawl) {
        Set<String> factBlocks = new HashSet<>();
        crawl.pages().forEach(page -> page.passages().stream().filter(Passage::siteWide)
                .forEach(facts -> facts.blocks().forEach(block -> factBlocks.add(key(block)))));
        Map<String, Set<String>> pagesStating = new HashMap<>();
        for (CrawledPage page : crawl.pages()) {
            String url = page.url().toString();
            page.passages().stream().filter(passage -> !passage.siteWide() && passage.text() != null)
                    .flatMap(passage -> passage.blocks().stream().map(RepeatedPassages::key))
                    .filter(factBlocks::contains)
                    .forEach(fact -> pagesStating.computeIfAbsent(fact, k -> new HashSet<>()).add(url));
        }
        pagesStating.values().removeIf(pages -> pages.size() >= TEMPLATE_PAGES);
        String contactPage = contactPage(crawl);
        return new RepeatedPassages(
                keptOn(crawl, passage -> List.of(key(passage.text())), Passage::siteWide, contactPage),
                keptOn(crawl, passage -> passage.blocks().stream().map(RepeatedPassages::key).toList(), p -> false,
                        contactPage),
                pagesStating.keySet());
    }

    /** The URL of the site's contact page ({@link #CONTACT_PAGE}), the one nearest the root if several; or null. */
    private static String contactPage(CrawlResult crawl) {
        String best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (CrawledPage page : crawl.pages()) {
            String[] parts = page.url().getPath().split("/");
            int depth = parts.length;
            if (depth > 0 && CONTACT_PAGE.matcher(parts[depth - 1]).matches() && depth < bestDepth) {
                best = page.url().toString();
                bestDepth = depth;
            }
        }
        return best;
    }

    /**
     * The page that keeps each text {@code texts} finds on {@link #TEMPLATE_PAGES} pages or more, or on any page in a
     * passage that is {@code siteWide} (the crawler read it in the site's header or footer): {@code contactPage} if
     * it has the text, else the first page crawled that has it.
     */
    private static Map<String, String> keptOn(CrawlResult crawl, Function<Passage, List<String>> texts,
                                              Predicate<Passage> siteWide, String contactPage) {
        Map<String, Set<String>> pagesByText = new HashMap<>();
        Map<String, String> keptOn = new HashMap<>();
        Set<String> siteWideTexts = new HashSet<>();
        for (CrawledPage page : crawl.pages()) {
            String url = page.url().toString();
            for (Passage passage : page.passages()) {
                for (String text : texts.apply(passage)) {
                    if (!text.isEmpty()) {
                        pagesByText.computeIfAbsent(text, k -> new HashSet<>()).add(url);
                        if (url.equals(contactPage)) {
                            keptOn.put(text, url);
                        } else {
                            keptOn.putIfAbsent(text, url);
                        }
                        if (siteWide.test(passage)) {
                            siteWideTexts.add(text);
                        }
                    }
                }
            }
        }
        keptOn.keySet().removeIf(text -> !siteWideTexts.contains(text)
                && pagesByText.get(text).size() < TEMPLATE_PAGES);
        return keptOn;
    }

    /** How many distinct passages the site repeats whole. */
    public int templatePassages() {
        return passagesKeptOn.size();
    }

    /** How many distinct blocks the site repeats inside passages. */
    public int templateBlocks() {
        return blocksKeptOn.size();
    }

    /**
     * The passages of {@code page} as indexed, in page order: without the copies of a template passage, and each
     * without the copies of template blocks among its other text, but for the footer's facts its content states
     * ({@link #statedFacts}); a passage left with none is left out.
     */
    public List<Passage> indexedOf(CrawledPage page) {
        String url = page.url().toString();
        List<Passage> indexed = new ArrayList<>(page.passages().size());
        for (Passage passage : page.passages()) {
            if (passage.text() == null || isCopy(passagesKeptOn, passage.text(), url)) {
                continue;
            }
            // A block of the footer's facts that the page's content states too (the contact page's address) is
            // the page's own statement of it, not the template's copy.
            List<String> blocks = passage.blocks();
            List<String> own = blocks.size() < 2 ? blocks : blocks.stream().filter(block -> !isCopy(blocksKeptOn,
                    block, url) || !passage.siteWide() && statedFacts.contains(key(block))).toList();
            if (own.size() == blocks.size()) {
                indexed.add(passage);
            } else if (!own.isEmpty()) {
                indexed.add(passage.withBlocks(own));
            }
        }
        return indexed;
    }

    private static boolean isCopy(Map<String, String> keptOn, String text, String url) {
        String keeper = keptOn.get(key(text));
        return keeper != null && !keeper.equals(url);
    }

    /**
     * The text with its whitespace evened out: templates repeat the words, not always the line breaks. Not a regular
     * expression: every passage and block of the site passes here twice (5,000 pages of four passages: 0.55 s a
     * build instead of 1.0 s).
     */
    private static String key(String text) {
        return text == null ? "" : Whitespace.collapse(text);
    }
}
