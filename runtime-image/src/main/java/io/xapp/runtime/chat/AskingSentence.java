package io.xapp.runtime.chat;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sentence of a visitor's message that asks, where the message tells more than its question: "hi! my dad is 78
 * and keeps cranking the tv volume. is the quick hearing check free or do we have to pay for it?". The context
 * around it (who it is for, why now) is the visitor's, not the site's, and weighs on the whole message's meaning as
 * much as the question does.
 */
final class AskingSentence {

    /** Where a sentence ends: after its punctuation, before the space that follows it. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private AskingSentence() {
    }

    /**
     * The last sentence that asks (ends in a question mark), else the last sentence; empty when the message is one
     * sentence, as most are.
     */
    static Optional<String> of(String message) {
        String[] sentences = SENTENCE_END.split(message.strip());
        if (sentences.length < 2) {
            return Optional.empty();
        }
        for (int i = sentences.length - 1; i >= 0; i--) {
            if (sentences[i].contains("?")) {
                return Optional.of(sentences[i]);
            }
        }
        return Optional.of(sentences[sentences.length - 1]);
    }
}
