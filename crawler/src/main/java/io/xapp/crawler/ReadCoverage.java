package io.xapp.crawler;

/**
 * How much of a page's visible content the crawler read into passages: the words (four letters or more) of its
 * {@code <main>}, or its body, less what is never content (scripts, forms, menus, the site's header and footer,
 * dialogs), and how many of them no passage holds. Markup the extractor misreads (a builder's accordion panels
 * taken for boilerplate) loses a section without an error anywhere: the page is indexed, only its answers are
 * missing. A page that shows as {@link #mostlyUnread()} is where a reviewer should look.
 *
 * @param words  the content words the page shows
 * @param unread how many of them no passage holds
 */
public record ReadCoverage(int words, int unread) {

    /** Not measured (a crawl stored before pages were measured). */
    public static final ReadCoverage UNKNOWN = new ReadCoverage(0, 0);
    /**
     * Below this many words a page is a stub (a tag index, a thank-you page), and a share of it says little. Hidden
     * menus, cookie notices and sidebars leave up to a little over half of a short page unread, so only two thirds
     * unread is a page whose content was lost: no page of the 82 fixture and probe sites is, and each loss the probes
     * found (a golf course's FAQ, an insurance agency's quote page) was 90% or more.
     */
    public static final int MIN_WORDS = 40;

    public ReadCoverage {
        if (words < 0 || unread < 0 || unread > words) {
            throw new IllegalArgumentException("unread " + unread + " of " + words + " words");
        }
    }

    /** The share of its content words no passage holds; 0 for a page without content. */
    public double unreadShare() {
        return words == 0 ? 0 : (double) unread / words;
    }

    /** "12 of 140 words read": how reviewers are told. */
    public String wordsRead() {
        return (words - unread) + " of " + words + " words read";
    }

    /** Whether the page has content and the crawler read at most a third of it. */
    public boolean mostlyUnread() {
        return words >= MIN_WORDS && 3L * unread >= 2L * words;
    }
}
