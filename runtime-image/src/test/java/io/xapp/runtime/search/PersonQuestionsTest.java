package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import io.xapp.runtime.index.PassageDocuments;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Questions that ask for a person, "who ..." or "which" and a word the site's team page names someone as. */
class PersonQuestionsTest {

    private InMemoryIndex index;

    @BeforeEach
    void index() throws IOException {
        List<Document> docs = new ArrayList<>(PassageDocuments.of(page("/dental-care", "Dental care", new Passage(
                List.of("Dental care"), "Dental care\nWe extract broken teeth under anesthesia. Dental cleanings for "
                + "dogs and cats start at $525.", null))));
        docs.addAll(PassageDocuments.of(page("/team", "Our team", new Passage(List.of("Meet the team",
                "Dr. Theo Lindqvist, DVM"), "Dr. Theo Lindqvist, DVM\nAssociate Veterinarian · Dentistry & oral "
                + "surgery\nDr. Lindqvist extracts broken teeth under anesthesia.", null))));
        index = InMemoryIndex.of(docs);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aWhichQuestionNamingARoleOfTheTeamPageAsksForAPerson() {
        assertThat(asksForPerson("which vet should i see about my dog's broken teeth")).isTrue();
        assertThat(asksForPerson("Which veterinarians do dental extractions?")).isTrue();
        assertThat(asksForPerson("who extracts teeth")).isTrue();
    }

    @Test
    void aWhichQuestionAboutAnythingElseDoesNot() {
        assertThat(asksForPerson("which dental cleanings do you do for dogs")).isFalse();
        assertThat(asksForPerson("which vaccines does my puppy need")).isFalse();
        assertThat(asksForPerson("do you know which vet is on today")).isFalse();
    }

    @Test
    void theWordAfterALeadingWhichIsWhatItAsksAbout() {
        assertThat(question("Hi, which dentist is best for little kids?").whichWord()).contains("dentist");
        assertThat(question("do you know which day is free").whichWord()).isEmpty();
        assertThat(question("which one is cheaper").whichWord()).contains("one");
        assertThat(question("which of your doctors is the one for diabetic wounds?").whichWord()).contains("doctors");
    }

    private boolean asksForPerson(String text) {
        IndexSearcher searcher = index.searcher();
        return PassageRanker.asksForPerson(QueryInterpreter.withDefaultSynonyms().interpret(text, searcher), searcher);
    }

    private static InterpretedQuery question(String text) {
        return new InterpretedQuery(text, text, List.of());
    }

    private static CrawledPage page(String path, String title, Passage passage) {
        URI url = URI.create("https://example.com" + path);
        return new CrawledPage(url, title, null, "en", url, 1, passage.text(), List.of(passage), path, null, null,
                Instant.now(), false);
    }
}
