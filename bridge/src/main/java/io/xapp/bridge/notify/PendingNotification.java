package io.xapp.bridge.notify;

/** A ReadyForInstallation to send (or sent and still to be recorded in the Assistant's status). */
record PendingNotification(String idempotencyKey, String namespace, String name, String revision, String detailJson,
                           int attempts, String eventId, Long sentAt) {
}
