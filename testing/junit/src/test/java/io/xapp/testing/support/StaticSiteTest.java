package io.xapp.testing.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesTheFolderLikeAStaticWebServer(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("index.html"), "<h1>home</h1>");
        Files.createDirectories(root.resolve("assets"));
        Files.writeString(root.resolve("assets/site.css"), "body{}");
        try (StaticSite site = StaticSite.serve(root)) {
            HttpResponse<String> home = get(site.baseUri());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).isEqualTo("<h1>home</h1>");
            assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(get(site.uri("/assets/site.css")).headers().firstValue("Content-Type"))
                    .hasValue("text/css; charset=utf-8");
            assertThat(get(site.uri("/missing.html")).statusCode()).isEqualTo(404);
            assertThat(get(site.uri("/../outside.html")).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void answersARevalidationWithItsEtagByNotModified(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("contact.html"), "<p>hours</p>");
        try (StaticSite site = StaticSite.serve(root)) {
            String etag = get(site.uri("/contact.html")).headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(site.uri("/contact.html"))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(site.hits("/contact.html")).isEqualTo(2);
            assertThat(site.hits("/other.html")).isZero();
        }
    }

    @Test
    void addedPagesWinOverFilesAndResponsesCanBeDelayed(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("host.html"), "from disk");
        try (StaticSite site = StaticSite.serve(root).addPage("/host.html", "added")) {
            assertThat(get(site.uri("/host.html")).body()).isEqualTo("added");

            site.delayResponses(Duration.ofMillis(300));
            long start = System.nanoTime();
            get(site.uri("/host.html"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
