package io.xapp.runtime.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;

/** Calls to the runtime under test as the widget would make them: allowed origin, channel key. */
public final class ApiClient {

    private ApiClient() {
    }

    public static RequestSpecification widget() {
        return given().header("Origin", RuntimeTestEnvironment.host().origin())
                .header("X-Xapp-Key", RuntimeTestEnvironment.WIDGET_KEY);
    }

    public static RequestSpecification search() {
        return given().header("Origin", RuntimeTestEnvironment.host().origin())
                .header("X-Xapp-Key", RuntimeTestEnvironment.SEARCH_KEY);
    }

    public static Response chat(String message) {
        return widget().contentType(ContentType.JSON).body(Map.of("message", message, "sessionId", "test-session"))
                .post("/api/chat");
    }

    /** Waits for the first crawl of the fixture site to be indexed. */
    public static void awaitReady() {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
