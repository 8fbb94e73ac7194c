package io.xapp.bridge.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookAuthenticatorTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final byte[] BODY = "{\"id\":\"c-1\",\"effective_date\":\"2027-01-01\"}".getBytes(StandardCharsets.UTF_8);

    private final WebhookAuthenticator auth = new WebhookAuthenticator(List.of("new-secret", "old-secret"),
            List.of("dest-key"), Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    private static String sig(String secret, String id, long ts, byte[] body) {
        return "v1=" + WebhookAuthenticator.sign(secret.getBytes(StandardCharsets.UTF_8), id, Long.toString(ts), body);
    }

    @Test
    void acceptsASignatureByAnyActiveSecret() {
        long ts = NOW.getEpochSecond() - 30;
        assertThat(auth.authenticate("evt-1", Long.toString(ts), sig("new-secret", "evt-1", ts, BODY), null, BODY))
                .isEqualTo(new WebhookAuthenticator.Caller("evt-1", Instant.ofEpochSecond(ts)));
        assertThat(auth.authenticate("evt-2", Long.toString(ts), sig("old-secret", "evt-2", ts, BODY), null, BODY)
                .requestId()).isEqualTo("evt-2");
        // A sender in mid-rotation may send both signatures.
        String both = sig("retired", "evt-3", ts, BODY) + "," + sig("new-secret", "evt-3", ts, BODY);
        assertThat(auth.authenticate("evt-3", Long.toString(ts), both, null, BODY).requestId()).isEqualTo("evt-3");
    }

    @Test
    void refusesATamperedBodyIdOrTimestamp() {
        long ts = NOW.getEpochSecond();
        String good = sig("new-secret", "evt-1", ts, BODY);
        byte[] tampered = "{\"id\":\"c-2\",\"effective_date\":\"2027-01-01\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> auth.authenticate("evt-1", Long.toString(ts), good, null, tampered))
                .isInstanceOf(WebhookAuthException.class).hasMessageContaining("signature does not match");
        assertThatThrownBy(() -> auth.authenticate("evt-X", Long.toString(ts), good, null, BODY))
                .hasMessageContaining("signature does not match");
        assertThatThrownBy(() -> auth.authenticate("evt-1", Long.toString(ts - 1), good, null, BODY))
                .hasMessageContaining("signature does not match");
        assertThatThrownBy(() -> auth.authenticate("evt-1", Long.toString(ts), sig("guess", "evt-1", ts, BODY),
                null, BODY)).hasMessageContaining("signature does not match");
    }

    @Test
    void refusesReplaysOutsideTheWindow() {
        long old = NOW.getEpochSecond() - 301;
        assertThatThrownBy(() -> auth.authenticate("evt-1", Long.toString(old), sig("new-secret", "evt-1", old, BODY),
                null, BODY)).hasMessageContaining("outside the replay window of 300 s");
        long future = NOW.getEpochSecond() + 400;
        assertThatThrownBy(() -> auth.authenticate("evt-1", Long.toString(future),
                sig("new-secret", "evt-1", future, BODY), null, BODY)).hasMessageContaining("outside the replay window");
    }

    @Test
    void refusesMissingHeadersAndBadTimestamps() {
        assertThatThrownBy(() -> auth.authenticate(null, null, null, null, BODY)).hasMessageContaining("missing");
        assertThatThrownBy(() -> auth.authenticate("e", "yesterday", "v1=00", null, BODY))
                .hasMessageContaining("must be Unix seconds");
    }

    @Test
    void apiKeysAuthenticateApiDestinations() {
        assertThat(auth.authenticate(null, null, null, "dest-key", BODY).signedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> auth.authenticate(null, null, null, "wrong", BODY))
                .hasMessageContaining("API key is not valid");
    }
}
