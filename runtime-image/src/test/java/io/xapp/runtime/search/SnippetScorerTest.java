package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Scores passages exactly as Lucene's own scorer does, repeated terms included. */
class SnippetScorerTest {

    @Test
    void scoresAsLucenesPassageScorer() {
        Passage passage = new Passage();
        passage.setStartOffset(120);
        passage.setEndOffset(260);
        passage.addMatch(125, 130, new BytesRef("crown"), 3);
        passage.addMatch(140, 144, new BytesRef("cost"), 5);
        passage.addMatch(150, 155, new BytesRef("crown"), 3);
        passage.addMatch(170, 179, new BytesRef("insurance"), 2);

        assertThat(new SnippetScorer().score(passage, 2_000))
                .isEqualTo(new PassageScorer().score(passage, 2_000));
    }
}
