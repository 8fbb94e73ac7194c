package io.xapp.bridge.intake;

import io.xapp.bridge.events.EventParser;
import io.xapp.bridge.events.EventSource;
import io.xapp.bridge.events.InboundEvent;
import io.xapp.bridge.events.InvalidEventException;
import io.xapp.bridge.subscription.AssistantRejectedException;
import io.xapp.bridge.subscription.SubscriptionOutcome;
import io.xapp.bridge.subscription.SubscriptionService;

/** One path for every transport: parse and validate the body, then apply it. */
public final class EventIntake {

    private final EventParser parser;
    private final SubscriptionService subscriptions;

    public EventIntake(EventParser parser, SubscriptionService subscriptions) {
        this.parser = parser;
        this.subscriptions = subscriptions;
    }

    /** What happened to one event. */
    public record Result(String eventId, SubscriptionOutcome outcome) {
    }

    /**
     * @throws InvalidEventException when the event is malformed or the API server refuses it: do not retry
     * @throws RuntimeException when something transient failed: retry later
     */
    public Result accept(byte[] body, EventSource source) {
        return apply(parse(body, source));
    }

    /**
     * The event a body holds, validated; nothing is applied yet.
     *
     * @throws InvalidEventException when the body is not a valid partner event: do not retry
     */
    public InboundEvent parse(byte[] body, EventSource source) {
        return parser.parse(body, source);
    }

    /**
     * Applies a parsed event.
     *
     * @throws InvalidEventException when the API server refuses the Assistant it makes: do not retry
     * @throws RuntimeException when something transient failed: retry later
     */
    public Result apply(InboundEvent event) {
        try {
            return new Result(event.eventId(), subscriptions.apply(event));
        } catch (AssistantRejectedException e) {
            throw new InvalidEventException(event.event().type() + " " + event.eventId() + " for customer '"
                    + event.event().customerId() + "' was refused: " + e.getMessage());
        }
    }
}
