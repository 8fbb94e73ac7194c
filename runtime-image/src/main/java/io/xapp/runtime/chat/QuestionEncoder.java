package io.xapp.runtime.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sentence-embedding model as {@link ContentAnswerer} asks it. */
@FunctionalInterface
public interface QuestionEncoder {

    /** Ranks by words alone. */
    QuestionEncoder NONE = texts -> Optional.empty();

    /**
     * The vectors of the visitor's question as interpreted (chat shorthand written out and typos corrected to the
     * site's spelling: "u" and "adress" are "you" and "address" to the model too), then of the sentence of it that
     * asks where it has one apart ({@link AskingSentence}), then of the rest {@link ContentAnswerer} reads the
     * question by (the question without the words the site never uses, and those words), in order and in one call;
     * empty to rank by words alone.
     */
    Optional<List<float[]>> question(List<String> texts);

    /**
     * The vectors of other texts than the visitor's question, in order (FAQ entries' own questions, to compare with
     * the visitor's); empty when none can be had now.
     */
    default Optional<List<float[]>> others(List<String> texts) {
        return Optional.empty();
    }

    /**
     * For each of a visitor's {@code words} the site never uses, with its vector ({@code vectors}, in order), the
     * site's word nearest in meaning where its cosine is at least {@code minCosine} ({@link
     * io.xapp.runtime.index.SiteWords}); words without one are left out.
     */
    default Map<String, String> siteWords(List<String> words, List<float[]> vectors, double minCosine) {
        return Map.of();
    }
}
