package io.xapp.crawler.extract;

import io.xapp.crawler.Passage;
import io.xapp.crawler.ReadCoverage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Measures {@link ReadCoverage}: the words a page shows as content against the words its passages hold. */
final class ContentWords {

    private static final String NEVER_CONTENT = "script, style, noscript, template, form, nav, header, footer, "
            + "[role=dialog], dialog, select, svg";

    private ContentWords() {
    }

    /** The content words of {@code doc} as it is now (before boilerplate is removed from it); the page is unchanged. */
    static List<String> of(Document doc) {
        Element main = doc.selectFirst("main");
        Element content = main != null ? main : doc.body();
        if (content == null) {
            return List.of();
        }
        Element copy = content.clone();
        copy.select(NEVER_CONTENT).remove();
        return words(copy.text());
    }

    static ReadCoverage coverage(List<String> contentWords, List<Passage> passages) {
        Set<String> read = passages.stream().flatMap(p -> words(p.text()).stream()).collect(Collectors.toSet());
        int unread = (int) contentWords.stream().filter(w -> !read.contains(w)).count();
        return new ReadCoverage(contentWords.size(), unread);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> w.length() > 3).toList();
    }
}
