package io.xapp.bridge.testing;

import java.time.Instant;

/** Partner event bodies as the partner sends them, raw or in an EventBridge envelope. */
public final class Events {

    private Events() {
    }

    public static String create(String customerId, String tier, int months) {
        return """
                {"tier": "%s", "contract_length": %d, "id": "%s", "website": "https://www.example.com/",
                 "template": "local-business", "company_name": "Company of %s"}""".formatted(tier, months,
                customerId, customerId);
    }

    public static String cancellation(String customerId, Instant effective) {
        return "{\"id\": \"" + customerId + "\", \"effective_date\": \"" + effective + "\"}";
    }

    public static String envelope(String eventId, String detailType, Instant time, String detail) {
        return """
                {"version": "0", "id": "%s", "detail-type": "%s", "source": "partner.crm", "account": "123456789012",
                 "time": "%s", "region": "us-east-1", "resources": [], "detail": %s}""".formatted(eventId,
                detailType, time, detail);
    }
}
