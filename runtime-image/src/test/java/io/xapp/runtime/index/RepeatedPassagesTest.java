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

/** A block a site's template puts on many pages is indexed once; what two pages share stays on both. */
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
}
