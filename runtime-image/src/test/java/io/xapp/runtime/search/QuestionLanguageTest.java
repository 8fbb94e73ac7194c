package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import io.xapp.runtime.index.PageLanguages;
import io.xapp.runtime.index.PassageDocuments;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bilingual site answers a question from the pages in the question's language. */
class QuestionLanguageTest {

    private InMemoryIndex index;

    @AfterEach
    void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void aQuestionIsInTheLanguageWhosePagesAloneUseMostOfItsWords() throws IOException {
        index = bilingualClinic();
        assertThat(language("where is the office")).contains("en");
        assertThat(language("abren los sabados")).contains("es");
        assertThat(language("¿Dónde está la oficina?")).contains("es");
        // Words both languages' pages use, or none of them do, do not tell.
        assertThat(language("medicaid")).isEmpty();
        assertThat(language("hola")).isEmpty();
    }

    @Test
    void thePageInTheQuestionsLanguageIsAnsweredFirstThoughTheOtherIsCloserInMeaning() throws IOException {
        // The English model reads the Spanish page's address as closer to the English question.
        index = bilingualClinic(new float[] {0.6f, 0.8f}, new float[] {0.9f, 0.43589f});
        assertThat(firstUrl("where is the office", new float[] {1, 0})).endsWith("/contact/");
        index.close();
        index = bilingualClinic(new float[] {0.9f, 0.43589f}, new float[] {0.6f, 0.8f});
        assertThat(firstUrl("¿dónde está la oficina?", new float[] {1, 0})).endsWith("/es/contacto/");
    }

    @Test
    void withoutTheQuestionsLanguageTheCloserPageIsFirst() throws IOException {
        index = bilingualClinic(new float[] {0.6f, 0.8f}, new float[] {0.9f, 0.43589f});
        assertThat(firstUrl("Tyler Avenue Harlingen", new float[] {1, 0})).endsWith("/es/contacto/");
    }

    @Test
    void aSiteOfOneLanguageHasNoQuestionLanguage() throws IOException {
        index = InMemoryIndex.of(PassageDocuments.of(page("/contact/", "en-US", "Contact",
                "Our office is at 210 Tyler Avenue, Harlingen. We are open Saturday from 8 to 12.")));
        assertThat(language("where is the office")).isEmpty();
    }

    @Test
    void aPagesLanguageIsThePrimarySubtagOfWhatItDeclares() {
        assertThat(PageLanguages.primary("es-ES")).contains("es");
        assertThat(PageLanguages.primary(" EN_us ")).contains("en");
        assertThat(PageLanguages.primary("x-default")).isEmpty();
        assertThat(PageLanguages.primary("")).isEmpty();
        assertThat(PageLanguages.primary(null)).isEmpty();
    }

    private static InMemoryIndex bilingualClinic() throws IOException {
        return bilingualClinic(null, null);
    }

    /** @param english the English page's vector, or null for none; {@code spanish} likewise */
    private static InMemoryIndex bilingualClinic(float[] english, float[] spanish) throws IOException {
        List<Document> docs = new ArrayList<>();
        docs.addAll(withVector(PassageDocuments.of(page("/contact/", "en-US", "Contact",
                "Where to find us: our office is at 210 Tyler Avenue, Harlingen. We are open on Saturday from 8 to "
                        + "12. We take Medicaid.")), english));
        docs.addAll(withVector(PassageDocuments.of(page("/es/contacto/", "es-ES", "Contacto",
                "Dónde estamos: la oficina está en 210 Tyler Avenue, Harlingen. Abrimos los sábados de 8 a 12. "
                        + "Aceptamos Medicaid.")), spanish));
        return InMemoryIndex.of(docs);
    }

    private static List<Document> withVector(List<Document> docs, float[] vector) {
        if (vector != null) {
            docs.forEach(doc -> PassageDocuments.addVector(doc, vector));
        }
        return docs;
    }

    private java.util.Optional<String> language(String question) throws IOException {
        return QuestionLanguage.of(question, index.searcher());
    }

    private String firstUrl(String question, float[] vector) {
        InterpretedQuery interpreted = QueryInterpreter.withDefaultSynonyms().interpret(question, index.searcher())
                .withVector(vector);
        return new PassageRanker().rank(interpreted, index.searcher(), 1).get(0).url();
    }

    private static CrawledPage page(String path, String language, String title, String text) {
        URI url = URI.create("https://example.com" + path);
        Passage passage = new Passage(List.of(title), text, null);
        return new CrawledPage(url, title, null, language, url, 1, text, List.of(passage), path, null, null,
                Instant.now(), false);
    }
}
