package io.xapp.runtime.bridge;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The runtime's calls to the bridge, which relays leads and bookings to the partner's APIs and collects usage for
 * analytics. Calls complete exceptionally with {@link BridgeException}. Implementations retry calls that failed
 * with 5xx or no answer, with the same ids.
 */
public interface BridgeClient {

    CompletionStage<Accepted> sendLead(Lead lead);

    CompletionStage<List<Slot>> slots(LocalDate from, int days);

    CompletionStage<Accepted> book(Booking booking);

    /** @return how many events the bridge accepted */
    CompletionStage<Integer> sendUsage(List<UsageEvent> events);
}
