package io.xapp.crawler.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.crawler.Passage;
import io.xapp.crawler.extract.PageExtractor;
import io.xapp.testing.support.StaticSite;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * For every answerable question of the fixture and probe sites ({@code qa.json}), whether each fact its right answer
 * must hold ({@code answerContains}) is in the passages the crawler reads from the page that answers it
 * ({@code sourcePath}): a fact no passage holds is one the assistant cannot answer however well it ranks (a tab panel
 * read as a menu, a footer column read as a sidebar). Compared as the answer judge compares: lower case, runs of
 * whitespace as one space. {@code bench/answer-facts.sh [SITES_DIR...]} prints the lost ones.
 */
public final class AnswerFactsRead {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        List<String> dirs = args.length > 0 ? List.of(args)
                : List.of("testing/fixtures/sites", "testing/fixtures/probe-sites");
        int facts = 0;
        List<Lost> lost = new ArrayList<>();
        for (String dir : dirs) {
            Tally tally = under(Path.of(dir));
            facts += tally.facts();
            lost.addAll(tally.lost());
        }
        lost.forEach(l -> System.out.println(l.site() + " " + l.sourcePath() + " '" + l.fact() + "' <- " + l.question()));
        System.out.printf("%d of %d answer facts not in their page's passages%n", lost.size(), facts);
    }

    /** Every site folder under {@code sites} with a {@code qa.json} and a {@code www/}. */
    public static Tally under(Path sites) throws IOException {
        int facts = 0;
        List<Lost> lost = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(sites)) {
            for (Path site : dirs.filter(d -> Files.isRegularFile(d.resolve("qa.json"))).sorted().toList()) {
                Tally tally = of(site);
                facts += tally.facts();
                lost.addAll(tally.lost());
            }
        }
        return new Tally(facts, lost);
    }

    /** One site's answer facts, and those its pages' passages lack. */
    static Tally of(Path site) throws IOException {
        JsonNode questions = JSON.readTree(site.resolve("qa.json").toFile());
        if (questions.isObject()) {
            questions = questions.path("questions");
        }
        int facts = 0;
        List<Lost> lost = new ArrayList<>();
        for (JsonNode q : questions) {
            if (q.path("noContent").asBoolean() || !q.hasNonNull("sourcePath")) {
                continue;
            }
            String sourcePath = URI.create("https://example.com" + q.get("sourcePath").asText()).getPath();
            String passages = normalised(passagesOf(site.resolve("www"), sourcePath).orElse(""));
            for (JsonNode fact : q.path("answerContains")) {
                facts++;
                if (!passages.contains(normalised(fact.asText()))) {
                    lost.add(new Lost(site.getFileName().toString(), sourcePath, fact.asText(), q.get("q").asText()));
                }
            }
        }
        return new Tally(facts, lost);
    }

    /** The headings and text of the passages of the page a static web server answers {@code path} with. */
    private static Optional<String> passagesOf(Path www, String path) throws IOException {
        Path file = StaticSite.fileFor(www, path);
        if (file == null) {
            return Optional.empty();
        }
        URI url = URI.create("https://example.com" + path);
        StringBuilder text = new StringBuilder();
        for (Passage p : PageExtractor.extract(PageExtractor.parse(Files.readAllBytes(file), "utf-8", url), url, null,
                null, "xappbot").passages()) {
            text.append(String.join(" ", p.headingPath())).append(' ').append(p.text()).append('\n');
        }
        return Optional.of(text.toString());
    }

    private static String normalised(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** How many answer facts the questions name, and the ones not read. */
    public record Tally(int facts, List<Lost> lost) {
    }

    /** A fact of a right answer that no passage of its page holds. */
    public record Lost(String site, String sourcePath, String fact, String question) {
    }
}
