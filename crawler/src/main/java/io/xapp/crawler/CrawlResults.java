package io.xapp.crawler;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * Writes {@code result} to {@code file} as compact JSON, streamed: a large site's crawl (tens of MB) is never
     * held as one string.
     */
    public static void write(CrawlResult result, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            MAPPER.writeValue(out, result);
        }
    }

    /**
     * Reads a crawl result {@link #write} or {@link #toJson} wrote, streamed.
     *
     * @throws IllegalArgumentException when the file is not a crawl result
     */
    public static CrawlResult read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return MAPPER.readValue(in, CrawlResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not a crawl result: " + e.getOriginalMessage(), e);
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
