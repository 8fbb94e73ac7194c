package io.xapp.bridge.analytics;

import io.xapp.bridge.store.Database;
import io.xapp.bridge.store.Sql;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Builds the summaries of events recorded before the V2 migration: one assistant at a time, one day per
 * transaction, oldest first (so days seal as they would have). Resumable: a day's events get their numbers in the
 * same transaction that adds them to the summaries, and only events without numbers are read.
 */
final class UsageBackfill {

    private static final Logger LOG = Logger.getLogger(UsageBackfill.class);
    private static final long DAY = Span.DAY.millis();

    private UsageBackfill() {
    }

    static List<String> pending(Database db) {
        return db.withConnection(c -> Sql.list(c, "SELECT assistant FROM usage_backfill ORDER BY assistant",
                rs -> rs.getString(1)));
    }

    static void run(Database db, UsageSummarizer summarizer, String assistant) {
        long[] span = db.withConnection(c -> RawUsage.unnumberedSpan(c, assistant));
        UsageCounters.ensure(db, assistant);
        int events = 0;
        if (span != null) {
            for (long day = Math.floorDiv(span[0], DAY); day <= Math.floorDiv(span[1], DAY); day++) {
                long from = day * DAY;
                events += db.inTransaction(c -> {
                    UsageCounters counters = UsageCounters.lock(c, assistant);
                    int n = 0;
                    for (String channel : UsageEvent.CHANNELS) {
                        List<UsageEvent> raw = RawUsage.unnumbered(c, assistant, channel, from, from + DAY);
                        List<NumberedEvent> numbered = summarizer.number(c, assistant, counters, raw);
                        RawUsage.setNumbers(c, raw, numbered);
                        summarizer.summarize(c, assistant, counters, numbered);
                        n += raw.size();
                    }
                    counters.save(c);
                    return n;
                });
            }
        }
        db.withConnection(c -> Sql.update(c, "DELETE FROM usage_backfill WHERE assistant = ?", assistant));
        LOG.infof("usage of %s recorded before summaries existed is summarised (%d events)", assistant, events);
    }
}
