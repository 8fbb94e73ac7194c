package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.Secret;
import io.xapp.api.runtime.RuntimeSecrets;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The keys in an Assistant's Secret. The channel keys and the preview token are random once and then kept: the
 * partner installed the snippets with them. The bridge token is derived (AssistantTokens), so it follows the
 * signing key.
 */
public record RuntimeKeys(String widgetKey, String searchKey, String previewToken, String bridgeToken) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The keys of {@code existing} where present, new random ones for the rest. */
    public static RuntimeKeys reuseOrGenerate(Optional<Secret> existing, String bridgeToken) {
        Map<String, String> data = existing.map(Secret::getData).orElse(Map.of());
        return new RuntimeKeys(
                decoded(data, RuntimeSecrets.WIDGET_KEY).orElseGet(() -> "wk_" + random(24)),
                decoded(data, RuntimeSecrets.SEARCH_KEY).orElseGet(() -> "sk_" + random(24)),
                decoded(data, RuntimeSecrets.PREVIEW_TOKEN).orElseGet(() -> random(32)),
                bridgeToken);
    }

    /** The Secret's data, base64-encoded as the API wants it. */
    Map<String, String> secretData() {
        Map<String, String> data = new TreeMap<>();
        data.put(RuntimeSecrets.WIDGET_KEY, encode(widgetKey));
        data.put(RuntimeSecrets.SEARCH_KEY, encode(searchKey));
        data.put(RuntimeSecrets.PREVIEW_TOKEN, encode(previewToken));
        data.put(RuntimeSecrets.BRIDGE_TOKEN, encode(bridgeToken));
        return data;
    }

    @Override
    public String toString() {
        return "RuntimeKeys[redacted]";
    }

    private static Optional<String> decoded(Map<String, String> data, String key) {
        String value = data == null ? null : data.get(key);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8));
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
