package io.xapp.crawler.bench;

import io.xapp.crawler.testsupport.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A synthetic small-business site held in memory: {@code pages} pages of a few KB, each with a header, navigation,
 * footer, cookie banner, several sections of text, a price table and links to other pages (a binary tree plus
 * random cross links, so every page is reachable within about log2(pages) clicks).
 */
final class GeneratedSite {

    private static final String[] WORDS = ("dental cleaning appointment family friendly insurance plan patients "
            + "saturday hours emergency crown filling whitening children team parking office care smile price "
            + "visit treatment monthly payment checkup gentle modern experience comfortable").split(" ");

    private final byte[][] pages;

    GeneratedSite(int count, long seed) {
        Random random = new Random(seed);
        pages = new byte[count][];
        for (int i = 0; i < count; i++) {
            pages[i] = page(i, count, random).getBytes(StandardCharsets.UTF_8);
        }
    }

    int size() {
        return pages.length;
    }

    byte[] page(int i) {
        return pages[i];
    }

    long totalBytes() {
        long n = 0;
        for (byte[] p : pages) {
            n += p.length;
        }
        return n;
    }

    /** Serves "/" as page 0 and "/p/{i}" as page i; anything else is 404. */
    void serveOn(LoopbackServer server) {
        server.fallback(ex -> {
            String path = ex.getRequestURI().getPath();
            int i = path.equals("/") ? 0 : path.startsWith("/p/") ? parse(path.substring(3)) : -1;
            if (i < 0 || i >= pages.length) {
                LoopbackServer.send(ex, 404, "text/plain", "not found");
            } else {
                LoopbackServer.send(ex, 200, "text/html; charset=utf-8", pages[i]);
            }
        });
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String page(int i, int count, Random random) {
        StringBuilder html = new StringBuilder(6000);
        html.append("<!doctype html><html lang=en><head><meta charset=utf-8><title>Page ").append(i)
                .append(" | Generated Dental</title><meta name=description content=\"Page ").append(i)
                .append(" of the generated site.\"><link rel=canonical href=\"/p/").append(i).append("\">")
                .append("</head><body><header class=site-header><a href=/><img src=/logo.svg alt=logo></a><nav><ul>");
        for (int n = 1; n <= 8; n++) {
            html.append("<li><a href=\"/p/").append(n).append("\">Section ").append(n).append("</a></li>");
        }
        html.append("</ul></nav></header><main><h1>Topic ").append(i).append("</h1>");
        int sections = 3 + random.nextInt(3);
        for (int s = 0; s < sections; s++) {
            html.append("<h2 id=s").append(s).append(">Heading ").append(s).append(" about ")
                    .append(WORDS[random.nextInt(WORDS.length)]).append("</h2><p>");
            html.append(sentences(random, 4 + random.nextInt(4))).append("</p>");
        }
        html.append("<table><tr><th>Service</th><th>Fee</th></tr>");
        for (int r = 0; r < 4; r++) {
            html.append("<tr><td>").append(WORDS[random.nextInt(WORDS.length)]).append("</td><td>$")
                    .append(50 + random.nextInt(400)).append("</td></tr>");
        }
        html.append("</table><ul>");
        int[] targets = {2 * i + 1, 2 * i + 2, random.nextInt(count), random.nextInt(count), i + 1};
        for (int t : targets) {
            if (t > 0 && t < count) {
                html.append("<li><a href=\"/p/").append(t).append("?utm_source=related\">Related page ").append(t)
                        .append("</a></li>");
            }
        }
        html.append("</ul></main><footer class=site-footer><p>Generated Dental, 1 Main St.</p>"
                + "<a href=/p/1>Privacy</a></footer><div class=cookie-banner>We use cookies.</div></body></html>");
        return html.toString();
    }

    private static String sentences(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < n; s++) {
            int words = 8 + random.nextInt(10);
            for (int w = 0; w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                out.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
                        .append(w == words - 1 ? ". " : " ");
            }
        }
        return out.toString();
    }
}
