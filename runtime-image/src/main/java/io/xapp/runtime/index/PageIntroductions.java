package io.xapp.runtime.index;

import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    /** A page name longer than this is a sentence, not a name; it introduces nothing. */
    private static final int MAX_NAME_WORDS = 6;
    /** Marks a set of words that more than one page's name holds. */
    private static final String SEVERAL_PAGES = "";

    /** Each set of words some page's name holds, to that page's URL ({@link #SEVERAL_PAGES} if more than one). */
    private final Map<Set<String>, String> namePartsToPage;

    private PageIntroductions(Map<Set<String>, String> namePartsToPage) {
        this.namePartsToPage = namePartsToPage;
    }

    /** The names of {@code pages}: each page's first heading. */
    public static PageIntroductions of(List<CrawledPage> pages) {
        Map<Set<String>, String> parts = new HashMap<>();
        for (CrawledPage page : pages) {
            String url = page.url().toString();
            page.passages().stream().map(Passage::headingPath).filter(path -> !path.isEmpty()).findFirst()
                    .map(path -> words(path.get(0)))
                    .filter(name -> !name.isEmpty() && name.size() <= MAX_NAME_WORDS)
                    .ifPresent(name -> subsets(List.copyOf(name)).forEach(part -> parts.merge(part, url,
                            (known, added) -> known.equals(added) ? known : SEVERAL_PAGES)));
        }
        return new PageIntroductions(parts);
    }

    /**
     * Whether the passage of {@code url} headed by {@code headingPath} introduces another page: its own heading, below
     * its page's, is that page's name or a part of it.
     */
    public boolean introducesAnotherPage(String url, List<String> headingPath) {
        if (headingPath.size() < 2) {
            return false;
        }
        String page = namePartsToPage.get(words(headingPath.get(headingPath.size() - 1)));
        return page != null && !page.equals(url);
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

    /** Every non-empty subset of {@code words} (at most {@link #MAX_NAME_WORDS} of them). */
    private static List<Set<String>> subsets(List<String> words) {
        List<Set<String>> subsets = new ArrayList<>();
        for (int mask = 1; mask < 1 << words.size(); mask++) {
            Set<String> subset = new HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(words.get(i));
                }
            }
            subsets.add(Set.copyOf(subset));
        }
        return subsets;
    }
}
