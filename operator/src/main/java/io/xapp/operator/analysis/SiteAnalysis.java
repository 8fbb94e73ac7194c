package io.xapp.operator.analysis;

import io.xapp.crawler.Brand;
import java.time.Instant;

/**
 * Where the brand analysis of one Assistant's website stands.
 *
 * @param attempt  1 for the first try, counting up over consecutive failures
 * @param brand    set when {@link State#SUCCEEDED}
 * @param failure  set when {@link State#FAILED}
 * @param retryAt  when a failed analysis may run again
 */
public record SiteAnalysis(String website, State state, int attempt, Brand brand, Failure failure,
        Instant finishedAt, Instant retryAt) {

    public enum State { RUNNING, SUCCEEDED, FAILED }

    /**
     * @param reason    CamelCase condition reason, e.g. SiteUnreachable
     * @param retryable false when only a change of the website can help (the operator still retries, slowly)
     */
    public record Failure(String reason, String message, boolean retryable) {
    }

    static SiteAnalysis running(String website, int attempt) {
        return new SiteAnalysis(website, State.RUNNING, attempt, null, null, null, null);
    }

    SiteAnalysis succeeded(Brand brand, Instant at) {
        return new SiteAnalysis(website, State.SUCCEEDED, attempt, brand, null, at, null);
    }

    SiteAnalysis failed(Failure failure, Instant at, Instant retryAt) {
        return new SiteAnalysis(website, State.FAILED, attempt, null, failure, at, retryAt);
    }
}
