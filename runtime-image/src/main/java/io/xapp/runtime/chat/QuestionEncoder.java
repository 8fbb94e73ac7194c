package io.xapp.runtime.chat;

import java.util.List;
import java.util.Optional;

/** The sentence-embedding model as {@link ContentAnswerer} asks it. */
@FunctionalInterface
public interface QuestionEncoder {

    /** Ranks by words alone. */
    QuestionEncoder NONE = corrected -> Optional.empty();

    /**
     * The vector of the visitor's question as interpreted (chat shorthand written out and typos corrected to the
     * site's spelling: "u" and "adress" are "you" and "address" to the model too); empty to rank by words alone.
     */
    Optional<float[]> question(String corrected);

    /**
     * The vectors of other texts asked of the model besides the visitor's whole question, in order: FAQ entries' own
     * questions to compare with the visitor's, the sentence of the visitor's that asks ({@link AskingSentence});
     * empty when none can be had now (then no entry is judged by its question, and the whole question stands alone).
     */
    default Optional<List<float[]>> otherQuestions(List<String> questions) {
        return Optional.empty();
    }
}
