package io.xapp.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.Passage;
import io.xapp.crawler.ReadCoverage;
import io.xapp.crawler.bench.AnswerFactsRead;
import io.xapp.crawler.bench.UnreadText;
import io.xapp.testing.support.Repo;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Every page of the fixture and probe sites keeps most of its content: a page that loses two thirds of its words
 * lost a section, as the golf course's FAQ did when HubSpot's accordion panels were read as widgets (95% of the page
 * unread, every answer gone, no error anywhere). Hidden menus, cookie notices and sidebars leave the most unread of a
 * page today, a little over half of a short one ({@code bench/unread-text.sh} lists them).
 */
class ExtractionCoverageTest {

    @Test
    void everyFixtureAndProbePageKeepsMostOfItsContent() throws IOException {
        List<UnreadText.Unread> pages = new ArrayList<>(UnreadText.under(Repo.fixtures().resolve("sites")));
        pages.addAll(UnreadText.under(Repo.fixtures().resolve("probe-sites")));
        assertThat(pages).hasSizeGreaterThan(500);
        assertThat(pages).filteredOn(page -> page.coverage().mostlyUnread()).isEmpty();
    }

    /**
     * Every fact a right answer of the fixture and probe sites must hold is in the passages of the page that answers
     * it, but for these: a popup the page's script shows holding the holiday hours (Odoo's {@code s_popup}), and a
     * home page's announcement bar with the new customers' special. Both are what other sites' popups and bars
     * (newsletter sign-ups, shipping offers) make chrome.
     */
    @Test
    void everyAnswersFactsAreReadFromItsPage() throws IOException {
        List<AnswerFactsRead.Lost> lost = new ArrayList<>();
        int facts = 0;
        for (String sites : List.of("sites", "probe-sites")) {
            AnswerFactsRead.Tally tally = AnswerFactsRead.under(Repo.fixtures().resolve(sites));
            facts += tally.facts();
            lost.addAll(tally.lost());
        }
        assertThat(facts).isGreaterThan(2000);
        assertThat(lost).extracting(l -> l.site() + " " + l.fact())
                .containsExactlyInAnyOrder("bluefin-pool-service 50%", "sharp-line-barbers 2 PM");
    }

    @Test
    void aPageWhosePassagesLackItsContentShowsAsMostlyUnread() {
        String words = " Our technicians inspect every furnace, clean the burners, test the carbon monoxide levels and"
                + " replace the filter before winter arrives, usually within ninety minutes of arriving at the house.";
        String html = "<header><nav>Home Services Contact</nav></header><main><h1>Furnace tune-up</h1><p>" + words
                + "</p><p>" + words.replace("furnace", "boiler") + "</p><form>Your name</form></main>";
        URI url = URI.create("https://example.com/page");

        ReadCoverage whole = PageExtractor.extract(Jsoup.parse(html, url.toString()), url, null, null, "xappbot")
                .coverage();
        ReadCoverage lost = ContentWords.coverage(ContentWords.of(Jsoup.parse(html)),
                List.of(new Passage(List.of("Furnace tune-up"), "Furnace tune-up", null)));

        assertThat(whole.words()).as("the content's words, not the menu's or the form's").isEqualTo(44);
        assertThat(whole.unread()).isZero();
        assertThat(whole.mostlyUnread()).isFalse();
        assertThat(lost.unread()).as("all but \"furnace\" twice and \"tune\"").isEqualTo(41);
        assertThat(lost.mostlyUnread()).isTrue();
        assertThat(ContentWords.coverage(ContentWords.of(Jsoup.parse("<main><h1>Thanks</h1><p>We got your message, and"
                + " will call you back today.</p></main>")), List.of()).mostlyUnread()).as("a stub says little")
                .isFalse();
    }
}
