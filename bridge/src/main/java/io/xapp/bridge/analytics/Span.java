package io.xapp.bridge.analytics;

/**
 * The two sizes of usage summaries: UTC hours (written with every batch) and UTC days (written once a day is
 * sealed). A bucket is the epoch hour or epoch day number; both fit an INTEGER column for any realistic date.
 */
enum Span {
    HOUR("H", 3_600_000L),
    DAY("D", 86_400_000L);

    static final int HOURS_PER_DAY = 24;

    private final String code;
    private final long millis;

    Span(String code, long millis) {
        this.code = code;
        this.millis = millis;
    }

    /** The value of the {@code span} column. */
    String code() {
        return code;
    }

    long millis() {
        return millis;
    }

    /** The bucket holding the instant {@code ms}. */
    int bucketOf(long ms) {
        return Math.toIntExact(Math.floorDiv(ms, millis));
    }
}
