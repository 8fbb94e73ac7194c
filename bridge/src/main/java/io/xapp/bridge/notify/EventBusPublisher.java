package io.xapp.bridge.notify;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/** PutEvents of ReadyForInstallation details to the partner's bus, reporting each entry's outcome. */
public final class EventBusPublisher {

    public static final String DETAIL_TYPE = "ReadyForInstallation";

    private final EventBridgeClient events;
    private final String busName;
    private final String source;

    public EventBusPublisher(EventBridgeClient events, String busName, String source) {
        this.events = events;
        this.busName = busName;
        this.source = source;
    }

    /** The event id PutEvents gave an entry, or the error it reported for it. */
    public record Outcome(String eventId, String error) {
        static Outcome failed(String error) {
            return new Outcome(null, error);
        }
    }

    /** Up to 10 details in one call; one outcome per detail, in order (PutEvents may fail some entries only). */
    public List<Outcome> publish(List<String> details) {
        List<PutEventsRequestEntry> entries = details.stream().map(d -> PutEventsRequestEntry.builder()
                .eventBusName(busName).source(source).detailType(DETAIL_TYPE).detail(d).build()).toList();
        PutEventsResponse response = events.putEvents(r -> r.entries(entries));
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            PutEventsResultEntry e = i < response.entries().size() ? response.entries().get(i) : null;
            if (e == null) {
                out.add(Outcome.failed("PutEvents returned no result for this entry"));
            } else if (e.errorCode() != null || e.eventId() == null) {
                out.add(Outcome.failed(e.errorCode() + ": " + e.errorMessage()));
            } else {
                out.add(new Outcome(e.eventId(), null));
            }
        }
        return out;
    }
}
