package io.xapp.runtime.preview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.xapp.runtime.testing.ApiClient;
import io.xapp.runtime.testing.RuntimeTestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(RuntimeTestEnvironment.class)
class PreviewTest {

    @BeforeEach
    void ready() {
        ApiClient.awaitReady();
    }

    @Test
    void withTheTokenReviewersSeeCrawlBrandAndAnswers() {
        given().get("/preview?token=" + RuntimeTestEnvironment.PREVIEW_TOKEN).then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'none'"),
                        containsString("frame-src " + RuntimeTestEnvironment.site().origin())))
                .body(allOf(containsString("17 pages indexed"), containsString("robots.txt disallows it"),
                        containsString("canonical duplicate"), containsString("Are you open on Saturdays?"),
                        containsString("9:00 am"), containsString("#0b7a75"),
                        containsString("widget.js\" data-xapp-key=\"" + RuntimeTestEnvironment.WIDGET_KEY)));
    }

    @Test
    void withoutTheTokenThereIsNoPreview() {
        given().get("/preview?token=wrong").then().statusCode(403).body(not(containsString("pages indexed")));
        given().get("/preview").then().statusCode(403);
    }
}
