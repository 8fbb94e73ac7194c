package io.xapp.runtime.answers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fixture site's visitor questions ({@code qa.json}): the answerable ones with the page and the facts a right answer
 * carries, and the ones the site does not answer.
 */
public record QaSet(String site, Path www, List<Question> questions) {

    /**
     * @param sourcePath     the page a right answer cites first ({@code null} for unanswerable questions)
     * @param answerContains facts a right answer contains
     * @param noContent      whether the site does not answer it
     */
    public record Question(String text, String sourcePath, List<String> answerContains, boolean noContent) {
    }

    /** Every site folder under {@code sitesDir} that has {@code www/} and {@code qa.json}, by name. */
    public static List<QaSet> under(Path sitesDir) throws IOException {
        if (!Files.isDirectory(sitesDir)) {
            throw new IllegalArgumentException(sitesDir + " is not a folder of sites (each with www/ and qa.json)");
        }
        List<QaSet> sets = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(sitesDir)) {
            for (Path dir : dirs.sorted().toList()) {
                if (Files.isDirectory(dir.resolve("www")) && Files.isRegularFile(dir.resolve("qa.json"))) {
                    sets.add(read(dir));
                }
            }
        }
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("no site folder with www/ and qa.json under " + sitesDir);
        }
        return sets;
    }

    public static QaSet read(Path siteDir) throws IOException {
        List<Question> questions = new ArrayList<>();
        for (JsonNode item : new ObjectMapper().readTree(siteDir.resolve("qa.json").toFile())) {
            List<String> facts = new ArrayList<>();
            item.path("answerContains").forEach(f -> facts.add(f.asText()));
            questions.add(new Question(item.get("q").asText(), item.path("sourcePath").asText(null), facts,
                    item.path("noContent").asBoolean(false)));
        }
        return new QaSet(siteDir.getFileName().toString(), siteDir.resolve("www"), questions);
    }

    public long answerable() {
        return questions.stream().filter(q -> !q.noContent()).count();
    }

    public long unanswerable() {
        return questions.size() - answerable();
    }
}
