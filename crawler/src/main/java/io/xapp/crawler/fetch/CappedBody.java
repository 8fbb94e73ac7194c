package io.xapp.crawler.fetch;

import io.xapp.crawler.FetchException;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body into memory without ever holding more than the cap: the bytes on the wire and the bytes
 * after decompression are both counted, so neither a huge page nor a gzip bomb gets past it.
 */
final class CappedBody {

    private CappedBody() {
    }

    static byte[] read(URI url, InputStream wire, String contentEncoding, long declaredLength, long maxBytes)
            throws IOException {
        if (wire == null) {
            return new byte[0];
        }
        CountingStream counted = new CountingStream(wire, url, maxBytes);
        try (InputStream decoded = decoder(counted, contentEncoding)) {
            int initial = declaredLength > 0 && declaredLength <= maxBytes ? (int) declaredLength + 1 : 16 * 1024;
            ByteArrayOutputStream out = new ByteArrayOutputStream(initial);
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            int n;
            while ((n = decoded.read(buf)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(url, maxBytes, "after decompression");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    static FetchException tooLarge(URI url, long maxBytes, String when) {
        return new FetchException(url, FetchException.Reason.TOO_LARGE,
                url + " is larger than " + maxBytes + " bytes " + when + "; stopped reading");
    }

    private static InputStream decoder(InputStream in, String contentEncoding) throws IOException {
        String enc = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (enc) {
            case "gzip", "x-gzip" -> new GZIPInputStream(in, 8192);
            // "deflate" is zlib-wrapped by the standard, raw by many servers: peek at the header to tell.
            case "deflate" -> {
                var buffered = new java.io.BufferedInputStream(in);
                buffered.mark(2);
                int first = buffered.read();
                buffered.reset();
                boolean zlib = first != -1 && (first & 0x0f) == 8;
                yield new InflaterInputStream(buffered, new Inflater(!zlib));
            }
            default -> in;
        };
    }

    /** Fails as soon as more than the cap arrives on the wire. */
    private static final class CountingStream extends FilterInputStream {
        private final URI url;
        private final long max;
        private long count;

        CountingStream(InputStream in, URI url, long max) {
            super(in);
            this.url = url;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > max) {
                throw tooLarge(url, max, "on the wire");
            }
        }
    }
}
