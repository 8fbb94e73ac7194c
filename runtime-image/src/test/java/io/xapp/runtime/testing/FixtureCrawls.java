package io.xapp.runtime.testing;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.extract.ExtractedPage;
import io.xapp.crawler.extract.PageExtractor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Crawl results built straight from fixture files with the crawler's page extractor, for fast unit tests. */
public final class FixtureCrawls {

    private FixtureCrawls() {
    }

    public static CrawlResult dental(URI base) throws IOException {
        Path www = Fixtures.dental().resolve("www");
        List<CrawledPage> pages = new ArrayList<>();
        for (String path : List.of("/", "/about.html", "/team.html", "/services/", "/services/cleanings-and-exams.html",
                "/services/childrens-dentistry.html", "/services/fillings-and-crowns.html",
                "/services/teeth-whitening.html", "/services/emergency-dentistry.html", "/insurance-and-pricing.html",
                "/faq.html", "/contact.html", "/book-appointment.html", "/blog/",
                "/blog/how-often-should-kids-see-the-dentist.html", "/blog/what-to-do-if-you-chip-a-tooth.html",
                "/privacy.html")) {
            Path file = www.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : ""));
            URI url = base.resolve(path);
            var doc = PageExtractor.parse(Files.readAllBytes(file), "utf-8", url);
            ExtractedPage page = PageExtractor.extract(doc, url, null, null, "xappbot");
            pages.add(new CrawledPage(url, doc.title(), null, "en", url, 0, page.text(), page.passages(),
                    page.contentHash(), null, null, Instant.now(), false));
        }
        return new CrawlResult(base, Instant.now(), Instant.now(), pages, List.of(), null, CrawlEndReason.COMPLETED);
    }
}
