package io.xapp.runtime.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a site's template puts on many pages is indexed once, whether a passage of its own or a block among a
 * passage's other text; what two pages share stays on both.
 */
class RepeatedPassagesTest {

    private static final Passage CALL_TO_ACTION = new Passage(List.of("Ready when you are"),
            "Ready when you are\nBook a visit online or give us a call.", null);

    private static CrawledPage page(String path, Passage... passages) {
        URI url = URI.create("https://example.com" + path);
        return new CrawledPage(url, path, null, "en", url, 1, "", List.of(passages), path, null, null, Instant.now(),
                false);
    }

    private static Passage own(String path, int i) {
        return new Passage(List.of(path), "What " + path + " says, part " + i, null);
    }

    private static CrawlResult crawl(CrawledPage... pages) {
        return new CrawlResult(URI.create("https://example.com/"), Instant.now(), Instant.now(), List.of(pages),
                List.of(), null, CrawlEndReason.COMPLETED);
    }

    @Test
    void aPassageOnThreePagesOrMoreStaysOnlyOnTheFirstCrawled() {
        CrawledPage home = page("/", own("/", 1), own("/", 2), CALL_TO_ACTION);
        CrawledPage services = page("/services", own("/services", 1), CALL_TO_ACTION, own("/services", 2));
        // The same words laid out on other lines: still the template's block.
        CrawledPage book = page("/book", own("/book", 1), new Passage(List.of("Ready when you are"),
                "Ready when you are\n  Book a visit online\nor give us a call.  ", null));
        CrawledPage about = page("/about", own("/about", 1), CALL_TO_ACTION);

        RepeatedPassages repeated = RepeatedPassages.in(crawl(home, services, book, about));

        assertThat(repeated.templatePassages()).isEqualTo(1);
        assertThat(repeated.indexedOf(home)).containsExactly(own("/", 1), own("/", 2), CALL_TO_ACTION);
        assertThat(repeated.indexedOf(services)).containsExactly(own("/services", 1), own("/services", 2));
        assertThat(repeated.indexedOf(book)).containsExactly(own("/book", 1));
        assertThat(repeated.indexedOf(about)).containsExactly(own("/about", 1));
    }

    @Test
    void aPassageOfTheSiteHeaderOrFooterStaysOnlyOnTheFirstPageEvenOnTwoPages() {
        Passage hours = new Passage(List.of("Honest car repair"), "(555) 555-0177 Mon–Fri 7:30–18:00", null, true);
        CrawledPage home = page("/", own("/", 1), hours);
        CrawledPage privacy = page("/privacy/", own("/privacy/", 1),
                new Passage(List.of("Privacy"), hours.text(), null, true));

        RepeatedPassages repeated = RepeatedPassages.in(crawl(home, privacy));

        assertThat(repeated.indexedOf(home)).containsExactly(own("/", 1), hours);
        assertThat(repeated.indexedOf(privacy)).containsExactly(own("/privacy/", 1));
    }

    @Test
    void theSiteHeaderOrFooterStaysOnTheContactPageNearestTheRoot() {
        Passage hours = new Passage(List.of("Honest car repair"), "(555) 555-0177 Mon–Fri 7:30–18:00", null, true);
        CrawledPage home = page("/", own("/", 1), hours);
        CrawledPage services = page("/services/", own("/services/", 1), hours);
        CrawledPage translated = page("/es/contacto/", own("/es/contacto/", 1), hours);
        CrawledPage contact = page("/contact-us.html", own("/contact-us.html", 1), hours);

        RepeatedPassages repeated = RepeatedPassages.in(crawl(home, services, translated, contact));

        assertThat(repeated.indexedOf(contact)).containsExactly(own("/contact-us.html", 1), hours);
        assertThat(repeated.indexedOf(home)).containsExactly(own("/", 1));
        assertThat(repeated.indexedOf(translated)).containsExactly(own("/es/contacto/", 1));
        assertThat(repeated.indexedOf(services)).containsExactly(own("/services/", 1));
    }

    @Test
    void aPassageTwoPagesShareStaysOnBoth() {
        Passage teaser = new Passage(List.of("Chipped a tooth?"), "Chipped a tooth? What to do in the first hour.",
                null);
        CrawledPage blog = page("/blog/", own("/blog/", 1), teaser);
        CrawledPage article = page("/blog/chipped", teaser, own("/blog/chipped", 1));

        RepeatedPassages repeated = RepeatedPassages.in(crawl(blog, article));

        assertThat(repeated.templatePassages()).isZero();
        assertThat(repeated.indexedOf(blog)).containsExactly(own("/blog/", 1), teaser);
        assertThat(repeated.indexedOf(article)).containsExactly(teaser, own("/blog/chipped", 1));
    }

    @Test
    void aBlockRepeatedAmongOtherTextStaysOnlyOnTheFirstPageButWhereItIsAPassagesOnlyText() {
        String footer = "Open Mon-Fri 8-5\nCall (555) 010-0142";
        String cookies = "We use cookies to improve your visit.";
        CrawledPage home = page("/", new Passage(List.of("Welcome"), "Welcome\nGentle care.\n\n" + footer, null));
        CrawledPage about = page("/about", new Passage(List.of("Our story"),
                "Our story\nFounded in 1998.\n\n" + footer + "\n\n" + cookies, null));
        CrawledPage hours = page("/opening-hours", new Passage(List.of("Opening hours"), "Opening hours\n" + footer,
                null), new Passage(List.of("Parking"), "Parking\nFree lot.\n\n" + cookies, null));
        CrawledPage fees = page("/fees", new Passage(List.of("Fees"), "Fees\nExam $60.\n\n" + footer + "\n\n"
                + cookies, null), new Passage(List.of("Cookies"), "Cookies\n" + cookies + "\n\n" + footer, null));

        RepeatedPassages repeated = RepeatedPassages.in(crawl(home, about, hours, fees));

        assertThat(repeated.templateBlocks()).isEqualTo(2);
        assertThat(repeated.indexedOf(home)).extracting(Passage::text)
                .containsExactly("Welcome\nGentle care.\n\n" + footer);
        assertThat(repeated.indexedOf(about)).extracting(Passage::text)
                .as("the cookie notice is first found here").containsExactly("Our story\nFounded in 1998.\n\n" + cookies);
        assertThat(repeated.indexedOf(hours)).extracting(Passage::text)
                .as("the opening hours are what the passage is about").containsExactly("Opening hours\n" + footer,
                        "Parking\nFree lot.");
        assertThat(repeated.indexedOf(fees)).extracting(Passage::text).as("a passage left with none is left out")
                .containsExactly("Fees\nExam $60.");
        assertThat(repeated.indexedOf(fees).get(0).headingPath()).containsExactly("Fees");
    }

    @Test
    void theFootersFactsThePagesContentStatesStayThere() {
        String address = "415 Mill Road\nRiverside, IL 62711";
        String phone = "(217) 555-0122";
        Passage footer = new Passage(List.of("Home"), "Springfield\n\n" + address + "\n\n" + phone, null, true);
        CrawledPage home = page("/", own("/", 1), footer);
        CrawledPage team = page("/team", own("/team", 1), footer);
        CrawledPage clinic = page("/locations/riverside", own("/locations/riverside", 1),
                new Passage(List.of("Riverside clinic", "Address"), "Address\n" + address + "\n\n" + phone, null),
                footer);

        RepeatedPassages repeated = RepeatedPassages.in(crawl(home, team, clinic));

        assertThat(repeated.indexedOf(clinic)).extracting(Passage::text)
                .contains("Address\n" + address + "\n\n" + phone);
        assertThat(repeated.indexedOf(team)).extracting(Passage::text).containsExactly(own("/team", 1).text());
        CrawledPage contact = page("/contact", new Passage(List.of("Contact us"), "Contact us\n" + address
                + "\n\nStreet parking is free.", null), footer);
        RepeatedPassages withContactPage = RepeatedPassages.in(crawl(home, team, contact));
        assertThat(withContactPage.indexedOf(contact)).extracting(Passage::text).as("among other text too")
                .containsExactly("Contact us\n" + address + "\n\nStreet parking is free.", footer.text());
        assertThat(withContactPage.indexedOf(home)).containsExactly(own("/", 1));
    }

    @Test
    void aBandOfTheFootersFactsInTheContentOfThreePagesIsTheTemplates() {
        String address = "415 Mill Road\nRiverside, IL 62711";
        Passage footer = new Passage(List.of("Home"), "Springfield\n\n" + address, null, true);
        Passage band = new Passage(List.of("Visit us"), "Visit us\n" + address + "\n\nOpen daily.", null);
        CrawledPage home = page("/", own("/", 1), band, footer);
        CrawledPage team = page("/team", own("/team", 1), band, footer);
        CrawledPage fees = page("/fees", own("/fees", 1), band, footer);

        RepeatedPassages repeated = RepeatedPassages.in(crawl(home, team, fees));

        assertThat(repeated.indexedOf(fees)).extracting(Passage::text).containsExactly(own("/fees", 1).text());
        assertThat(repeated.indexedOf(home)).extracting(Passage::text).contains(band.text());
    }
}
