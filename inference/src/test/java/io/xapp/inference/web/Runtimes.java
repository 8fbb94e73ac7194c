package io.xapp.inference.web;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.xapp.api.auth.AssistantTokens;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/** Requests as a runtime sends them: its Assistant's token, from the signing key the service was given. */
final class Runtimes {

    static final String ASSISTANT = "xapp-acme/ast-brightside-0123456789";

    private Runtimes() {
    }

    static String tokenOf(String assistant) {
        String key = ConfigProvider.getConfig().getValue("xapp.assistant-token-key", String.class);
        String[] parts = assistant.split("/");
        return new AssistantTokens(key.getBytes(StandardCharsets.UTF_8)).tokenFor(parts[0], parts[1]);
    }

    /** A request with {@link #ASSISTANT}'s own token. */
    static RequestSpecification asRuntime() {
        return given().header("Authorization", "Bearer " + tokenOf(ASSISTANT)).header("X-Xapp-Assistant", ASSISTANT)
                .contentType("application/json");
    }
}
