package io.xapp.bridge.intake;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticates a partner's direct call: either an HMAC-SHA256 signature over {@code <id>.<timestamp>.<body>} with
 * any of the active secrets (several, so a secret is rotated without downtime) and a timestamp inside the replay
 * window, or one of the static API keys that EventBridge API destinations send.
 */
public final class WebhookAuthenticator {

    public static final String ID_HEADER = "X-Xapp-Event-Id";
    public static final String TIMESTAMP_HEADER = "X-Xapp-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Xapp-Signature";
    static final String SCHEME = "v1=";

    private final List<byte[]> secrets;
    private final List<byte[]> apiKeys;
    private final Duration replayWindow;
    private final Clock clock;

    public WebhookAuthenticator(List<String> secrets, List<String> apiKeys, Duration replayWindow, Clock clock) {
        this.secrets = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.apiKeys = apiKeys.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.replayWindow = replayWindow;
        this.clock = clock;
    }

    /** Who called and what the transport says about the event. */
    public record Caller(String requestId, Instant signedAt) {
    }

    /**
     * @param apiKey the API-key header, or null
     * @throws WebhookAuthException when neither a valid API key nor a valid signature is present
     */
    public Caller authenticate(String id, String timestamp, String signature, String apiKey, byte[] body) {
        if (apiKey != null && !apiKey.isEmpty()) {
            byte[] presented = apiKey.getBytes(StandardCharsets.UTF_8);
            if (apiKeys.stream().noneMatch(k -> MessageDigest.isEqual(k, presented))) {
                throw new WebhookAuthException("the API key is not valid for this partner environment");
            }
            return new Caller(id, Instant.now(clock));
        }
        if (secrets.isEmpty()) {
            throw new WebhookAuthException("signed requests are not enabled here (no webhook secret is configured)");
        }
        if (id == null || id.isBlank() || timestamp == null || signature == null) {
            throw new WebhookAuthException("missing " + ID_HEADER + ", " + TIMESTAMP_HEADER + " or "
                    + SIGNATURE_HEADER + " (or an API key)");
        }
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        } catch (NumberFormatException e) {
            throw new WebhookAuthException(TIMESTAMP_HEADER + " must be Unix seconds, got '" + timestamp + "'");
        }
        Duration skew = Duration.between(signedAt, Instant.now(clock)).abs();
        if (skew.compareTo(replayWindow) > 0) {
            throw new WebhookAuthException(TIMESTAMP_HEADER + " is " + skew.toSeconds()
                    + " s away from our clock, outside the replay window of " + replayWindow.toSeconds()
                    + " s; sign each request when sending it");
        }
        for (String candidate : signature.split(",")) {
            String c = candidate.trim();
            if (!c.startsWith(SCHEME)) {
                continue;
            }
            byte[] presented = c.substring(SCHEME.length()).getBytes(StandardCharsets.US_ASCII);
            for (byte[] secret : secrets) {
                byte[] expected = sign(secret, id, timestamp.trim(), body).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(expected, presented)) {
                    return new Caller(id, signedAt);
                }
            }
        }
        throw new WebhookAuthException("the signature does not match; sign '<id>.<timestamp>.<body>' with "
                + "HMAC-SHA256 and send " + SIGNATURE_HEADER + ": v1=<hex>");
    }

    /** Lower-case hex HMAC-SHA256 of {@code id.timestamp.body}. */
    public static String sign(byte[] secret, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }
}
