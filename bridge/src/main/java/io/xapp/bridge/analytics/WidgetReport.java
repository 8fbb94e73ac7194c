package io.xapp.bridge.analytics;

import java.util.List;

/** The {@code widget} part of the partner's analytics response (field names are the partner contract). */
public record WidgetReport(long totalUniqueSessions, long totalUniqueUsers, Queries queries) {

    public record Queries(long total, long totalNoContent, List<String> topQueriesNoContent, List<String> topQueries) {
    }
}
