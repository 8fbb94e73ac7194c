package io.xapp.operator.analysis;

import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.AssistantSpec;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.crawler.FetchPolicy;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.StatusDraft;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The effective brand of an Assistant: from the analysis of its current website (this operator's, or one recorded
 * in status by an earlier run), with spec.branding applied. Without one it starts an analysis and holds the
 * Assistant in Analyzing; a failed analysis is retried with backoff, and says when.
 */
public final class BrandResolver {

    public static final String ANALYZED = "Analyzed";
    public static final String ANALYZING = "Analyzing";

    private final SiteAnalyses analyses;
    private final Clock clock;

    public BrandResolver(SiteAnalyses analyses, Clock clock) {
        this.analyses = analyses;
        this.clock = clock;
    }

    public Optional<BrandStatus> resolve(Assistant assistant, PartnerEnvironment env, StatusDraft draft) {
        AssistantSpec spec = assistant.getSpec();
        ResourceID id = ResourceID.fromResource(assistant);
        Optional<DetectedBrand> known = analyses.succeeded(id, spec.getWebsite())
                .map(a -> DetectedBrand.of(a.brand(), a.finishedAt().truncatedTo(ChronoUnit.SECONDS).toString()))
                .or(() -> EffectiveBrand.fromStatus(draft.previous().getBrand(), spec));
        if (known.isPresent()) {
            return Optional.of(analysed(spec, known.get(), draft));
        }
        SiteAnalysis analysis = analyses.request(id, URI.create(spec.getWebsite()), policy(env));
        switch (analysis.state()) {
            case SUCCEEDED -> {
                String at = analysis.finishedAt().truncatedTo(ChronoUnit.SECONDS).toString();
                return Optional.of(analysed(spec, DetectedBrand.of(analysis.brand(), at), draft));
            }
            case RUNNING -> {
                // A retry keeps the failure on show until it has an outcome of its own.
                if (analysis.attempt() == 1 || draft.conditions().get(ConditionType.SiteAnalyzed).isEmpty()) {
                    String message = "Analysing " + spec.getWebsite() + " for the brand (logo, colours, font)";
                    draft.conditions().setUnknown(ConditionType.SiteAnalyzed, ANALYZING, message);
                    draft.phase(Phase.Analyzing, message);
                }
            }
            case FAILED -> failed(spec.getWebsite(), analysis, draft);
        }
        return Optional.empty();
    }

    private static BrandStatus analysed(AssistantSpec spec, DetectedBrand detected, StatusDraft draft) {
        draft.conditions().setTrue(ConditionType.SiteAnalyzed, ANALYZED, "Brand read from " + spec.getWebsite()
                + " at " + detected.analyzedAt());
        return EffectiveBrand.of(spec, detected);
    }

    private void failed(String website, SiteAnalysis analysis, StatusDraft draft) {
        SiteAnalysis.Failure failure = analysis.failure();
        Duration wait = Duration.between(analysis.finishedAt(), analysis.retryAt());
        String message = "Site analysis of " + website + " failed: " + failure.message() + "; "
                + (failure.retryable() ? "" : "check spec.website; ") + "retrying in " + human(wait)
                + " (attempt " + analysis.attempt() + ")";
        draft.conditions().setFalse(ConditionType.SiteAnalyzed, failure.reason(), message);
        draft.phase(failure.retryable() ? Phase.Analyzing : Phase.Failed, message);
        draft.requeueAfter(Duration.between(clock.instant(), analysis.retryAt()));
    }

    /** How the customer's site may be fetched in this partner environment: the crawler's rules. */
    public static FetchPolicy policy(PartnerEnvironment env) {
        FetchPolicy d = FetchPolicy.defaults();
        // The same networks the runtime's crawler may reach (RuntimeConfigs.crawl), so analysis and crawl agree.
        return new FetchPolicy(env.crawl().userAgent(), d.connectTimeout(), d.requestTimeout(), d.maxBytes(),
                d.maxRedirects(), env.crawl().allowLoopback()).withAllowedNetworks(env.crawl().allowedNetworks());
    }

    /** 40s, 5m, 1h30m: how a person reads a wait. */
    static String human(Duration d) {
        long s = Math.max(1, d.toSeconds());
        StringBuilder out = new StringBuilder();
        if (s >= 3600) {
            out.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            out.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0 || out.length() == 0) {
            out.append(s).append('s');
        }
        return out.toString();
    }
}
