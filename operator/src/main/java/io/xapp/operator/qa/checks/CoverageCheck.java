package io.xapp.operator.qa.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.crawler.FetchException;
import io.xapp.crawler.ReadCoverage;
import io.xapp.crawler.robots.RobotsRules;
import io.xapp.crawler.robots.Sitemaps;
import io.xapp.crawler.url.UrlNormalizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Content: how many pages the runtime indexed against what the site's sitemap lists, and the largest exclusion
 * reasons. The crawl is the runtime's (its preview summary); the sitemap is read here, with the crawler's rules.
 */
final class CoverageCheck implements QaCheck {

    static final String NAME = "Coverage";
    /** Below this share of the sitemap indexed (or left out by the site's own choice), a reviewer should look. */
    static final double MIN_SHARE = 0.9;
    static final int MAX_SITEMAP_URLS = 10_000;
    /** Reasons that are the site's own choice (robots.txt, noindex, canonical, redirect) or QA's (a pattern). */
    static final Set<String> DELIBERATE = Set.of("robots", "noindex", "canonical duplicate", "redirect",
            "excluded pattern");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome run(CheckContext context) throws CheckException, InterruptedException {
        JsonNode crawl = context.runtime().crawlSummary();
        List<URI> sitemap;
        String sitemapNote = "";
        try {
            URI origin = context.target().website().resolve("/");
            RobotsRules robots = RobotsRules.load(context.site(), origin, context.target().fetchPolicy());
            sitemap = Sitemaps.read(context.site(), Sitemaps.startUrls(robots, origin),
                    context.target().fetchPolicy(), MAX_SITEMAP_URLS);
        } catch (FetchException e) {
            sitemap = List.of();
            sitemapNote = " (its sitemap could not be read: " + e.getMessage() + ")";
        }
        return judge(Crawl.of(crawl), sitemap, sitemapNote,
                RobotsRules.productToken(context.target().fetchPolicy().userAgent()));
    }

    /**
     * The parts of the runtime's crawl summary this check reads.
     *
     * @param mostlyUnread each indexed page whose content the crawler mostly did not read
     *                     ({@link ReadCoverage#mostlyUnread()}), as "/faq/ (12 of 140 words read)"
     */
    record Crawl(Set<URI> indexed, Map<URI, String> excluded, int passages, String endReason, int maxPages,
                 List<String> mostlyUnread, int passagesWithoutVector) {

        Crawl(Set<URI> indexed, Map<URI, String> excluded, int passages, String endReason, int maxPages) {
            this(indexed, excluded, passages, endReason, maxPages, List.of(), 0);
        }

        static Crawl of(JsonNode summary) {
            Set<URI> indexed = new HashSet<>();
            int passages = 0;
            List<String> mostlyUnread = new ArrayList<>();
            for (JsonNode page : summary.path("pages")) {
                Optional<URI> url = UrlNormalizer.parse(page.path("url").asText());
                url.ifPresent(indexed::add);
                passages += page.path("passages").asInt();
                ReadCoverage read = new ReadCoverage(page.path("words").asInt(), page.path("unread").asInt());
                if (url.isPresent() && read.mostlyUnread()) {
                    mostlyUnread.add(url.get().getRawPath() + " (" + read.wordsRead() + ")");
                }
            }
            Map<URI, String> excluded = new LinkedHashMap<>();
            for (JsonNode e : summary.path("excluded")) {
                UrlNormalizer.parse(e.path("url").asText()).ifPresent(u -> excluded.put(u, e.path("reason").asText()));
            }
            return new Crawl(indexed, excluded, passages, summary.path("endReason").asText(""),
                    summary.path("maxPages").asInt(0), mostlyUnread, summary.path("passagesWithoutVector").asInt(0));
        }
    }

    /** @param robotsToken the name robots.txt knows the runtime's crawler by ("xappbot") */
    static CheckOutcome judge(Crawl crawl, List<URI> sitemapUrls, String sitemapNote, String robotsToken) {
        String reasons = largestReasons(crawl.excluded().values());
        String indexed = crawl.indexed().size() + " pages indexed (" + crawl.passages() + " passages)";
        if (crawl.indexed().isEmpty()) {
            return CheckOutcome.failed("Nothing was indexed, so the assistant cannot answer from the site"
                    + (reasons.isEmpty() ? "" : "; excluded: " + reasons) + ". Check spec.website and spec.crawl, "
                    + "and the crawl's exclusions on the preview page.");
        }
        List<String> problems = new ArrayList<>();
        if ("page-limit".equals(crawl.endReason())) {
            problems.add("the crawl stopped at its page limit (" + crawl.maxPages() + " pages; the tier's maxPages or "
                    + "spec.crawl.maxPages)");
        } else if ("time-limit".equals(crawl.endReason())) {
            problems.add("the crawl stopped at its time limit");
        }
        if (!crawl.mostlyUnread().isEmpty()) {
            // Indexed, so nothing else reports it: markup the crawler misread took the page's answers with it.
            problems.add("the crawler read at most a third of the content of " + crawl.mostlyUnread().size()
                    + (crawl.mostlyUnread().size() == 1 ? " page: " : " pages: ") + firstFive(crawl.mostlyUnread())
                    + " (ask the preview's assistant what these pages say; what it did not read, it cannot answer)");
        }
        if (crawl.passagesWithoutVector() > 0) {
            // The answers a reviewer reads now are worse than the customer's visitors will get once it is rebuilt.
            problems.add(crawl.passagesWithoutVector() + " of the " + crawl.passages() + " passages have no vector "
                    + "(the inference service did not answer while the index was built), so the assistant answers "
                    + "them by keywords alone; the runtime builds its index again within a minute of the service "
                    + "answering (its metric xapp_index_passages_without_vector falls to 0): run the checks again "
                    + "then");
        }
        String sitemap;
        Set<URI> listed = sitemapUrls.stream().map(u -> UrlNormalizer.normalize(u).orElse(u))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (listed.isEmpty()) {
            sitemap = "the site lists no sitemap to compare with" + sitemapNote;
        } else {
            List<URI> inIndex = listed.stream().filter(crawl.indexed()::contains).toList();
            List<URI> leftOut = listed.stream().filter(u -> !crawl.indexed().contains(u)
                    && DELIBERATE.contains(crawl.excluded().getOrDefault(u, ""))).toList();
            List<URI> missing = listed.stream().filter(u -> !inIndex.contains(u) && !leftOut.contains(u)).toList();
            sitemap = "the sitemap lists " + listed.size() + ": " + inIndex.size() + " indexed"
                    + (leftOut.isEmpty() ? "" : ", " + leftOut.size() + " left out by the site (robots, noindex, "
                            + "canonical)") + (missing.isEmpty() ? "" : ", " + missing.size() + " missing ("
                            + describe(missing, crawl.excluded()) + ")");
            double share = (double) (inIndex.size() + leftOut.size()) / listed.size();
            if (share < MIN_SHARE) {
                problems.add("only " + (inIndex.size() + leftOut.size()) + " of the " + listed.size()
                        + " pages in the sitemap are indexed or deliberately left out");
            }
        }
        List<URI> robots = crawl.excluded().entrySet().stream().filter(e -> "robots".equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        // A store's robots.txt may keep every crawler out of pages its visitors ask about (Shopify's keeps out
        // /policies/): the owner can let the assistant in alone.
        String robotsNote = robots.isEmpty() ? "" : "; robots.txt keeps out " + listed(robots, u -> "")
                + " (to let the assistant in while other crawlers stay out, give User-agent: " + robotsToken
                + " a group of its own in robots.txt)";
        String facts = indexed + "; " + sitemap + (reasons.isEmpty() ? "" : "; largest exclusion reasons: "
                + reasons) + robotsNote;
        if (problems.isEmpty()) {
            return CheckOutcome.passed(facts);
        }
        return CheckOutcome.warning(String.join("; ", problems) + ". " + facts + ". The preview page lists every "
                + "exclusion; a page limit can be raised in spec.crawl.maxPages up to the tier's.");
    }

    /** "broken 2, robots 1" with the most frequent first, at most four. */
    static String largestReasons(Collection<String> reasons) {
        Map<String, Long> counts = new HashMap<>();
        reasons.forEach(r -> counts.merge(r, 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(4).map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String describe(List<URI> missing, Map<URI, String> excluded) {
        return listed(missing, u -> " " + Optional.ofNullable(excluded.get(u)).map(r -> "(" + r + ")")
                .orElse("(not reached)"));
    }

    /** The first five paths in order, each with its {@code note}. */
    private static String listed(Collection<URI> urls, Function<URI, String> note) {
        return firstFive(urls.stream().sorted(Comparator.comparing(URI::toString))
                .map(u -> u.getPath() + note.apply(u)).toList());
    }

    /** The first five items, and "..." when there are more. */
    private static String firstFive(List<String> items) {
        return items.stream().limit(5).collect(Collectors.joining(", ")) + (items.size() > 5 ? ", ..." : "");
    }
}
