package io.xapp.runtime.chat;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.xapp.runtime.testing.ApiClient;
import io.xapp.runtime.testing.RuntimeTestEnvironment;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A request to book opens the booking form; a question how to book is answered from the site, the form beside it. */
@QuarkusTest
@QuarkusTestResource(RuntimeTestEnvironment.class)
class ChatBookingTest {

    @BeforeEach
    void ready() {
        ApiClient.awaitReady();
    }

    @Test
    void aRequestToBookOffersTheBookingForm() {
        chat("I'd like to book an appointment").body("intent", equalTo(Intent.BOOKING.name()))
                .body("actions.type", hasItem(ChatService.BOOKING));
    }

    @Test
    void aQuestionHowToBookIsAnsweredFromTheSiteWithTheBookingFormBesideIt() {
        chat("How do I book an appointment?").body("intent", equalTo(Intent.QUESTION.name()))
                .body("noContent", equalTo(false)).body("sources.url", not(empty()))
                .body("actions.type", hasItem(ChatService.BOOKING));
    }

    private static ValidatableResponse chat(String message) {
        return ApiClient.widget().contentType(ContentType.JSON)
                .body(Map.of("message", message, "sessionId", "booking-test")).post("/api/chat").then()
                .statusCode(200);
    }
}
