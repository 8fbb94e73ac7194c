package io.xapp.operator.qa.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sample questions made from the site's own headings: for each topic a visitor asks about (hours, prices, services,
 * contact) the site's shortest heading or page title that names it, found through the runtime's suggestions. A
 * heading that is itself a question (an FAQ) is asked as it is; any other becomes "Can you tell me about ...?".
 */
final class SampleQuestions {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    /**
     * @param probes what is typed into the suggestions, in order, until one finds a heading
     * @param words  a heading is about the topic when it contains one of these words
     */
    enum Topic {
        HOURS("hours", List.of("hours", "open"), Set.of("hours", "hour", "open", "opening")),
        PRICES("prices", List.of("prices", "pricing", "fees", "rates"),
                Set.of("price", "prices", "pricing", "fee", "fees", "rate", "rates", "cost", "costs")),
        SERVICES("services", List.of("services", "treatments"),
                Set.of("service", "services", "treatment", "treatments")),
        CONTACT("contact", List.of("contact", "directions", "location"),
                Set.of("contact", "directions", "location", "address"));

        final String label;
        final List<String> probes;
        final Set<String> words;

        Topic(String label, List<String> probes, Set<String> words) {
            this.label = label;
            this.probes = probes;
            this.words = words;
        }
    }

    /** A heading of the site ({@code text}) on the page {@code url}. */
    record Heading(String text, String url) {
    }

    private SampleQuestions() {
    }

    /** The heading among {@code suggestions} (the runtime's {@code [{"text", "url"}]}) to ask about the topic. */
    static Optional<Heading> pick(Topic topic, JsonNode suggestions) {
        Heading best = null;
        int bestWords = Integer.MAX_VALUE;
        for (JsonNode s : suggestions) {
            String text = s.path("text").asText("").strip();
            List<String> words = words(text);
            if (words.stream().noneMatch(topic.words::contains) || words.size() >= bestWords) {
                continue;
            }
            best = new Heading(text, s.path("url").asText(null));
            bestWords = words.size();
        }
        return Optional.ofNullable(best);
    }

    static String question(String heading) {
        String h = heading.strip();
        return h.endsWith("?") ? h : "Can you tell me about " + h.replaceAll("[.:!]+$", "") + "?";
    }

    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
    }
}
