package io.xapp.crawler.bench;

import io.xapp.crawler.Passage;
import io.xapp.crawler.extract.PageExtractor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * For every HTML page under the given folders, the share of its content's words that no extracted passage holds,
 * most first: how a silently dropped FAQ or section shows (a builder's accordion panels read as boilerplate). The
 * content is {@code <main>} or the body, less what is never content anyway (scripts, forms, menus, the site's header
 * and footer, dialogs); words of four letters or more. The share has no right value (hidden menus, cookie notices and
 * sidebars count): it points at pages to read ({@code bench/unread-text.sh [DIR...]}), and only a page that loses
 * most of its words fails the build ({@link io.xapp.crawler.extract.ExtractionCoverageTest}).
 */
public final class UnreadText {

    private static final URI PAGE = URI.create("https://example.com/page");
    private static final String NEVER_CONTENT = "script, style, noscript, template, form, nav, header, footer, "
            + "[role=dialog], dialog, select, svg";

    public static void main(String[] args) throws IOException {
        List<String> dirs = args.length > 0 ? List.of(args)
                : List.of("testing/fixtures/sites", "testing/fixtures/probe-sites");
        List<Unread> pages = new ArrayList<>();
        for (String dir : dirs) {
            pages.addAll(under(Path.of(dir)));
        }
        pages.sort(Comparator.comparingDouble(Unread::share).reversed());
        System.out.println("unread  words  share  page");
        pages.stream().limit(40).forEach(u -> System.out.printf("%6d %6d  %4.0f%%  %s%n", u.unread(), u.words(),
                100 * u.share(), u.file()));
    }

    /** Each HTML page under {@code dir} with content. */
    public static List<Unread> under(Path dir) throws IOException {
        List<Unread> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.html?$")).sorted().toList()) {
                of(file).ifPresent(pages::add);
            }
        }
        return pages;
    }

    /** The page's content words and how many of them no passage holds; empty for a page without content. */
    public static Optional<Unread> of(Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        Document doc = PageExtractor.parse(body, "utf-8", PAGE);
        Element main = doc.selectFirst("main");
        Element content = main != null ? main : doc.body();
        if (content == null) {
            return Optional.empty();
        }
        content.select(NEVER_CONTENT).remove();
        List<String> words = words(content.text());
        Set<String> read = PageExtractor.extract(PageExtractor.parse(body, "utf-8", PAGE), PAGE, null, null,
                "xappbot").passages().stream().map(Passage::text).flatMap(t -> words(t).stream())
                .collect(Collectors.toSet());
        long unread = words.stream().filter(w -> !read.contains(w)).count();
        return words.isEmpty() ? Optional.empty()
                : Optional.of(new Unread(file, unread, words.size()));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> w.length() > 3).toList();
    }

    /** A page, the words of its content and how many of them no passage holds. */
    public record Unread(Path file, long unread, int words) {
        public double share() {
            return (double) unread / words;
        }
    }
}
