package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

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
}
