package io.xapp.bridge.intake;

/** A direct partner call is not authenticated; the message says why (never which secret was close). */
public class WebhookAuthException extends RuntimeException {

    public WebhookAuthException(String message) {
        super(message);
    }
}
