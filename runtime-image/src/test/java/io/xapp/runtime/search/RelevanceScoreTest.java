package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pages state the facts in full: topical pages over the home page, the home page over articles and FAQs. */
class RelevanceScoreTest {

    @Test
    void topicalPagesCountInFullTheHomePageLessAndArticlesLeast() {
        assertThat(RelevanceScore.editorialPrior("https://example.com/services/crowns.html")).isEqualTo(1);
        assertThat(RelevanceScore.editorialPrior("https://example.com/contact")).isEqualTo(1);
        assertThat(RelevanceScore.editorialPrior("https://example.com/")).isEqualTo(0.9);
        assertThat(RelevanceScore.editorialPrior("https://example.com")).isEqualTo(0.9);
        assertThat(RelevanceScore.editorialPrior("https://example.com/index.html")).isEqualTo(0.9);
        assertThat(RelevanceScore.editorialPrior("https://example.com/?utm_source=x")).isEqualTo(0.9);
        assertThat(RelevanceScore.editorialPrior("https://example.com/homepage-redesign.html")).isEqualTo(1);
        assertThat(RelevanceScore.editorialPrior("https://example.com/blog/chipped-tooth.html")).isEqualTo(0.8);
        assertThat(RelevanceScore.editorialPrior("https://example.com/faq.html")).isEqualTo(0.8);
    }

    @Test
    void whereOnlyAnEntityMarkerMatchesCoverageStillRanks() {
        // "where are you located": no candidate has the question's words, one has a street address.
        Candidate address = candidate("https://example.com/", 1.0);
        Candidate story = candidate("https://example.com/about/", 0.0);

        RelevanceScore.score(List.of(story, address));

        assertThat(address.score).isGreaterThan(story.score);
        assertThat(story.score).isZero();
    }

    private static Candidate candidate(String url, double coverage) {
        Candidate c = new Candidate(0);
        c.url = url;
        c.coverage = coverage;
        c.pagePassages = 3;
        return c;
    }
}
