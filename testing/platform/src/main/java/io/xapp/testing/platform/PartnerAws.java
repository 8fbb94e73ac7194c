package io.xapp.testing.platform;

import java.util.List;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The partner's side of AWS as a flow test plays it: how their CreateSubscription and Cancellation leave their
 * systems toward us, and where our ReadyForInstallation reaches them.
 */
public interface PartnerAws {

    /** The partner emits an event: {@code detailType} (CreateSubscription, ...) with the JSON {@code detail}. */
    void emit(String detailType, String detail);

    /** Receives and deletes what the partner's inbox holds now, waiting up to {@code waitSeconds} for the first. */
    List<Message> drainInbox(int waitSeconds);
}
