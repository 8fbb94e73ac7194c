package io.xapp.bridge.web;

import io.xapp.api.auth.AssistantTokens;

/** Checks the bearer token a runtime presents for its Assistant ({@code AssistantTokens}, shared with the operator). */
public final class AssistantCaller {

    private final AssistantTokens tokens;

    public AssistantCaller(AssistantTokens tokens) {
        this.tokens = tokens;
    }

    /** True when {@code authorization} is {@code Bearer <token of namespace/name>}. */
    public boolean verify(String namespace, String name, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return tokens.verify(namespace, name, authorization.substring(7).trim());
    }
}
