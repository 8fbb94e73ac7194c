package io.xapp.runtime.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to one chat message, as POST /api/chat returns it.
 *
 * @param noContent   the site does not answer the question (the answer then says so and offers lead capture)
 * @param actions     calls to action the widget renders as buttons
 * @param suggestions follow-up questions the widget may offer (after a greeting)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChatReply(String answer, List<ContentAnswer.Source> sources, boolean noContent, List<Action> actions,
                        Intent intent, List<String> suggestions) {

    public ChatReply {
        sources = List.copyOf(sources);
        actions = List.copyOf(actions);
        suggestions = List.copyOf(suggestions);
    }

    /** A reply of text alone: no sources, buttons or suggestions. */
    static ChatReply saying(Intent intent, String text) {
        return new ChatReply(text, List.of(), false, List.of(), intent, List.of());
    }

    /** The site's answer to a question, with its sources. */
    static ChatReply answering(ContentAnswer answer) {
        return new ChatReply(answer.text(), answer.sources(), false, List.of(), Intent.QUESTION, List.of());
    }

    /** The site does not answer the question: {@code text} says so, and {@code offer} is the way on. */
    static ChatReply noContent(String text, Action offer) {
        return new ChatReply(text, List.of(), true, List.of(offer), Intent.QUESTION, List.of());
    }

    ChatReply withAction(Action action) {
        return new ChatReply(answer, sources, noContent, List.of(action), intent, suggestions);
    }

    ChatReply withSuggestions(List<String> questions) {
        return new ChatReply(answer, sources, noContent, actions, intent, questions);
    }

    /** A button: {@code type} is leadCapture or booking, {@code label} its text. */
    public record Action(String type, String label) {
    }
}
