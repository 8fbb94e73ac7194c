package io.xapp.testing.platform;

import java.util.Map;

/**
 * The AWS side of a partner environment on this machine (moto): what the bridge is pointed at, and the partner's
 * side of it. {@link OneAccountWiring} makes queues and a bus by hand in one account; {@link TwoAccountWiring}
 * deploys the shipped templates (integrations/aws) in two accounts.
 */
public interface AwsWiring extends PartnerAws, AutoCloseable {

    /** The chart values that point the release's bridge at this wiring: {@code events.*}, and {@code bridge.*}. */
    Map<String, Object> chartValues();

    @Override
    void close();

    /** Wires AWS for the release in {@code namespace} whose bridge runs as ServiceAccount {@code bridgeAccount}. */
    @FunctionalInterface
    interface Factory {
        AwsWiring wire(String namespace, String bridgeAccount);
    }
}
