package io.xapp.crawler;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a crawl ended. The labels are what the crawl's JSON, the runtime's crawl summary and the QA checks read. */
public enum CrawlEndReason {
    /** Nothing left to fetch. */
    COMPLETED("completed"),
    PAGE_LIMIT("page-limit"),
    TIME_LIMIT("time-limit"),
    CANCELLED("cancelled"),
    /** robots.txt answered 5xx: the site asks crawlers to stay away for now. */
    ROBOTS("robots");

    private final String label;

    CrawlEndReason(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** A limit ended the crawl, so the URLs still waiting were left out because of it. */
    public boolean isLimit() {
        return this == PAGE_LIMIT || this == TIME_LIMIT;
    }
}
