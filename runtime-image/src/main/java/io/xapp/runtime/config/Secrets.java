package io.xapp.runtime.config;

/** The runtime's Secret (RuntimeSecrets keys), resolved. The preview token may be absent: no preview then. */
public record Secrets(String widgetKey, String searchKey, String bridgeToken, String previewToken) {

    @Override
    public String toString() {
        return "Secrets[values hidden]";
    }
}
