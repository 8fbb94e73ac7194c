package io.xapp.bridge.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.xapp.api.time.Durations;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The partner's APIs the bridge relays leads, bookings and slot look-ups to. Any endpoint may be left out. */
public record PartnerApiSettings(
        @JsonProperty("leads") Endpoint leads,
        @JsonProperty("bookings") Endpoint bookings,
        @JsonProperty("slots") Endpoint slots,
        @JsonProperty("timeout") String timeout,
        @JsonProperty("maxAttempts") Integer maxAttempts) {

    public static final PartnerApiSettings NONE = new PartnerApiSettings(null, null, null, null, null);

    public PartnerApiSettings {
        timeout = timeout == null ? "10s" : timeout;
        maxAttempts = maxAttempts == null ? 50 : maxAttempts;
    }

    public Duration timeoutDuration() {
        return Durations.parse(timeout);
    }

    /**
     * One partner endpoint. {@code mapping} maps our field names to the partner's (a dotted name nests:
     * {@code contact.email}); fields without a mapping keep their name, and a mapping to {@code ""} drops the field.
     * {@code constants} are added to every body (or query). For slots, {@code mapping} renames the query parameters
     * and {@code response} says where the partner's answer keeps the slots.
     */
    public record Endpoint(
            @JsonProperty("url") String url,
            @JsonProperty("auth") Auth auth,
            @JsonProperty("mapping") Map<String, String> mapping,
            @JsonProperty("constants") Map<String, Object> constants,
            @JsonProperty("response") SlotsResponse response,
            @JsonProperty("test") TestMarker test) {

        public Endpoint {
            auth = auth == null ? Auth.NONE : auth;
            mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
            constants = constants == null ? Map.of() : Map.copyOf(constants);
            response = response == null ? SlotsResponse.DEFAULT : response;
        }
    }

    /**
     * How the partner's API contract marks a request as a test, so that nothing is created: a header
     * ({@code {header: X-Test-Request, value: "true"}}) or a body field ({@code {field: meta.test, value: true}},
     * dotted = nested). The QA dry run sends a lead or booking only with it; without one it cannot tell.
     */
    public record TestMarker(
            @JsonProperty("header") String header,
            @JsonProperty("field") String field,
            @JsonProperty("value") Object value) {

        public String describe() {
            return header != null ? "header " + header + ": " + value : "field " + field + " = " + value;
        }
    }

    /** How to authenticate: {@code none}, {@code bearer}, {@code header} (custom header name) or {@code basic}. */
    public record Auth(
            @JsonProperty("type") String type,
            @JsonProperty("header") String header,
            @JsonProperty("username") String username,
            @JsonProperty("secret") SecretRef secret) {

        public static final Auth NONE = new Auth("none", null, null, null);

        public Auth {
            type = type == null ? "none" : type;
        }
    }

    /** Where the slots are in the partner's answer: a dotted path to the array and the field names in each item. */
    public record SlotsResponse(
            @JsonProperty("items") String items,
            @JsonProperty("start") String start,
            @JsonProperty("end") String end) {

        public static final SlotsResponse DEFAULT = new SlotsResponse(null, null, null);

        public SlotsResponse {
            items = items == null ? "slots" : items;
            start = start == null ? "start" : start;
            end = end == null ? "end" : end;
        }
    }

    void validate(List<String> problems) {
        try {
            timeoutDuration();
        } catch (IllegalArgumentException e) {
            problems.add("partnerApi.timeout: " + e.getMessage());
        }
        check("leads", leads, problems);
        check("bookings", bookings, problems);
        check("slots", slots, problems);
    }

    private static void check(String name, Endpoint e, List<String> problems) {
        if (e == null) {
            return;
        }
        String where = "partnerApi." + name;
        try {
            URI u = URI.create(e.url() == null ? "" : e.url());
            if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null) {
                problems.add(where + ".url must be an absolute http(s) URL, got " + e.url());
            }
        } catch (IllegalArgumentException ex) {
            problems.add(where + ".url is not a URL: " + e.url());
        }
        if (e.test() != null && ((e.test().header() == null) == (e.test().field() == null)
                || e.test().value() == null)) {
            problems.add(where + ".test needs either header or field, and a value, e.g. {header: X-Test-Request, "
                    + "value: \"true\"}");
        }
        switch (e.auth().type()) {
            case "none" -> { }
            case "bearer", "basic" -> {
                if (e.auth().secret() == null) {
                    problems.add(where + ".auth.secret is required for " + e.auth().type());
                }
                if ("basic".equals(e.auth().type()) && e.auth().username() == null) {
                    problems.add(where + ".auth.username is required for basic");
                }
            }
            case "header" -> {
                if (e.auth().header() == null || e.auth().secret() == null) {
                    problems.add(where + ".auth needs header and secret for type header");
                }
            }
            default -> problems.add(where + ".auth.type must be none, bearer, header or basic, got "
                    + e.auth().type());
        }
    }
}
