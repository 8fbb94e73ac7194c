package io.xapp.operator.assistant;

import io.xapp.api.auth.AssistantTokens;
import io.xapp.crawler.BrandAnalyzer;
import io.xapp.operator.analysis.AnalysisSettings;
import io.xapp.operator.config.PartnerEnvironmentSource;
import io.xapp.operator.qa.checks.QaCheckSettings;
import io.xapp.operator.status.AssistantEvents;
import io.xapp.operator.status.OperatorMetrics;
import java.time.Clock;
import java.time.Duration;

/**
 * What the Assistant controller works with: produced by CDI in the application, built by hand where a test runs
 * the controller on its own.
 *
 * @param recheckInterval how often an Assistant waiting on configuration (an unknown tier), or on an older Assistant
 *                        of its customer (Conflict), looks again
 * @param teardownPoll    how often a teardown checks whether everything is gone
 */
public record AssistantServices(
        PartnerEnvironmentSource partner,
        AssistantTokens tokens,
        BrandAnalyzer brandAnalyzer,
        AnalysisSettings analysis,
        QaCheckSettings qaChecks,
        Duration recheckInterval,
        Duration teardownPoll,
        AssistantEvents events,
        OperatorMetrics metrics,
        Clock clock) {
}
