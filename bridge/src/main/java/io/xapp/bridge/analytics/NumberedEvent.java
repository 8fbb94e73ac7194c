package io.xapp.bridge.analytics;

/**
 * A usage event with its session, user and query replaced by their dictionary numbers ({@code queryNo} is
 * {@link #NO_QUERY} for an event without a query).
 */
record NumberedEvent(String channel, long atMs, int sessionNo, int userNo, int queryNo, boolean noContent) {

    static final int NO_QUERY = -1;

    boolean hasQuery() {
        return queryNo != NO_QUERY;
    }
}
