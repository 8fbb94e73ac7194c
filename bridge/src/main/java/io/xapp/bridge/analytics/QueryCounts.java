package io.xapp.bridge.analytics;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each query (by its dictionary number) was asked in one bucket, sorted by number. Stored as varint
 * deltas: a day with 10,000 distinct queries takes a few tens of KB. Counts of disjoint events add up, so a range
 * is the sum of its buckets.
 */
final class QueryCounts {

    static final QueryCounts EMPTY = new QueryCounts(new int[0], new long[0]);

    private final int[] numbers;
    private final long[] counts;

    private QueryCounts(int[] numbers, long[] counts) {
        this.numbers = numbers;
        this.counts = counts;
    }

    static QueryCounts of(Map<Integer, Long> counts) {
        TreeMap<Integer, Long> sorted = new TreeMap<>(counts);
        int[] n = new int[sorted.size()];
        long[] c = new long[sorted.size()];
        int i = 0;
        for (Map.Entry<Integer, Long> e : sorted.entrySet()) {
            n[i] = e.getKey();
            c[i++] = e.getValue();
        }
        return new QueryCounts(n, c);
    }

    int size() {
        return numbers.length;
    }

    long countOf(int number) {
        int i = Arrays.binarySearch(numbers, number);
        return i < 0 ? 0 : counts[i];
    }

    /** Both counts added up, as one sorted merge. */
    QueryCounts plus(QueryCounts other) {
        int[] n = new int[numbers.length + other.numbers.length];
        long[] c = new long[n.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < numbers.length || j < other.numbers.length) {
            if (j == other.numbers.length || i < numbers.length && numbers[i] < other.numbers[j]) {
                n[k] = numbers[i];
                c[k++] = counts[i++];
            } else if (i == numbers.length || other.numbers[j] < numbers[i]) {
                n[k] = other.numbers[j];
                c[k++] = other.counts[j++];
            } else {
                n[k] = numbers[i];
                c[k++] = counts[i++] + other.counts[j++];
            }
        }
        return new QueryCounts(Arrays.copyOf(n, k), Arrays.copyOf(c, k));
    }

    byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 + numbers.length * 3);
        writeVarLong(out, numbers.length);
        int previous = 0;
        for (int i = 0; i < numbers.length; i++) {
            writeVarLong(out, numbers[i] - previous);
            writeVarLong(out, counts[i]);
            previous = numbers[i];
        }
        return out.toByteArray();
    }

    static QueryCounts decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int size = Math.toIntExact(readVarLong(in));
        int[] n = new int[size];
        long[] c = new long[size];
        int number = 0;
        for (int i = 0; i < size; i++) {
            number += Math.toIntExact(readVarLong(in));
            n[i] = number;
            c[i] = readVarLong(in);
        }
        return new QueryCounts(n, c);
    }

    /**
     * The numbers that can be among the {@code k} most frequent once ties are broken by text: every number counted
     * at least as often as the k-th largest count. Usually about k; more only when many queries tie at that count.
     */
    List<Integer> candidates(int k) {
        if (numbers.length <= k) {
            return Arrays.stream(numbers).boxed().toList();
        }
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        long threshold = sorted[sorted.length - k];
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            if (counts[i] >= threshold) {
                out.add(numbers[i]);
            }
        }
        return out;
    }

    private static void writeVarLong(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    /** Reads one unsigned LEB128 varint. */
    private static long readVarLong(ByteBuffer in) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            if (!in.hasRemaining()) {
                throw new IllegalStateException("query counts are truncated at byte " + in.position());
            }
            byte b = in.get();
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryCounts q && Arrays.equals(numbers, q.numbers) && Arrays.equals(counts, q.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(numbers) * 31 + Arrays.hashCode(counts);
    }
}
