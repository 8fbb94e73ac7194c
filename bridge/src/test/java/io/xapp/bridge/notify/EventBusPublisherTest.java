package io.xapp.bridge.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.testing.support.Moto;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** PutEvents partial failures, as the real client reports them (moto refuses a malformed detail per entry). */
class EventBusPublisherTest {

    @Test
    void reportsEachEntrysOutcomeInOrder() {
        EventBridgeClient events = Moto.get().eventBridge();
        String bus = "partial-" + System.nanoTime();
        events.createEventBus(r -> r.name(bus));
        EventBusPublisher publisher = new EventBusPublisher(events, bus, "xapp.bridge");
        List<EventBusPublisher.Outcome> outcomes = publisher.publish(List.of("{\"id\": \"a\"}", "not json",
                "{\"id\": \"c\"}"));
        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0).eventId()).isNotBlank();
        assertThat(outcomes.get(1).eventId()).isNull();
        assertThat(outcomes.get(1).error()).contains("MalformedDetail");
        assertThat(outcomes.get(2).eventId()).isNotBlank();
    }
}
