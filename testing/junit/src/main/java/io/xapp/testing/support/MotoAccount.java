package io.xapp.testing.support;

import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Clients of one AWS account in moto ({@link Moto#account(String)}). moto keeps accounts apart: every request of
 * these clients carries the header {@value #HEADER}, so it sees and makes that account's queues, buses and rules
 * only, as a principal of that account would in AWS.
 *
 * @param id          the account, twelve digits
 * @param sqs         SQS acting in it
 * @param eventBridge EventBridge acting in it
 */
public record MotoAccount(String id, SqsClient sqs, EventBridgeClient eventBridge) implements AutoCloseable {

    /** moto's per-request account (moto 5: after MOTO_ACCOUNT_ID, before the access key's account). */
    public static final String HEADER = "x-moto-account-id";

    @Override
    public void close() {
        sqs.close();
        eventBridge.close();
    }
}
