package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.runtime.index.ContentAnalyzers;
import io.xapp.runtime.index.PassageFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a question becomes concepts: the template's vocabulary, malformed entries, one concept per thing asked. */
class QueryInterpreterTest {

    private InMemoryIndex index;
    private IndexSearcher searcher;

    @BeforeEach
    void index() throws IOException {
        List<Document> docs = new ArrayList<>();
        for (String text : List.of(
                "For anxious children, nitrous oxide is available for fillings at $60 per visit.",
                "A crown costs $1,150 without insurance.",
                "We are open on Saturdays from 9:00 am.",
                "Houseplants, and free in-store pickup. Becoming a member will be coming soon.",
                "Join the waitlist.")) {
            Document doc = new Document();
            doc.add(new TextField(PassageFields.ALL, text, Field.Store.NO));
            doc.add(new TextField(PassageFields.WORDS, text, Field.Store.NO));
            docs.add(doc);
        }
        index = InMemoryIndex.of(docs);
        searcher = index.searcher();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void theTemplateVocabularyBridgesWordsTheSiteNeverUses() {
        InterpretedQuery generic = QueryInterpreter.withDefaultSynonyms().interpret("laughing gas", searcher);
        assertThat(generic.concepts()).noneMatch(Concept::known);

        InterpretedQuery dental = QueryInterpreter.withVocabulary(List.of("laughing gas => nitrous oxide, sedation"))
                .interpret("Do you have laughing gas for kids?", searcher);
        assertThat(dental.concepts()).anySatisfy(c -> {
            assertThat(c.terms()).contains("nitrous", "oxide");
            assertThat(c.known()).isTrue();
        });
    }

    @Test
    void aMalformedVocabularyEntryIsLeftOutAndTheOthersStillWork() {
        List<String> vocabulary = List.of("a => b => c", "laughing gas => nitrous oxide", "a => ");
        assertThat(ContentAnalyzers.usable(vocabulary)).containsExactly("laughing gas => nitrous oxide");

        InterpretedQuery query = QueryInterpreter.withVocabulary(vocabulary).interpret("laughing gas", searcher);
        assertThat(query.concepts()).anySatisfy(c -> assertThat(c.terms()).contains("nitrous"));
    }

    @Test
    void aThingAskedTwiceIsOneConcept() {
        // "how much" expands to the cost words and "cost" is one of them: the price is asked once.
        InterpretedQuery query = QueryInterpreter.withDefaultSynonyms()
                .interpret("how much does a crown cost", searcher);
        assertThat(query.concepts()).filteredOn(c -> c.terms().contains("cost")).hasSize(1);
        assertThat(query.concepts()).extracting(Concept::text).anyMatch(t -> t.contains("crown"));
    }

    @Test
    void askingHowLongTheBusinessHasBeenAroundAsksWhenItWasEstablished() {
        for (String question : List.of("how long have you been in business", "how long have you been around")) {
            InterpretedQuery query = QueryInterpreter.withDefaultSynonyms().interpret(question, searcher);
            assertThat(query.concepts()).as(question).extracting(Concept::text).containsExactly("establish");
        }
        assertThat(QueryInterpreter.withDefaultSynonyms().interpret("How long has Brightside been around?", searcher)
                .concepts()).extracting(Concept::text).contains("establish");
    }

    @Test
    void askingHowLongOrHowSoonAsksForASpanOfTime() {
        // The passage's "ready in one week" is marked as a duration (EntityMarkers); "long" alone is no concept, so
        // a site that never writes "long" does not count it against the question.
        for (String question : List.of("how long do alterations take", "how soon can someone come out",
                "how fast can you get here")) {
            InterpretedQuery query = QueryInterpreter.withDefaultSynonyms().interpret(question, searcher);
            assertThat(query.concepts()).as(question).anySatisfy(c -> assertThat(c.terms()).contains("duration"))
                    .noneSatisfy(c -> assertThat(c.terms()).containsAnyOf("long", "soon", "fast").hasSize(1));
        }
    }

    @Test
    void aPronounWithItsVerbRunIntoItIsFillerAsTheWordsApartAre() {
        // "weve" is written out to "we've"; it is no concept, let alone one the site never uses.
        for (String question : List.of("how much is a crown, weve been coming for years",
                "how much is a crown, we have been coming for years", "how much is a crown, they'll pay")) {
            assertThat(QueryInterpreter.withDefaultSynonyms().interpret(question, searcher).concepts())
                    .as(question).extracting(Concept::text).noneMatch(t -> t.contains("'"));
        }
    }

    @Test
    void whatHappensIfAndRightNowAreTheQuestionsFrameNotWhatItAsks() {
        for (String question : List.of("what happens if a crown breaks", "any crowns available right now?")) {
            assertThat(QueryInterpreter.withDefaultSynonyms().interpret(question, searcher).concepts())
                    .as(question).extracting(Concept::text).doesNotContain("happen", "now").contains("crown");
        }
    }

    @Test
    void anotherFormOfAStopWordIsFillerToo() {
        // "need" is filler, so "needs" is: the question asks for the crown, not for needing.
        assertThat(QueryInterpreter.withDefaultSynonyms().interpret("my dentist needs a crown", searcher).concepts())
                .extracting(Concept::text).containsExactly("dentist", "crown");
    }

    @Test
    void whereIsAThingAsksForItsAddress() {
        assertThat(QueryInterpreter.withDefaultSynonyms().interpret("where is the office", searcher).concepts())
                .extracting(Concept::terms).anySatisfy(terms -> assertThat(terms).contains("address", "location"));
    }

    @Test
    void askingWhenTheOfficeClosesAsksForTheHours() {
        assertThat(QueryInterpreter.withDefaultSynonyms().interpret("what time does the office close", searcher)
                .concepts()).extracting(Concept::terms).anySatisfy(terms -> assertThat(terms).contains("hour", "open"));
    }

    @Test
    void aLicenseNumberIsNoPhoneNumber() {
        assertThat(QueryInterpreter.withDefaultSynonyms().interpret("whats your license number", searcher).concepts())
                .extracting(Concept::terms).noneSatisfy(terms -> assertThat(terms).contains("phone"));
        assertThat(QueryInterpreter.withDefaultSynonyms().interpret("whats your number", searcher).concepts())
                .extracting(Concept::terms).anySatisfy(terms -> assertThat(terms).contains("phone"));
    }

    @Test
    void chatShorthandIsWrittenOutButNotShownAsATypo() {
        InterpretedQuery chat = QueryInterpreter.withDefaultSynonyms().interpret("r u open saturdays", searcher);
        assertThat(chat.correctedText()).isEqualTo("are you open saturdays");
        assertThat(chat.typosCorrected()).isFalse();
    }

    @Test
    void twoWordsAreJoinedWhereTheSiteWritesThemAsOneAndNeverWritesOneOfThem() {
        QueryInterpreter interpreter = QueryInterpreter.withDefaultSynonyms();
        assertThat(interpreter.interpret("Do you sell house plants?", searcher).correctedText())
                .isEqualTo("Do you sell houseplants?");
        assertThat(interpreter.interpret("can i pick up my order", searcher).correctedText())
                .isEqualTo("can i pickup my order");
        // The site writes the first word's base with the second: "waiting list" is its "waitlist".
        assertThat(interpreter.interpret("is there a waiting list", searcher).correctedText())
                .isEqualTo("is there a waitlist");
        assertThat(interpreter.interpret("is the member area be coming soon", searcher).correctedText())
                .isEqualTo("is the member area be coming soon");
    }

    @Test
    void theWordsTheSiteNeverUsesAreLeftOutOfTheQuestionAsTheSiteKnowsIt() {
        QueryInterpreter interpreter = QueryInterpreter.withDefaultSynonyms();

        assertThat(interpreter.withoutUnknownWords(interpreter.interpret("is a crown ballpark $1,150 lol", searcher)))
                .contains("is a crown $1,150 lol");
        assertThat(interpreter.withoutUnknownWords(interpreter.interpret("Are you open on Saturdays?", searcher)))
                .isEmpty();
        assertThat(interpreter.withoutUnknownWords(interpreter.interpret("veneers", searcher))).contains("");
    }

    @Test
    void aWordTheSiteNeverUsesIsSearchedAsTheSiteWordNearestInMeaning() {
        QueryInterpreter interpreter = QueryInterpreter.withDefaultSynonyms();
        InterpretedQuery plain = interpreter.interpret("how much is a cap ballpark", searcher);

        // Only the words the site never uses are looked up.
        assertThat(interpreter.siteWordsAskedFor(plain)).containsExactly("cap", "ballpark");
        InterpretedQuery query = interpreter.withSiteWords(plain, Map.of("cap", "crown"), searcher);

        assertThat(query.concepts()).anySatisfy(c -> {
            assertThat(c.terms()).containsExactly("crown");
            assertThat(c.known()).isTrue();
        });
        assertThat(query.concepts()).filteredOn(c -> c.terms().contains("ballpark")).singleElement()
                .satisfies(c -> assertThat(c.known()).isFalse());
        // The model reads the visitor's own word, and it is no longer left out as unknown.
        assertThat(query.correctedText()).isEqualTo("how much is a cap ballpark");
        assertThat(interpreter.withoutUnknownWords(query)).contains("how much is a cap");
        // A site's word for a word the question does not have changes nothing.
        assertThat(interpreter.withSiteWords(plain, Map.of("veneers", "crown"), searcher)).isSameAs(plain);
    }

    @Test
    void aQuestionInTheSiteWordsAsksForNoNearestWords() {
        QueryInterpreter interpreter = QueryInterpreter.withDefaultSynonyms();
        assertThat(interpreter.siteWordsAskedFor(interpreter.interpret("Are you open on Saturdays?", searcher)))
                .isEmpty();
        // Nor does a word the site never uses that is not a word of letters ("10x10" has no word near it).
        assertThat(interpreter.siteWordsAskedFor(interpreter.interpret("how much is a 10x10", searcher)))
                .doesNotContain("10x10");
    }
}
