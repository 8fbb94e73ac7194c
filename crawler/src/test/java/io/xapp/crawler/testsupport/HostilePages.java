package io.xapp.crawler.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

/** Handlers that behave like hostile or broken sites. Each is bounded, so a test server never runs away. */
public final class HostilePages {

    private HostilePages() {
    }

    /** HTML streamed without Content-Length, 10 MiB at most. */
    public static LoopbackServer.Handler endlessHtml() {
        return ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>more and more text</p>\n".repeat(400).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
                for (int written = 0; written < 10 * 1024 * 1024; written += chunk.length) {
                    out.write(chunk);
                }
            }
        };
    }

    /** A small gzip body that inflates to {@code inflatedBytes} of HTML-ish zeros. */
    public static LoopbackServer.Handler gzipBomb(int inflatedBytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < inflatedBytes / zeros.length; i++) {
                gz.write(zeros);
            }
        }
        byte[] body = compressed.toByteArray();
        return ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackServer.send(ex, 200, "text/html", body);
        };
    }

    /** Sends headers at once, then one byte per {@code every}, {@code bytes} in all (slowloris in reverse). */
    public static LoopbackServer.Handler trickle(Duration every, int bytes) {
        return ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < bytes; i++) {
                    out.write('x');
                    out.flush();
                    sleep(every);
                }
            }
        };
    }

    /** Waits before answering at all. */
    public static LoopbackServer.Handler stallBeforeHeaders(Duration wait) {
        return ex -> {
            sleep(wait);
            LoopbackServer.send(ex, 200, "text/html", "<p>too late</p>");
        };
    }

    private static void sleep(Duration d) throws IOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("server stopped", e);
        }
    }
}
