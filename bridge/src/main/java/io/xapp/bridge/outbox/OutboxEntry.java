package io.xapp.bridge.outbox;

/**
 * One delivery in the outbox: its kind (which {@link OutboxSender} delivers it), its id within the kind (the
 * de-duplication key), the Assistant it belongs to, what to deliver, and how many attempts were made so far.
 */
public record OutboxEntry(String kind, String id, String namespace, String name, String payloadJson, int attempts) {

    /** A new entry, not tried yet. */
    public static OutboxEntry of(String kind, String id, String namespace, String name, String payloadJson) {
        return new OutboxEntry(kind, id, namespace, name, payloadJson, 0);
    }

    /** For logs and errors: {@code LEAD lead-1 of Assistant xapp/ast-a}. */
    public String describe() {
        return kind + " " + id + " of Assistant " + namespace + "/" + name;
    }
}
