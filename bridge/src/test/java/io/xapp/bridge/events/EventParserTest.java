package io.xapp.bridge.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventParserTest {

    private static final Instant SENT = Instant.parse("2026-11-28T09:00:05Z");
    private final EventParser parser = new EventParser(new EventValidator(Set.of("starter", "growth")), 4096);
    private final EventSource source = new EventSource("msg-1", SENT);

    private InboundEvent parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8), source);
    }

    @Test
    void rawCreateSubscriptionIsRecognisedByItsFields() {
        InboundEvent e = parse("""
                {"tier": "growth", "contract_length": 12, "id": "brightside-0042",
                 "website": "https://www.brightside-dental.example/", "template": "local-business",
                 "company_name": "Brightside Family Dental"}""");
        assertThat(e.eventId()).isEqualTo("msg-1");
        assertThat(e.eventTime()).isEqualTo(SENT);
        assertThat(e.event()).isEqualTo(new CreateSubscription("brightside-0042", "Brightside Family Dental",
                "https://www.brightside-dental.example/", "growth", 12, "local-business"));
    }

    @Test
    void rawCancellationIsRecognisedByEffectiveDate() {
        InboundEvent e = parse("{\"id\": \"brightside-0042\", \"effective_date\": \"2027-01-31T18:59:59-05:00\"}");
        assertThat(e.event()).isEqualTo(new Cancellation("brightside-0042", Instant.parse("2027-01-31T23:59:59Z")));
    }

    @Test
    void aPlainDateIsMidnightUtc() {
        InboundEvent e = parse("{\"id\": \"c\", \"effective_date\": \"2027-01-31\"}");
        assertThat(((Cancellation) e.event()).effectiveDate()).isEqualTo(Instant.parse("2027-01-31T00:00:00Z"));
    }

    @Test
    void envelopeGivesIdTimeAndType() {
        InboundEvent e = parse("""
                {"version": "0", "id": "evt-9", "detail-type": "Cancellation", "source": "partner.crm",
                 "time": "2027-01-10T08:00:00Z", "detail": {"id": "c-1", "effective_date": "2027-01-31T23:59:59Z"}}""");
        assertThat(e.eventId()).isEqualTo("evt-9");
        assertThat(e.eventTime()).isEqualTo(Instant.parse("2027-01-10T08:00:00Z"));
        assertThat(e.event()).isInstanceOf(Cancellation.class);
    }

    @Test
    void envelopeWithoutTimeFallsBackToTheTransportTime() {
        InboundEvent e = parse("{\"id\": \"evt-9\", \"detail-type\": \"Cancellation\", "
                + "\"detail\": {\"id\": \"c-1\", \"effective_date\": \"2027-01-31\"}}");
        assertThat(e.eventTime()).isEqualTo(SENT);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> parse("""
                {"tier": "platinum", "contract_length": 0, "id": "c-7", "website": "ftp://nope",
                 "template": "Bad_Template", "company_name": ""}"""))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("CreateSubscription for customer 'c-7' is invalid")
                .hasMessageContaining("tier 'platinum' is not one of this partner environment's tiers [growth, starter]")
                .hasMessageContaining("website 'ftp://nope' is not an absolute https URL")
                .hasMessageContaining("template 'Bad_Template' is not a valid template name")
                .hasMessageContaining("contract_length must be a whole number of months from 1 to 120")
                .hasMessageContaining("company_name is required");
    }

    @Test
    void missingIdAndBadDateAreReported() {
        assertThatThrownBy(() -> parse("{\"effective_date\": \"next tuesday\"}"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("id is required")
                .hasMessageContaining("effective_date 'next tuesday' is not an ISO-8601 date-time");
    }

    @Test
    void unknownShapesAndTypesAreRefused() {
        assertThatThrownBy(() -> parse("{\"id\": \"c\"}")).hasMessageContaining("cannot tell the event type");
        assertThatThrownBy(() -> parse("{\"detail-type\": \"Upgrade\", \"detail\": {\"id\": \"c\"}}"))
                .hasMessageContaining("unknown detail-type 'Upgrade'");
        assertThatThrownBy(() -> parse("{\"detail-type\": \"Cancellation\", \"detail\": \"x\"}"))
                .hasMessageContaining("detail must be a JSON object");
        assertThatThrownBy(() -> parse("[1]")).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> parse("{\"id\": ")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> parse("{\"id\": \"a\", \"id\": \"b\", \"effective_date\": \"2027-01-01\"}"))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void oversizedBodiesAreRefusedBeforeParsing() {
        String big = "{\"id\": \"" + "x".repeat(5000) + "\"}";
        assertThatThrownBy(() -> parse(big)).hasMessageContaining("more than the limit of 4096");
    }
}
