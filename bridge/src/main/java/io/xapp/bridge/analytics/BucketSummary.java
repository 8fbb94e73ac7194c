package io.xapp.bridge.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * What one hour or day of one assistant and channel holds: query totals, the exact sets of sessions and users (as
 * compressed bitmaps of their dictionary numbers) and the count of every query. Summaries of disjoint events add
 * up exactly, which is what makes a range the sum of its buckets.
 */
final class BucketSummary {

    long queries;
    long noContent;
    RoaringBitmap sessions;
    RoaringBitmap users;
    QueryCounts hits;
    QueryCounts noContentHits;

    BucketSummary(long queries, long noContent, RoaringBitmap sessions, RoaringBitmap users, QueryCounts hits,
                  QueryCounts noContentHits) {
        this.queries = queries;
        this.noContent = noContent;
        this.sessions = sessions;
        this.users = users;
        this.hits = hits;
        this.noContentHits = noContentHits;
    }

    static BucketSummary empty() {
        return new BucketSummary(0, 0, new RoaringBitmap(), new RoaringBitmap(), QueryCounts.EMPTY,
                QueryCounts.EMPTY);
    }

    /** The summary of {@code events} alone. */
    static BucketSummary of(List<NumberedEvent> events) {
        BucketSummary s = empty();
        Map<Integer, Long> hits = new HashMap<>();
        Map<Integer, Long> noContentHits = new HashMap<>();
        for (NumberedEvent e : events) {
            s.sessions.add(e.sessionNo());
            s.users.add(e.userNo());
            if (e.hasQuery()) {
                s.queries++;
                hits.merge(e.queryNo(), 1L, Long::sum);
                if (e.noContent()) {
                    s.noContent++;
                    noContentHits.merge(e.queryNo(), 1L, Long::sum);
                }
            }
        }
        s.hits = QueryCounts.of(hits);
        s.noContentHits = QueryCounts.of(noContentHits);
        return s;
    }

    /** Adds {@code other} (disjoint events) to this summary; returns this summary. */
    BucketSummary add(BucketSummary other) {
        queries += other.queries;
        noContent += other.noContent;
        sessions.or(other.sessions);
        users.or(other.users);
        hits = hits.plus(other.hits);
        noContentHits = noContentHits.plus(other.noContentHits);
        return this;
    }

    static byte[] encode(RoaringBitmap bitmap) {
        bitmap.runOptimize(); // sessions of one day have neighbouring numbers: runs store them in a few bytes
        ByteBuffer out = ByteBuffer.allocate(bitmap.serializedSizeInBytes());
        bitmap.serialize(out);
        return out.array();
    }

    static RoaringBitmap bitmap(byte[] bytes) {
        RoaringBitmap b = new RoaringBitmap();
        try {
            b.deserialize(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("a stored usage bitmap is unreadable", e);
        }
        return b;
    }
}
