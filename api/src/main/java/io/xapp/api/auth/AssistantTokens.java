package io.xapp.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token a runtime presents to the bridge (leads, bookings, usage). Derived, not stored: the operator and the
 * bridge share one signing key per partner environment, so the bridge verifies a runtime without reading any
 * Secret, and a runtime's token is useless for any other assistant.
 */
public final class AssistantTokens {

    private static final String PREFIX = "xat1.";

    private final byte[] signingKey;

    public AssistantTokens(byte[] signingKey) {
        if (signingKey == null || signingKey.length < 32) {
            throw new IllegalArgumentException("the assistant token signing key must be at least 32 bytes; "
                    + "generate one with: head -c 48 /dev/urandom | base64");
        }
        this.signingKey = signingKey.clone();
    }

    /** Token for the Assistant {@code namespace/name}. */
    public String tokenFor(String namespace, String name) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(namespace + "/" + name));
    }

    /** Constant-time check of a presented token. */
    public boolean verify(String namespace, String name, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(namespace, name).getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] mac(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
        }
    }
}
