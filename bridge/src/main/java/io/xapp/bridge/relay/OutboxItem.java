package io.xapp.bridge.relay;

/** One lead or booking waiting for (or done with) delivery to the partner. */
record OutboxItem(RelayKind kind, String itemId, String namespace, String name, String customerId,
                  String payloadJson, int attempts) {
}
