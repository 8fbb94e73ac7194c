package io.xapp.runtime.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring (BM25 over the passage's distinct matched terms), without its per-passage
 * {@code BytesRefHash}: that hash allocates a 32 KB block for every sentence scored, which made the highlighter
 * the largest allocator of a search and the cause of most young collections. A passage matches a handful of
 * terms, so a linear scan finds the distinct ones.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        float score = 0;
        for (int i = 0; i < matches; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int freqInPassage = 1;
            for (int j = i + 1; j < matches; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    freqInPassage++;
                }
            }
            score += tf(freqInPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
        }
        return score * norm(passage.getStartOffset());
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms[j].bytesEquals(terms[i])) {
                return true;
            }
        }
        return false;
    }
}
