package io.xapp.runtime.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.xapp.runtime.testing.LocalRuntime;
import io.xapp.runtime.testing.QuarkusProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A new runtime is not ready until its first index exists, which on a large site takes minutes: meanwhile its
 * readiness check says how far the crawl and the index build have come, and so does its log.
 */
class FirstCrawlProgressIT {

    private static final int PAGES = 30;
    /** Per page: the crawl of the whole site takes several seconds, long enough to be seen under way. */
    private static final Duration PAGE_DELAY = Duration.ofMillis(400);

    @Test
    void theReadinessCheckSaysHowFarTheFirstCrawlHasCome() throws Exception {
        Path work = Files.createTempDirectory("xapp-first-crawl");
        HttpServer site = slowSite();
        URI website = URI.create("http://127.0.0.1:" + site.getAddress().getPort() + "/");
        try (QuarkusProcess runtime = LocalRuntime.launch(work, "ast-first-crawl", website, "24h", Map.of())) {
            AtomicReference<String> notReady = new AtomicReference<>("");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
                QuarkusProcess.Http.Response ready = readiness(runtime);
                notReady.set(new String(ready.body(), StandardCharsets.UTF_8));
                return ready.status() == 503 && notReady.get().contains("pages read");
            });
            assertThat(notReady.get()).contains("the first crawl of the website has not finished")
                    .containsPattern("crawling " + website + ": \\d+ pages read, \\d+ queued, \\d+ left out, \\d+ "
                            + "failed, for \\d+ s");

            runtime.awaitReady(Duration.ofMinutes(2));
            assertThat(Files.readString(runtime.log())).contains("crawling " + website + ": ")
                    .contains("indexing the " + PAGES + " pages read from " + website + ": 0 passages written");
        } finally {
            site.stop(0);
        }
    }

    private static QuarkusProcess.Http.Response readiness(QuarkusProcess runtime) {
        try {
            return QuarkusProcess.Http.exchange(runtime.base().resolve("q/health/ready"), Map.of(), null);
        } catch (IOException notListeningYet) {
            return new QuarkusProcess.Http.Response(0, new byte[0]);
        }
    }

    /** The home page (page 0) linking to pages 1 to PAGES-1, each answered after PAGE_DELAY; nothing else. */
    private static HttpServer slowSite() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            int page = path.equals("/") ? 0 : path.matches("/page-\\d+\\.html")
                    ? Integer.parseInt(path.replaceAll("\\D", "")) : -1;
            if (page < 0 || page >= PAGES) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            try {
                Thread.sleep(PAGE_DELAY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            StringBuilder links = new StringBuilder();
            for (int i = 1; page == 0 && i < PAGES; i++) {
                links.append("<li><a href=\"/page-").append(i).append(".html\">Topic ").append(i).append("</a></li>");
            }
            byte[] html = ("<!doctype html><html lang=\"en\"><head><title>Page " + page + " | Slow Site</title></head>"
                    + "<body><main><h1>Page " + page + "</h1><p>This page tells visitors about topic number " + page
                    + " of the slow site, in a sentence long enough to be indexed.</p><ul>" + links + "</ul></main>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(html);
            }
        });
        server.start();
        return server;
    }
}
