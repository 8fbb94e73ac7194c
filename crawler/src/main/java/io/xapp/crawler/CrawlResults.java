package io.xapp.crawler;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON for crawl results, as stored on a volume and reloaded for the next, conditional crawl. Instants and
 * durations are ISO-8601 strings, URIs plain strings, null fields left out; unknown fields are ignored so older
 * readers accept newer files.
 */
public final class CrawlResults {

    private static final ObjectMapper MAPPER = objectMapper();

    private CrawlResults() {
    }

    /** A new mapper configured for the crawler's types; configure yours the same way to embed them. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static String toJson(CrawlResult result) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("crawl result of " + result.startUrl() + " cannot be written as JSON", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a crawl result */
    public static CrawlResult fromJson(String json) {
        try {
            return MAPPER.readValue(json, CrawlResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a crawl result: " + e.getOriginalMessage(), e);
        }
    }
}
