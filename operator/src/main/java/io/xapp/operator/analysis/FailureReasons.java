package io.xapp.operator.analysis;

import io.xapp.crawler.FetchException;

/** Condition reasons for failed site analyses, one per way a fetch fails. */
final class FailureReasons {

    static final String ANALYSIS_ERROR = "AnalysisError";
    static final String ANALYSIS_BUSY = "AnalysisQueueFull";

    private FailureReasons() {
    }

    static SiteAnalysis.Failure of(FetchException e) {
        String reason = switch (e.reason()) {
            case BLOCKED_ADDRESS -> "AddressBlocked";
            case UNREACHABLE -> "SiteUnreachable";
            case TIMEOUT -> "SiteTimeout";
            case HTTP_ERROR -> "HttpError";
            case TOO_LARGE -> "PageTooLarge";
            case TOO_MANY_REDIRECTS -> "TooManyRedirects";
            case INVALID_URL -> "InvalidUrl";
            case TLS -> "TlsError";
        };
        return new SiteAnalysis.Failure(reason, e.getMessage(), e.retryable());
    }

    static SiteAnalysis.Failure unexpected(RuntimeException e) {
        return new SiteAnalysis.Failure(ANALYSIS_ERROR, "unexpected error: " + e, true);
    }
}
