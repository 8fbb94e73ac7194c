package io.xapp.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.bench.UnreadText;
import io.xapp.testing.support.Repo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page of the fixture and probe sites keeps most of its content: a page that loses two thirds of its words
 * lost a section, as the golf course's FAQ did when HubSpot's accordion panels were read as widgets (95% of the page
 * unread, every answer gone, no error anywhere). Hidden menus, cookie notices and sidebars leave the most unread of a
 * page today, a little over half of a short one ({@code bench/unread-text.sh} lists them).
 */
class ExtractionCoverageTest {

    private static final double MOST_UNREAD = 2.0 / 3;
    /** Below this many words a page is a stub (a tag index), and a share of it says little. */
    private static final int MIN_WORDS = 40;

    @Test
    void everyFixtureAndProbePageKeepsMostOfItsContent() throws IOException {
        List<UnreadText.Unread> pages = new ArrayList<>(UnreadText.under(Repo.fixtures().resolve("sites")));
        pages.addAll(UnreadText.under(Repo.fixtures().resolve("probe-sites")));
        assertThat(pages).hasSizeGreaterThan(500);
        assertThat(pages).filteredOn(page -> page.words() >= MIN_WORDS && page.share() > MOST_UNREAD).isEmpty();
    }
}
