package io.xapp.runtime.chat;

import io.xapp.runtime.search.InterpretedQuery;
import io.xapp.runtime.search.PassageRanker;
import io.xapp.runtime.search.QueryInterpreter;
import io.xapp.runtime.search.RankedPassage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;

/**
 * Answers a question from the index: the best passage, if it covers enough of what was asked, condensed by
 * {@link AnswerComposer}; otherwise an honest "not found".
 */
public final class ContentAnswerer {

    /**
     * Share of the question's concept weight the best passage must cover. Questions about things a site never
     * mentions leave their rarest, most telling word uncovered and fall below it; calibrated on the fixture's
     * answerable and unanswerable questions (see AnswerQualityTest).
     */
    static final double MIN_COVERAGE = 0.53;
    /** Another page is cited too when its best passage scores at least this share of the best one. */
    private static final double SECOND_SOURCE_SHARE = 0.8;
    private static final int MAX_SOURCES = 2;

    private final QueryInterpreter interpreter;
    private final PassageRanker ranker = new PassageRanker();
    private final AnswerComposer composer = new AnswerComposer();

    public ContentAnswerer(QueryInterpreter interpreter) {
        this.interpreter = interpreter;
    }

    public ContentAnswer answer(String question, IndexSearcher searcher) {
        InterpretedQuery query = interpreter.interpret(question, searcher);
        List<RankedPassage> ranked = ranker.rank(query, searcher, 10);
        if (ranked.isEmpty() || ranked.get(0).coverage() < MIN_COVERAGE) {
            return ContentAnswer.NONE;
        }
        RankedPassage best = ranked.get(0);
        String text = composer.compose(query, best.passage());
        return new ContentAnswer(text, sources(ranked));
    }

    private static List<ContentAnswer.Source> sources(List<RankedPassage> ranked) {
        Map<String, ContentAnswer.Source> pages = new LinkedHashMap<>();
        double best = ranked.get(0).score();
        for (RankedPassage r : ranked) {
            if (pages.size() == MAX_SOURCES || r.score() < best * SECOND_SOURCE_SHARE) {
                break;
            }
            pages.putIfAbsent(r.passage().url(), new ContentAnswer.Source(r.passage().url(), r.passage().title()));
        }
        return new ArrayList<>(pages.values());
    }
}
