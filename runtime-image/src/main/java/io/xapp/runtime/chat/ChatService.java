package io.xapp.runtime.chat;

import io.xapp.api.v1alpha1.AssistantTemplateSpec.CallToAction;
import io.xapp.runtime.config.RuntimeSettings;
import io.xapp.runtime.content.ContentGeneration;
import io.xapp.runtime.content.ContentIndex;
import io.xapp.runtime.search.QueryInterpreter;
import io.xapp.runtime.semantic.QuestionVectors;
import io.xapp.runtime.usage.UsageRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Replies to a visitor's chat message: a greeting, a call to action, or an answer from the site's content. */
@ApplicationScoped
public class ChatService {

    static final String LEAD_CAPTURE = "leadCapture";
    static final String BOOKING = "booking";

    private final RuntimeSettings settings;
    private final ContentIndex index;
    private final ContentAnswerer answerer;
    private final IntentClassifier intents = new IntentClassifier();
    private final UsageRecorder usage;
    private final QuestionVectors vectors;

    ChatService(RuntimeSettings settings, ContentIndex index, QueryInterpreter interpreter, UsageRecorder usage,
                QuestionVectors vectors) {
        this.settings = settings;
        this.index = index;
        this.answerer = new ContentAnswerer(interpreter);
        this.usage = usage;
        this.vectors = vectors;
    }

    public ChatReply reply(String message, String sessionId, String userId) {
        ChatReply reply = switch (intents.classify(message)) {
            case GREETING -> ChatReply.saying(Intent.GREETING, settings.personalize(settings.template().getGreeting()))
                    .withSuggestions(settings.template().getSuggestedQuestions());
            case THANKS -> ChatReply.saying(Intent.THANKS,
                    "You're welcome! Is there anything else I can help you with?");
            case CONTACT -> ChatReply.saying(Intent.CONTACT, "Happy to connect you with the team at "
                    + settings.companyName() + ". Leave your name, an email or phone number and a short message, "
                    + "and they will get back to you.").withAction(leadAction());
            case BOOKING -> booking();
            case QUESTION -> withBookingOffered(message, answer(message));
        };
        usage.recordChat(sessionId, userId, message, reply.noContent());
        return reply;
    }

    /** The answer to a question from the content alone (the QA preview shows these for the suggested questions). */
    public ChatReply answer(String question) {
        ContentAnswer answer;
        try (ContentIndex.Lease lease = index.require()) {
            ContentGeneration generation = lease.generation();
            answer = answerer.answer(question, generation.searcher(), new QuestionEncoder() {
                @Override
                public Optional<List<float[]>> question(List<String> texts) {
                    return vectors.of(texts, generation.vectorModel());
                }

                @Override
                public Optional<List<float[]>> others(List<String> texts) {
                    return vectors.ofOthers(texts, generation.vectorModel());
                }

                @Override
                public Map<String, String> siteWords(List<String> words, List<float[]> found, double minCosine) {
                    return generation.siteWords().map(site -> site.nearest(words, found, minCosine))
                            .orElse(Map.of());
                }
            });
        }
        if (answer.found()) {
            return ChatReply.answering(answer);
        }
        String text = settings.personalize(settings.template().getNoContentMessage())
                + " Would you like to leave your details so the team can get back to you?";
        return ChatReply.noContent(text, leadAction());
    }

    /**
     * A question how to book ("how do i make an appointment?") is answered from the site's own words; the way to book
     * here (the booking form, or the team when the chat cannot book) is offered beside the answer.
     */
    private ChatReply withBookingOffered(String message, ChatReply answer) {
        if (answer.noContent() || !intents.mentionsBooking(message)) {
            return answer;
        }
        return answer.withAction(bookingAction().orElseGet(this::leadAction));
    }

    private ChatReply booking() {
        Optional<ChatReply.Action> booking = bookingAction();
        if (booking.isEmpty()) {
            return ChatReply.saying(Intent.BOOKING, "I can't book appointments here, but the team at "
                    + settings.companyName() + " can. Leave your details and they will get back to you to find a "
                    + "time.").withAction(leadAction());
        }
        return ChatReply.saying(Intent.BOOKING, "Let's find a time that suits you. Pick one of the available slots.")
                .withAction(booking.get());
    }

    /** The booking form's action, when the template offers booking and the bridge can take it. */
    private Optional<ChatReply.Action> bookingAction() {
        return callToAction(CallToAction.Type.BOOKING).filter(c -> settings.bridgeUrl().isPresent())
                .map(c -> new ChatReply.Action(BOOKING, label(c, "Book a visit")));
    }

    private ChatReply.Action leadAction() {
        String label = callToAction(CallToAction.Type.LEAD_CAPTURE).map(c -> label(c, "Talk to our team"))
                .orElse("Talk to our team");
        return new ChatReply.Action(LEAD_CAPTURE, label);
    }

    private Optional<CallToAction> callToAction(CallToAction.Type type) {
        return settings.template().getCallsToAction().stream().filter(c -> c.getType() == type).findFirst();
    }

    private static String label(CallToAction action, String fallback) {
        return action.getLabel() == null || action.getLabel().isBlank() ? fallback : action.getLabel();
    }
}
