package io.xapp.crawler;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a URL is not in the index. The labels are what reviewers and the QA preview see. */
public enum ExclusionReason {
    ROBOTS("robots"),
    NOINDEX("noindex"),
    CANONICAL_DUPLICATE("canonical duplicate"),
    DUPLICATE_CONTENT("duplicate content"),
    BROKEN("broken"),
    NON_HTML("non-HTML"),
    LIMIT("limit"),
    EXCLUDED_PATTERN("excluded pattern"),
    BLOCKED_ADDRESS("blocked address"),
    TOO_LARGE("too large"),
    REDIRECT("redirect");

    private final String label;

    ExclusionReason(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
