package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.runtime.index.PassageFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.junit.jupiter.api.Test;

/** A question word the site never uses, and the words of its family the site does. */
class WordFamilyTest {

    @Test
    void findsTheSitesNounsAndBaseOfAQuestionWord() throws IOException {
        try (InMemoryIndex index = index("Free same-day delivery within 3 miles. Bike rentals by the day.",
                "Cancellation is free up to a day before. Our cheap plan suits most homes.")) {
            assertThat(WordFamily.onSite("deliver", index.reader())).containsExactly("delivery");
            assertThat(WordFamily.onSite("rent", index.reader())).containsExactly("rental");
            assertThat(WordFamily.onSite("cancel", index.reader())).containsExactly("cancellation");
            assertThat(WordFamily.onSite("cheapest", index.reader())).containsExactly("cheap");
        }
        try (InMemoryIndex index = index("Tables and chairs: we include 150 of each. Physical therapy for runners.",
                "Evenings are busiest; we bill hourly. Need help with a small business?")) {
            assertThat(WordFamily.onSite("included", index.reader())).containsExactly("include");
            assertThat(WordFamily.onSite("running", index.reader())).containsExactly("runner");
            // A final "y" is an "i" before the ending; and "busy" is not "business".
            assertThat(WordFamily.onSite("busy", index.reader())).containsExactly("busiest");
            assertThat(WordFamily.onSite("hour", index.reader())).containsExactly("hourly");
        }
    }

    @Test
    void leavesWordsThatOnlyBeginAlikeAndShortWordsAlone() throws IOException {
        try (InMemoryIndex index = index("We care for cars and carers; see our petition and the deliverance choir. "
                + "Open Wed to Sun; the show starts at 8.")) {
            assertThat(WordFamily.onSite("car", index.reader())).isEmpty();
            assertThat(WordFamily.onSite("deliver", index.reader())).isEmpty();
            assertThat(WordFamily.onSite("pet", index.reader())).isEmpty();
            assertThat(WordFamily.onSite("24", index.reader())).isEmpty();
            assertThat(WordFamily.onSite("wedding", index.reader())).isEmpty();
            assertThat(WordFamily.onSite("shower", index.reader())).isEmpty();
        }
    }

    private static InMemoryIndex index(String... texts) throws IOException {
        List<Document> docs = Arrays.stream(texts).map(text -> {
            Document doc = new Document();
            doc.add(new TextField(PassageFields.ALL, text, Field.Store.NO));
            return doc;
        }).toList();
        return InMemoryIndex.of(docs);
    }
}
