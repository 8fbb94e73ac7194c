package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.junit.jupiter.api.Test;

/** The first, cheap pass of ranking: which concepts choose the passages that the full query then scores. */
class PassageRankerTest {

    private static final Concept PRICE = new Concept("cost", List.of("cost", "price"), 19_990, 0.0005);
    private static final Concept WEEKDAY = new Concept("weekday", List.of("weekday"), 830, 3.2);
    private static final Concept HOCKEY = new Concept("hockey", List.of("hockey"), 0, 10.6);

    @Test
    void aConceptInNearlyEveryPassageDoesNotChooseThePassagesWhenATellingOneIsAsked() {
        assertThat(recalled(PRICE, WEEKDAY)).containsExactly("weekday");
    }

    @Test
    void aCommonConceptStillChoosesWhenNothingTellingIsAskedAndUnknownWordsSetNoBar() {
        assertThat(recalled(PRICE)).containsExactly("cost");
        assertThat(recalled(PRICE, HOCKEY)).containsExactly("cost");
    }

    /** The recall query's clauses, each named by the concept whose first term it searches. */
    private static List<String> recalled(Concept... concepts) {
        InterpretedQuery question = new InterpretedQuery("q", "q", List.of(concepts));
        return ((BooleanQuery) PassageRanker.recallQuery(question)).clauses().stream()
                .map(BooleanClause::getQuery)
                .map(q -> List.of(concepts).stream().map(c -> c.terms().get(0))
                        .filter(term -> q.toString().contains(":" + term)).findFirst().orElse(q.toString()))
                .toList();
    }
}
