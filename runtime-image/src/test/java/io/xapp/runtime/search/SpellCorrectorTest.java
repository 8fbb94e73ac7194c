package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.runtime.index.PassageFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Typos are corrected to the site's words; words of the language are not turned into other words. */
class SpellCorrectorTest {

    private InMemoryIndex index;
    private DirectoryReader reader;
    private final SpellCorrector speller = new SpellCorrector(Set.of());

    @BeforeEach
    void index() throws IOException {
        List<Document> docs = new ArrayList<>();
        // A word on a passage or two only is too weak a candidate.
        for (String text : List.of("Green chili chowder. Whitening trays.", "Chili fries. Our staff keep whitening",
                "Our staff keep the chili and whitening", "Our staff keep the office open", "Pick up here",
                "Pick a time", "We pick it up")) {
            Document doc = new Document();
            doc.add(new TextField(PassageFields.WORDS, text, Field.Store.NO));
            docs.add(doc);
        }
        index = InMemoryIndex.of(docs);
        reader = index.reader();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aTypoBecomesTheSitesWord() throws IOException {
        assertThat(speller.correct("whitning", reader)).contains("whitening");
    }

    @Test
    void aWordOfTheLanguageIsNotTurnedIntoAnotherWord() throws IOException {
        assertThat(speller.correct("chill", reader)).isEmpty();
        assertThat(speller.correct("stuff", reader)).isEmpty();
        assertThat(EnglishWords.contains("chill")).isTrue();
        assertThat(EnglishWords.contains("whitning")).isFalse();
    }

    @Test
    void thePluralOfAWordOfTheLanguageIsNotTurnedIntoAnotherWord() throws IOException {
        assertThat(EnglishWords.contains("pics")).isFalse();
        assertThat(speller.correct("pics", reader)).isEmpty();
        assertThat(speller.correct("whitnings", reader)).contains("whitening");
    }

    @Test
    void aWordOfTheLanguageStillBecomesTheSitesFormOfIt() throws IOException {
        assertThat(speller.correct("keeps", reader)).contains("keep");
    }

    @Test
    void aWordTheSiteUsesIsLeftAsItIs() throws IOException {
        assertThat(speller.correct("chili", reader)).isEmpty();
    }
}
