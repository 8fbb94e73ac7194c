package io.xapp.runtime.preview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
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
    void theOperatorsChecklistComesFirst() {
        String html = given().get("/preview?token=" + RuntimeTestEnvironment.PREVIEW_TOKEN).then().statusCode(200)
                .body(allOf(containsString("Pre-review checks: 6/7 passed"), containsString("PartnerApis"),
                        containsString("cannot tell: no test marker"),
                        containsString("Can you tell me about Opening hours?"),
                        containsString("(from the heading \"Opening hours\")"),
                        not(containsString("earlier revision"))))
                .extract().asString();
        assertThat(html.indexOf("class=\"checklist\"")).as("the checklist comes before the site and its widget")
                .isPositive().isLessThan(html.indexOf("<iframe"));
    }

    @Test
    void theCrawlSummaryIsJsonForTheOperator() {
        given().get("/preview/crawl?token=" + RuntimeTestEnvironment.PREVIEW_TOKEN).then().statusCode(200)
                .body("pages.size()", equalTo(17), "maxPages", equalTo(100), "endReason", equalTo("completed"),
                        "excluded.find { it.reason == 'robots' }.url", containsString("/internal/"),
                        "pages.find { it.url.endsWith('/faq.html') }.words", greaterThan(40),
                        "pages.find { it.url.endsWith('/faq.html') }.unread", lessThan(20),
                        // No inference service here: keyword search by choice, nothing for QA to warn about.
                        "passagesWithoutVector", equalTo(0));
        given().get("/preview/crawl?token=wrong").then().statusCode(403);
    }

    @Test
    void withoutTheTokenThereIsNoPreview() {
        given().get("/preview?token=wrong").then().statusCode(403).body(not(containsString("pages indexed")));
        given().get("/preview").then().statusCode(403);
    }
}
