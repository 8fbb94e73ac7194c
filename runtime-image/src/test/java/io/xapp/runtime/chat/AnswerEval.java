package io.xapp.runtime.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.runtime.content.ContentGeneration;
import io.xapp.runtime.content.FixtureGenerations;
import io.xapp.runtime.search.InterpretedQuery;
import io.xapp.runtime.search.PassageRanker;
import io.xapp.runtime.search.QueryInterpreter;
import io.xapp.runtime.search.RankedPassage;
import io.xapp.runtime.testing.FixtureCrawls;
import io.xapp.runtime.testing.Fixtures;
import java.net.URI;
import java.nio.file.Files;

/** Dev harness: fixture questions against the fixture index, with the ranking evidence. */
public class AnswerEval {
    public static void main(String[] args) throws Exception {
        var gen = FixtureGenerations.open(FixtureCrawls.dental(URI.create("http://127.0.0.1:1/")),
                Files.createTempDirectory("eval"));
        QueryInterpreter interpreter = QueryInterpreter.withVocabulary(io.xapp.runtime.testing.Templates.vocabulary("healthcare"));
        ContentAnswerer answerer = new ContentAnswerer(interpreter);
        JsonNode qa = new ObjectMapper().readTree(Fixtures.dental().resolve("qa.json").toFile());
        int right = 0, honest = 0;
        boolean verbose = args.length > 0;
        for (JsonNode item : qa) {
            String q = item.get("q").asText();
            ContentAnswer a = answerer.answer(q, gen.searcher());
            boolean ok;
            if (item.path("noContent").asBoolean(false)) {
                ok = !a.found();
                if (ok) honest++;
            } else {
                ok = a.found() && URI.create(a.sources().get(0).url()).getPath().equals(item.get("sourcePath").asText());
                for (JsonNode f : item.get("answerContains")) ok &= a.text().contains(f.asText());
                if (ok) right++;
            }
            System.out.println((ok ? "OK   " : "MISS ") + q + (item.has("sourcePath") ? "  [want " + item.get("sourcePath").asText() + "]" : ""));
            if (!ok || verbose) {
                InterpretedQuery iq = interpreter.interpret(q, gen.searcher());
                System.out.println("     concepts: " + iq.concepts());
                System.out.println("     answer: " + a.text().replace('\n', '|') + " " + a.sources().stream().map(s -> URI.create(s.url()).getPath()).toList());
                for (RankedPassage r : new PassageRanker().rank(iq, gen.searcher(), 5)) {
                    System.out.printf("       %.3f bm25=%.2f cov=%.2f known=%.2f unk=%.2f %s %s%n", r.score(), r.bm25(), r.coverage(),
                            r.knownCoverage(), r.unknownShare(), URI.create(r.url()).getPath(), r.passage().headingPath());
                }
            }
        }
        System.out.println("answerable right " + right + "/30, noContent " + honest + "/8");
    }
}
