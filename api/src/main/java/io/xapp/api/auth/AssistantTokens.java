package io.xapp.api.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Environment variable holding the signing key itself; wins over the key file. */
    public static final String KEY_ENV = "XAPP_ASSISTANT_TOKEN_KEY";
    /** Where the chart mounts the signing key. */
    public static final Path DEFAULT_KEY_FILE = Path.of("/etc/xapp/secrets/assistant-token-key");

    private final byte[] signingKey;

    public AssistantTokens(byte[] signingKey) {
        if (signingKey == null || signingKey.length < 32) {
            throw new IllegalArgumentException("the assistant token signing key must be at least 32 bytes; "
                    + "generate one with: head -c 48 /dev/urandom | base64");
        }
        this.signingKey = signingKey.clone();
    }

    /**
     * The signing key as operator and bridge both read it: {@code keyText} when given (the value of
     * {@value #KEY_ENV}), else the contents of {@code keyFile}. Surrounding whitespace is ignored and the key is the
     * UTF-8 bytes of the rest, so the output of {@code head -c 48 /dev/urandom | base64} works as it is.
     */
    public static AssistantTokens load(String keyText, Path keyFile) {
        String text = keyText;
        if (text == null || text.isBlank()) {
            try {
                text = Files.readString(keyFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the assistant token signing key from " + keyFile
                        + " (" + e.getMessage() + "); mount it there or set " + KEY_ENV, e);
            }
        }
        return new AssistantTokens(text.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Token for the Assistant {@code namespace/name}. */
    public String tokenFor(String namespace, String name) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(namespace + "/" + name));
    }

    /**
     * Prints the token of the Assistant {@code NAMESPACE/NAME} (the one argument), the signing key read as {@link
     * #load} does: for a runtime started by hand beside an inference service ({@code runtime-image/run-local.sh}).
     */
    public static void main(String[] args) {
        int slash = args.length == 1 ? args[0].indexOf('/') : -1;
        if (slash <= 0 || slash == args[0].length() - 1) {
            System.err.println("usage: AssistantTokens NAMESPACE/NAME (the signing key in " + KEY_ENV + " or "
                    + DEFAULT_KEY_FILE + ")");
            System.exit(2);
        }
        System.out.println(load(System.getenv(KEY_ENV), DEFAULT_KEY_FILE)
                .tokenFor(args[0].substring(0, slash), args[0].substring(slash + 1)));
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
