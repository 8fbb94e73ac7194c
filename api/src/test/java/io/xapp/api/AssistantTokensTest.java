package io.xapp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xapp.api.auth.AssistantTokens;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssistantTokensTest {

    private final AssistantTokens tokens =
            new AssistantTokens("0123456789abcdef0123456789abcdef-test".getBytes(StandardCharsets.UTF_8));

    @Test
    void tokenVerifiesOnlyForItsOwnAssistant() {
        String t = tokens.tokenFor("partner-a", "ast-one-123");
        assertThat(tokens.verify("partner-a", "ast-one-123", t)).isTrue();
        assertThat(tokens.verify("partner-a", "ast-two-456", t)).isFalse();
        assertThat(tokens.verify("partner-b", "ast-one-123", t)).isFalse();
        assertThat(tokens.verify("partner-a", "ast-one-123", null)).isFalse();
    }

    @Test
    void loadsTheKeyFromTextOrFileAlike(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String key = "0123456789abcdef0123456789abcdef-test";
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("key"), key + "\n");
        String expected = tokens.tokenFor("ns", "ast-a");
        assertThat(AssistantTokens.load(null, file).tokenFor("ns", "ast-a")).isEqualTo(expected);
        assertThat(AssistantTokens.load(" " + key + " ", dir.resolve("missing")).tokenFor("ns", "ast-a"))
                .isEqualTo(expected);
        assertThatThrownBy(() -> AssistantTokens.load(null, dir.resolve("missing")))
                .hasMessageContaining("XAPP_ASSISTANT_TOKEN_KEY");
    }

    @Test
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> new AssistantTokens(new byte[8])).hasMessageContaining("at least 32 bytes");
    }
}
