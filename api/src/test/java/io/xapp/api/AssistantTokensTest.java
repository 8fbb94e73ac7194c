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
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> new AssistantTokens(new byte[8])).hasMessageContaining("at least 32 bytes");
    }
}
