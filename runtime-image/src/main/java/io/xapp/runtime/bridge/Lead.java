package io.xapp.runtime.bridge;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A lead as the bridge takes it (docs/contracts.md "Runtime to bridge"); {@code leadId} makes retries safe. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Lead(String leadId, String sessionId, String name, String email, String phone, String message,
                   String pageUrl, String createdAt) {
}
