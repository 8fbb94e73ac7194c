package io.xapp.runtime.index;

import java.util.List;

/** Field names of a passage document in the content index. One document per passage of a crawled page. */
public final class PassageFields {

    /** Page URL plus "#" and the passage's position on the page: unique per document. */
    public static final String ID = "id";
    /** The page URL (not analyzed), for grouping passages into pages. */
    public static final String URL = "url";
    /** Page title. */
    public static final String TITLE = "title";
    /** The headings above the passage, outermost first, joined with {@link #HEADING_SEPARATOR}. */
    public static final String HEADINGS = "headings";
    /** The passage text (indexed with offsets for highlighting). */
    public static final String BODY = "body";
    /** Title, headings and body together: what a passage is about, for relevance coverage. */
    public static final String ALL = "all";
    /** Unstemmed words of title, headings and body: the spell checker's vocabulary. */
    public static final String WORDS = "words";
    /** Position of the passage on its page (0 = first), a small tie-breaker toward the top of the page. */
    public static final String POSITION = "position";

    /** How many passages the page has: how broad the page is, for preferring the page about a topic. */
    public static final String PAGE_PASSAGES = "pagePassages";

    /** 1 for a passage that introduces a person (a team page's entry, {@link PersonEntries}), for "who" questions. */
    public static final String PERSON = "person";
    /** 1 for a passage that introduces another page of the site ({@link PageIntroductions}), a card for it. */
    public static final String INTRODUCES = "introduces";
    /**
     * 1 for the facts of the site's header and footer ({@link io.xapp.crawler.Passage#siteWide}), which every page
     * shows and one page keeps ({@link RepeatedPassages}).
     */
    public static final String SITE_WIDE = "siteWide";
    /** The {@link StatedFact}s the passage's text states, as a set of their bits: "how much" prefers a price. */
    public static final String FACTS = "facts";
    /** What a person entry names them as ({@link PersonEntries#roles}), one term per role: "which vet ...". */
    public static final String PERSON_ROLE = "personRole";

    /**
     * What a result or answer shows of the passage (the deep-link anchor of its nearest heading, title, headings,
     * text), as binary doc values written by {@link PassageDocuments#view}: read directly from the mapped file,
     * where a stored document decompresses its block first.
     */
    public static final String VIEW = "view";

    /**
     * The passage's sentence-embedding vector (title, headings and text, embedded together), compared by dot
     * product; absent while the inference service could not embed it.
     */
    public static final String VECTOR = "vector";
    /**
     * A hash of the text {@link #VECTOR} embeds, as binary doc values: the next generation reuses the vector of an
     * unchanged passage instead of embedding it again.
     */
    public static final String EMBEDDING_KEY = "embeddingKey";

    /**
     * The language the passage's page declares ({@link PageLanguages#primary}), indexed and as doc values; absent
     * when it declares none.
     */
    public static final String LANGUAGE = "language";

    public static final String HEADING_SEPARATOR = " › ";

    /** The heading path a {@link #HEADINGS} value holds, outermost first; empty for none. */
    public static List<String> headingPath(String headings) {
        return headings.isEmpty() ? List.of() : List.of(headings.split(HEADING_SEPARATOR));
    }

    /** A passage's own heading: the last of its path, or "" when it has none. */
    public static String ownHeading(List<String> headingPath) {
        return headingPath.isEmpty() ? "" : headingPath.get(headingPath.size() - 1).strip();
    }

    private PassageFields() {
    }
}
