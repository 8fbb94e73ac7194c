package io.xapp.crawler.bench;

import io.xapp.crawler.ReadCoverage;
import io.xapp.crawler.extract.PageExtractor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * For every HTML page under the given folders, the share of its content's words that no extracted passage holds
 * ({@link ReadCoverage}), most first: how a silently dropped FAQ or section shows (a builder's accordion panels read
 * as boilerplate). The share has no right value (hidden menus, cookie notices and sidebars count): it points at pages
 * to read ({@code bench/unread-text.sh [DIR...]}), and only a page {@link ReadCoverage#mostlyUnread()} fails the build
 * ({@link io.xapp.crawler.extract.ExtractionCoverageTest}) and warns QA reviewers of a customer's crawl.
 */
public final class UnreadText {

    private static final URI PAGE = URI.create("https://example.com/page");

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
            for (Path file : files.filter(f -> f.toString().matches(".*\\.html?$") && Files.isRegularFile(f)).sorted()
                    .toList()) {
                of(file).ifPresent(pages::add);
            }
        }
        return pages;
    }

    /** The page's content words and how many of them no passage holds; empty for a page without content. */
    public static Optional<Unread> of(Path file) throws IOException {
        ReadCoverage coverage = PageExtractor.extract(PageExtractor.parse(Files.readAllBytes(file), "utf-8", PAGE),
                PAGE, null, null, "xappbot").coverage();
        return coverage.words() == 0 ? Optional.empty() : Optional.of(new Unread(file, coverage));
    }

    /** A page and how much of its content the crawler read. */
    public record Unread(Path file, ReadCoverage coverage) {
        public int unread() {
            return coverage.unread();
        }

        public int words() {
            return coverage.words();
        }

        public double share() {
            return coverage.unreadShare();
        }
    }
}
