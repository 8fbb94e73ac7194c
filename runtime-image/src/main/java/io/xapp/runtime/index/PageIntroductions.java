package io.xapp.runtime.index;

import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Passages that introduce another page of the site: a home page's card "Roof replacement" above two lines on the
 * roof replacement page, a services page's "Tree removal" above the tree removal page's summary. Such a card is
 * headed by the other page's name, or by a part of it ("Pruning" for "Pruning & trimming", "Packing" for "Packing
 * service"), and says in brief what that page says in full; marked in the index ({@link PassageFields#INTRODUCES})
 * so that the page itself answers where it answers as well.
 */
public final class PageIntroductions {

    /** No page names known: no passage is marked. */
    public static final PageIntroductions NONE = new PageIntroductions(Map.of());

    /**
     * A page name longer than this is a sentence, not a name: only a heading that is the whole of it introduces the
     * page (a blog post's title above its summary on a tag page or the home page), not one of its parts.
     */
    private static final int MAX_NAME_WORDS = 6;

    private record PageName(String url, Set<String> words) {
    }

    /** Each page's name, under each of its words. */
    private final Map<String, List<PageName>> namesByWord;

    private PageIntroductions(Map<String, List<PageName>> namesByWord) {
        this.namesByWord = namesByWord;
    }

    /** The names of {@code pages}: each page's first heading. */
    public static PageIntroductions of(List<CrawledPage> pages) {
        Map<String, List<PageName>> byWord = new HashMap<>();
        for (CrawledPage page : pages) {
            page.passages().stream().map(Passage::headingPath).filter(path -> !path.isEmpty()).findFirst()
                    .map(path -> new PageName(page.url().toString(), words(path.get(0))))
                    .filter(name -> !name.words().isEmpty())
                    .ifPresent(name -> name.words().forEach(word -> byWord.computeIfAbsent(word,
                            w -> new ArrayList<>()).add(name)));
        }
        return new PageIntroductions(byWord);
    }

    /**
     * Whether the passage of {@code url} headed by {@code headingPath} introduces another page: its own heading, below
     * its page's, is that page's name or a part of it.
     */
    public boolean introducesAnotherPage(String url, List<String> headingPath) {
        if (headingPath.size() < 2) {
            return false;
        }
        Set<String> heading = words(headingPath.get(headingPath.size() - 1));
        // Only names holding every word of the heading can be it: those under its rarest word are enough to look at.
        return heading.stream().map(word -> namesByWord.getOrDefault(word, List.of()))
                .min(Comparator.comparingInt(List::size)).orElse(List.of()).stream()
                .anyMatch(name -> !name.url().equals(url) && name.words().containsAll(heading)
                        && (name.words().size() <= MAX_NAME_WORDS || name.words().equals(heading)));
    }

    /** The words of a heading, lower case, without "and" ("Pruning & trimming" is "pruning", "trimming"). */
    private static Set<String> words(String heading) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : heading.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !word.equals("and")) {
                words.add(word);
            }
        }
        return words;
    }
}
