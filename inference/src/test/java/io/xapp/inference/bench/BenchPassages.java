package io.xapp.inference.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Passages as a runtime would send them at index time: the fixture sites' pages cut into passages of whole blocks
 * (paragraphs, list items, table rows), at most {@value #MAX_WORDS} words, a new passage at each heading.
 */
final class BenchPassages {

    static final int MAX_WORDS = 120;

    private BenchPassages() {
    }

    static List<String> fromSites(Path sitesDir) throws IOException {
        List<String> passages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sitesDir)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                passages.addAll(of(Jsoup.parse(page.toFile())));
            }
        }
        return passages;
    }

    private static List<String> of(Document page) {
        page.select("script, style, nav, footer, header").remove();
        List<String> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int words = 0;
        for (Element block : page.body().select("h1, h2, h3, h4, p, li, tr, dt, dd")) {
            if (!block.is("tr") && block.select("p, li, tr").stream().anyMatch(inner -> inner != block)) {
                continue; // a container (select() counts the element itself): its own blocks come next
            }
            String text = block.text().strip();
            int n = text.isEmpty() ? 0 : text.split("\\s+").length;
            if (n == 0) {
                continue;
            }
            if (block.is("h1, h2, h3, h4") || words + n > MAX_WORDS) {
                flush(passages, current);
                words = 0;
            }
            if (n > MAX_WORDS) {
                text = String.join(" ", List.of(text.split("\\s+")).subList(0, MAX_WORDS));
                n = MAX_WORDS;
            }
            current.append(current.isEmpty() ? "" : "\n").append(text);
            words += n;
        }
        flush(passages, current);
        return passages;
    }

    private static void flush(List<String> passages, StringBuilder current) {
        if (!current.isEmpty()) {
            passages.add(current.toString());
            current.setLength(0);
        }
    }
}
