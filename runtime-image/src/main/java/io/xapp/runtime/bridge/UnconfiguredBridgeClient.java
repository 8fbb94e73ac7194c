package io.xapp.runtime.bridge;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Used when no bridge URL is configured (a local run): every call fails with a message saying so. */
final class UnconfiguredBridgeClient implements BridgeClient {

    private static <T> CompletionStage<T> unconfigured() {
        return CompletableFuture.failedFuture(new BridgeException(503, "no bridge is configured (bridgeUrl / "
                + "XAPP_BRIDGE_URL), so leads, bookings and usage cannot be delivered"));
    }

    @Override
    public CompletionStage<Accepted> sendLead(Lead lead) {
        return unconfigured();
    }

    @Override
    public CompletionStage<List<Slot>> slots(LocalDate from, int days) {
        return unconfigured();
    }

    @Override
    public CompletionStage<Accepted> book(Booking booking) {
        return unconfigured();
    }

    @Override
    public CompletionStage<Integer> sendUsage(List<UsageEvent> events) {
        return unconfigured();
    }
}
