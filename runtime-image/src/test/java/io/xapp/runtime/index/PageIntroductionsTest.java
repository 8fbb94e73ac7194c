package io.xapp.runtime.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A card headed by another page's name, or a part of it, introduces that page; the page's own sections do not. */
class PageIntroductionsTest {

    private static final String HOME = "https://example.com/";
    private static final String PRUNING = "https://example.com/services/pruning/";
    private static final String POST = "Monsoon Season Pool Prep: 5 Things to Do Before the Storms";

    private final PageIntroductions introductions = PageIntroductions.of(List.of(
            page("/", new Passage(List.of("Tree care in Ann Arbor"), "Certified arborists.", null),
                    new Passage(List.of("Tree care in Ann Arbor", "Pruning"), "Crown thinning and raising.", null)),
            page("/services/pruning/", new Passage(List.of("Pruning & trimming"), "We prune in winter.", null),
                    new Passage(List.of("Pruning & trimming", "When we prune"), "Oaks in winter.", null)),
            page("/posts/monsoon-prep/", new Passage(List.of(POST), "Storms bring dust.", null))));

    @Test
    void aCardHeadedByAPartOfAnotherPagesNameIntroducesIt() {
        assertThat(introductions.introducesAnotherPage(HOME, List.of("Tree care in Ann Arbor", "Pruning"))).isTrue();
        assertThat(introductions.introducesAnotherPage(HOME, List.of("Tree care", "Trimming & pruning"))).isTrue();
    }

    @Test
    void aCardHeadedByAPostsWholeTitleIntroducesItAPartOfItNothing() {
        assertThat(introductions.introducesAnotherPage("https://example.com/tags/monsoon/", List.of("monsoon", POST)))
                .isTrue();
        assertThat(introductions.introducesAnotherPage(HOME, List.of("Tree care in Ann Arbor", "Monsoon season")))
                .isFalse();
    }

    @Test
    void aPagesOwnSectionsAndHeadingsOfNoPagesNameIntroduceNothing() {
        assertThat(introductions.introducesAnotherPage(PRUNING, List.of("Pruning & trimming"))).isFalse();
        assertThat(introductions.introducesAnotherPage(PRUNING, List.of("Pruning & trimming", "Pruning"))).isFalse();
        assertThat(introductions.introducesAnotherPage(HOME, List.of("Tree care in Ann Arbor", "Pruning oaks")))
                .isFalse();
        assertThat(PageIntroductions.NONE.introducesAnotherPage(HOME, List.of("Tree care", "Pruning"))).isFalse();
    }

    private static CrawledPage page(String path, Passage... passages) {
        URI url = URI.create("https://example.com" + path);
        return new CrawledPage(url, path, null, "en", url, 1, "", List.of(passages), path, null, null, Instant.now(),
                false);
    }
}
