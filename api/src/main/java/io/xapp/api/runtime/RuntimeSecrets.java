package io.xapp.api.runtime;

/**
 * Keys of the runtime's Secret. The runtime reads each from a file of that name in the secrets directory
 * ({@value #DEFAULT_DIR}) or from the environment variable named in {@link #envVar(String)}.
 */
public final class RuntimeSecrets {

    public static final String DEFAULT_DIR = "/etc/xapp/secrets";
    /** Public key of the widget channel (not secret, but kept with the others so it rotates with them). */
    public static final String WIDGET_KEY = "widget-key";
    /** Public key of the search channel. */
    public static final String SEARCH_KEY = "search-key";
    /** Token the runtime presents to the bridge; see {@link io.xapp.api.auth.AssistantTokens}. */
    public static final String BRIDGE_TOKEN = "bridge-token";
    /** Signs the QA preview link so only holders of the link see the preview. */
    public static final String PREVIEW_TOKEN = "preview-token";

    private RuntimeSecrets() {
    }

    /** XAPP_WIDGET_KEY for widget-key, and so on. */
    public static String envVar(String key) {
        return "XAPP_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }
}
