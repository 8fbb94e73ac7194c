package io.xapp.inference.web;

import static io.restassured.RestAssured.given;
import org.awaitility.Awaitility;

import java.time.Duration;

/** The model loads after start; tests that embed wait for readiness first. */
final class ModelReady {

    private ModelReady() {
    }

    static void modelLoaded() {
        Awaitility.await("the model loaded (GET /q/health/ready)").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
