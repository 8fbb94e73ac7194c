package io.xapp.inference.web;

import io.xapp.api.auth.AssistantTokens;

/**
 * Who may embed: a runtime, with the token of its own Assistant ({@link AssistantTokens}, the one it presents to
 * the bridge) and the Assistant named in {@value #ASSISTANT_HEADER} as {@code <namespace>/<name>}.
 */
public final class AssistantAuth {

    public static final String ASSISTANT_HEADER = "X-Xapp-Assistant";
    private static final String BEARER = "Bearer ";

    private final AssistantTokens tokens;

    public AssistantAuth(AssistantTokens tokens) {
        this.tokens = tokens;
    }

    /** The Assistant ({@code namespace/name}) the request is for; {@link ApiException} 401 when not proven. */
    public String verify(String authorization, String assistant) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiException(401, "missing Authorization: Bearer <assistant token>");
        }
        int slash = assistant == null ? -1 : assistant.indexOf('/');
        if (slash <= 0 || slash == assistant.length() - 1 || assistant.indexOf('/', slash + 1) >= 0) {
            throw new ApiException(401, "missing or malformed " + ASSISTANT_HEADER + ": <namespace>/<name> of the "
                    + "Assistant whose token this is");
        }
        String namespace = assistant.substring(0, slash);
        String name = assistant.substring(slash + 1);
        if (!tokens.verify(namespace, name, authorization.substring(BEARER.length()).trim())) {
            throw new ApiException(401, "the token is not the token of Assistant " + assistant);
        }
        return assistant;
    }
}
