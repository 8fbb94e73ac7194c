package io.xapp.runtime.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.runtime.bridge.UsageEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageBufferTest {

    private static UsageEvent event(int i) {
        return new UsageEvent("e" + i, "s", "u", "widget", "q" + i, false, "2030-01-01T00:00:00Z");
    }

    @Test
    void whenFullTheOldestEventsAreDroppedAndCounted() {
        UsageBuffer buffer = new UsageBuffer(3);
        for (int i = 1; i <= 5; i++) {
            buffer.add(event(i));
        }
        assertThat(buffer.dropped()).isEqualTo(2);
        assertThat(buffer.take(10)).extracting(UsageEvent::eventId).containsExactly("e3", "e4", "e5");
    }

    @Test
    void aBatchPutBackComesOutFirstAsFarAsRoomAllows() {
        UsageBuffer buffer = new UsageBuffer(3);
        buffer.add(event(1));
        buffer.add(event(2));
        List<UsageEvent> batch = buffer.take(2);
        buffer.add(event(3));
        buffer.add(event(4));
        buffer.putBack(batch);
        assertThat(buffer.take(10)).extracting(UsageEvent::eventId).containsExactly("e2", "e3", "e4");
        assertThat(buffer.dropped()).isEqualTo(1);
    }
}
