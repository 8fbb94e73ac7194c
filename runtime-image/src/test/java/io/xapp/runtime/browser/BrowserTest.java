package io.xapp.runtime.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.xapp.runtime.testing.ApiClient;
import io.xapp.runtime.testing.RuntimeTestEnvironment;
import io.xapp.testing.processes.ChildProcesses;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the browser tests (src/main/frontend/test/browser.mjs: headless chromium via playwright-core) against this
 * runtime on localhost, with the snippets on a host page at 127.0.0.2: a different origin, as on a customer's site.
 * Screenshots land in target/screenshots.
 */
@QuarkusTest
@QuarkusTestResource(RuntimeTestEnvironment.class)
class BrowserTest {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");

    @TestHTTPResource("/")
    URL runtime;

    @BeforeEach
    void ready() {
        ApiClient.awaitReady();
    }

    @Test
    void widgetSearchAndPreviewWorkInARealBrowser() throws Exception {
        assertThat(Path.of(CHROMIUM)).as("chromium is needed for the browser tests: apt-get install -y chromium "
                + "(or set CHROMIUM)").exists();
        Path frontend = Path.of(System.getProperty("xapp.frontend.dir", "src/main/frontend"));
        Path screenshots = Path.of(System.getProperty("xapp.screenshots.dir", "target/screenshots"));
        Files.createDirectories(screenshots);
        Path log = screenshots.resolve("browser-test.log");
        ProcessBuilder node = new ProcessBuilder("node", "test/browser.mjs").directory(frontend.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().put("RUNTIME_URL", runtime.toString());
        node.environment().put("HOST_URL", RuntimeTestEnvironment.host().baseUri().toString());
        node.environment().put("WIDGET_KEY", RuntimeTestEnvironment.WIDGET_KEY);
        node.environment().put("SEARCH_KEY", RuntimeTestEnvironment.SEARCH_KEY);
        node.environment().put("PREVIEW_TOKEN", RuntimeTestEnvironment.PREVIEW_TOKEN);
        node.environment().put("SCREENSHOTS", screenshots.toAbsolutePath().toString());
        node.environment().put("CHROMIUM", CHROMIUM);
        Process process = ChildProcesses.start(node);
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            ChildProcesses.stop(process, Duration.ofSeconds(5)); // its Chromium too
        }
        String output = Files.readString(log);
        System.out.println(output);
        assertThat(finished).as("browser tests finished within 5 minutes").isTrue();
        assertThat(process.exitValue()).as("browser tests (see %s):%n%s", log, output).isZero();
        RuntimeTestEnvironment.bridge().verify(postRequestedFor(urlPathEqualTo(RuntimeTestEnvironment.BRIDGE_BASE
                + "/leads")).withRequestBody(matchingJsonPath("$.name", equalTo("Ada Browser")))
                .withRequestBody(matchingJsonPath("$.email", equalTo("ada.browser@example.com"))));
        // The second of the free times the bridge offered, the one the visitor picked.
        RuntimeTestEnvironment.bridge().verify(postRequestedFor(urlPathEqualTo(RuntimeTestEnvironment.BRIDGE_BASE
                + "/bookings")).withRequestBody(matchingJsonPath("$.name", equalTo("Grace Browser")))
                .withRequestBody(matchingJsonPath("$.phone", equalTo("555-0142")))
                .withRequestBody(matchingJsonPath("$.slotStart", equalTo(RuntimeTestEnvironment.SECOND_FREE_SLOT))));
        assertThat(new File(screenshots.toFile(), "widget-answer.png")).exists();
    }
}
