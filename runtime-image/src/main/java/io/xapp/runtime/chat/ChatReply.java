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

    /** A button: {@code type} is leadCapture or booking, {@code label} its text. */
    public record Action(String type, String label) {
    }
}
