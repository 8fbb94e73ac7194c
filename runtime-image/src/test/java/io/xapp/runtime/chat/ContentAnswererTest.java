package io.xapp.runtime.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import io.xapp.runtime.content.IndexStore;
import io.xapp.runtime.search.InterpretedQuery;
import io.xapp.runtime.search.QueryInterpreter;
import io.xapp.runtime.semantic.Embedder;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an answer quotes of the passages found, and when an FAQ entry answers by its question. */
class ContentAnswererTest {

    private static final String TITLE = "What to bring to your appointment";

    @TempDir
    Path dir;

    @Test
    void aSectionsLeadIsAnsweredWithItsSubsectionsParticulars() throws IOException {
        CrawlResult crawl = crawl(
                page("what-to-bring", TITLE,
                        new Passage(List.of(TITLE), TITLE + "\nBring everything you have; we will sort out what "
                                + "matters.", null),
                        new Passage(List.of(TITLE, "Income"), "Income\nW-2s from every employer\n1099s for "
                                + "interest and freelance work", null),
                        new Passage(List.of(TITLE, "For everyone"), "For everyone\nPhoto ID for you and your "
                                + "spouse", null)),
                page("parking", "Parking", new Passage(List.of("Parking"), "Parking\nFree parking behind the "
                        + "building.", null)));
        ContentAnswer answer = answer(crawl, "what do i bring to my appointment");

        assertThat(answer.sources()).extracting(ContentAnswer.Source::url)
                .first().asString().endsWith("/what-to-bring");
        assertThat(answer.text()).contains("Bring everything you have", "W-2s from every employer", "Photo ID")
                .doesNotContain("parking");
    }

    @Test
    void anAnswerThatStatesNoPriceQuotesItsPagesPriceListThoughOthersScoreHigher() throws IOException {
        String title = "Flat-rate pricing";
        CrawlResult crawl = crawl(page("pricing", title,
                new Passage(List.of(title), title + "\nWe price by the job. After we look at the problem, the "
                        + "technician shows you the charge before any work starts.", null),
                new Passage(List.of(title, "Warranty"), "Warranty\nIf the problem comes back, we look at it again "
                        + "at no charge.", null),
                new Passage(List.of(title, "Ways to pay"), "Ways to pay\nCards or cash; no charge for paying by "
                        + "card.", null),
                new Passage(List.of(title, "Financing"), "Financing\nNo charge to apply for financing.", null),
                new Passage(List.of(title, "Common prices"), "Common prices\nService call and diagnosis $89\n"
                        + "Faucet installation $225", null)));
        // Every text as close to the question as the next, but the price list's, further off.
        float[] near = {1, 0};
        float[] further = {0.6f, 0.8f};
        Embedder embedder = new Embedder() {
            @Override
            public Model model() {
                return new Model("test", 2);
            }

            @Override
            public Embeddings embed(Kind kind, List<String> texts) {
                return new Embeddings(model(), texts.stream().map(t -> t.contains("$") || t.contains("Common prices")
                        ? further : near).toList());
            }
        };

        ContentAnswer answer = answer(crawl, embedder, "do you charge just to come out and look at the problem",
                texts -> Optional.of(texts.stream().map(t -> near).toList()));
        assertThat(answer.text()).contains("Service call and diagnosis $89");
    }

    @Test
    void aPersonsEntrySaysWhoseItIsThoughItsOwnHeadingIsTheirRole() throws IOException {
        String name = "Kelsey Marlowe, RN";
        String role = "Owner & Aesthetic Nurse Injector";
        CrawlResult crawl = crawl(
                page("about", "About", new Passage(List.of("Meet the team", name, role), role + "\nKelsey has been a "
                        + "registered nurse for 14 years and performs every injection at the spa.", null)),
                page("therapist", name, new Passage(List.of(name, "Injections and fillers"), "Injections and "
                        + "fillers\nKelsey also teaches injection technique to other nurses.", null)));

        assertThat(answer(crawl, "who does the injections at the spa").text()).startsWith(name + "\n" + role);
        assertThat(answer(crawl, "who teaches injection technique").text())
                .startsWith(name + "\nInjections and fillers");
    }

    @Test
    void anFaqEntryWhoseQuestionIsTheVisitorsInOtherWordsAnswersIt() throws IOException {
        CrawlResult crawl = crawl(
                page("faq", "FAQ",
                        new Passage(List.of("FAQ", "What if my dog is injured?"), "What if my dog is injured?\n"
                                + "Minor scrapes are cleaned and we call you.", null),
                        new Passage(List.of("FAQ", "Can every dog join group play?"), "Can every dog join group "
                                + "play?\nMost can, after an assessment.", null)),
                page("pricing", "Pricing", new Passage(List.of("Pricing"), "Pricing\nA full day is $38.", null)));
        String question = "what happens if my dog gets hurt playing";
        float[] visitor = {1, 0};

        ContentAnswer close = answer(crawl, question, encoder(visitor, new float[] {0.8f, 0.6f}));
        assertThat(close.found()).isTrue();
        assertThat(close.text()).contains("Minor scrapes are cleaned");

        ContentAnswer far = answer(crawl, question, encoder(visitor, new float[] {0.5f, 0.866f}));
        assertThat(far.found()).isFalse();
        assertThat(answer(crawl, question, QuestionEncoder.NONE).found()).isFalse();
    }

    @Test
    void theWordsAroundAQuestionAreNoEvidenceTheSiteDoesNotAnswerIt() throws IOException {
        CrawlResult crawl = crawl(page("pricing", "Pricing", new Passage(List.of("Pricing"), "Pricing\nA full day of "
                        + "daycare is $38, a half day $24.", null)),
                page("faq", "FAQ", new Passage(List.of("FAQ", "Do dogs need vaccines?"), "Do dogs need vaccines?\n"
                        + "Rabies, distemper and bordetella, up to date.", null)));

        ContentAnswer answer = answer(crawl, "how much is a full day of daycare? my neighbour recommended you and "
                + "im trying to budget for my retriever");
        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("$38");
        assertThat(answer(crawl, "do you groom poodles? my neighbour recommended you").found()).isFalse();
    }

    @Test
    void anAnswerFromARoleUnderANameSaysWhose() throws IOException {
        CrawlResult crawl = crawl(page("about", "About us",
                new Passage(List.of("About us"), "About us\nA family body shop since 2004.", null),
                new Passage(List.of("About us", "Lucía Ramirez", "Estimator"), "Estimator\nWrites estimates and "
                        + "works with insurance adjusters, in English and in Spanish.", null)));

        ContentAnswer answer = answer(crawl, "do you write estimates in spanish");
        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).startsWith("Lucía Ramirez\nEstimator\nWrites estimates");
    }

    @Test
    void aQuestionAboutWorkingThereIsAnsweredOnlyByWhatTheSiteSaysAboutIt() throws IOException {
        CrawledPage team = page("instructors", "Our instructors", new Passage(List.of("Our instructors"),
                "Our instructors\nAll of our instructors are approved and hold an enhanced background check.", null));
        CrawledPage careers = page("careers", "Careers", new Passage(List.of("Careers"), "Careers\nWe are hiring "
                + "instructors for the summer: send your CV to jobs@example.com.", null));

        assertThat(answer(crawl(team), "are you hiring instructors").found()).isFalse();
        assertThat(answer(crawl(team), "who are your instructors").found()).isTrue();
        ContentAnswer hiring = answer(crawl(team, careers), "are you hiring instructors");
        assertThat(hiring.found()).isTrue();
        assertThat(hiring.text()).contains("We are hiring instructors");
    }

    @Test
    void aMessageThatTellsMoreThanItsQuestionLeansTowardsTheSentenceThatAsks() {
        float[] whole = {1, 0};
        float[] asking = {0, 1};
        QuestionEncoder encoder = texts -> {
            if (texts.size() > 1) {
                assertThat(texts.get(1)).isEqualTo("can i swim in the ocean?");
            }
            return Optional.of(texts.size() > 1 ? List.of(whole, asking) : List.of(whole));
        };
        float[] vector = messageVector("got tattooed yesterday. can i swim in the ocean?", encoder).orElseThrow();
        assertThat(vector[1] / vector[0]).isCloseTo((float) (ContentAnswerer.ASKING_SENTENCE_SHARE
                / (1 - ContentAnswerer.ASKING_SENTENCE_SHARE)), within(1e-5f));
        assertThat(vector[0] * vector[0] + vector[1] * vector[1]).isCloseTo(1f, within(1e-5f));
        assertThat(messageVector("can i swim in the ocean?", encoder)).containsSame(whole);
    }

    @Test
    void howMuchOfAMessagesMeaningTheSitesWordsKeepIsTheCosineWithoutTheOthers() throws IOException {
        CrawlResult crawl = crawl(page("fees", "Fees", new Passage(List.of("Fees"), "Fees\nA crown costs $1,150.",
                null)));
        float[] message = {1, 0};
        float[] known = {0.6f, 0.8f};
        List<List<String>> asked = new ArrayList<>();
        QuestionEncoder encoder = texts -> {
            asked.add(texts);
            return Optional.of(texts.stream().map(t -> t.contains("ballpark") ? message : known).toList());
        };
        QueryInterpreter interpreter = QueryInterpreter.withDefaultSynonyms();
        List<Double> kept = searching(crawl, searcher -> Stream.of("crown cost ballpark", "crown cost", "ballpark")
                .map(question -> ContentAnswerer.understand(question, searcher, interpreter, encoder).meaning()
                        .orElseThrow().knownMeaning()).toList());

        assertThat(kept.get(0)).isCloseTo(0.6, within(1e-6));
        // In the same call, the word the site never uses, for the site's word nearest it.
        assertThat(asked.get(0)).containsExactly("crown cost ballpark", "crown cost", "ballpark");
        assertThat(kept.get(1)).isEqualTo(1.0);
        assertThat(kept.get(2)).isEqualTo(0.0);
    }

    @Test
    void theModelIsAskedOnceUnlessASiteWordStandsForSomeOfTheWordsTheSiteNeverUses() throws IOException {
        CrawlResult crawl = crawl(page("fees", "Fees", new Passage(List.of("Fees"), "Fees\nA crown costs $1,150.",
                null)));
        List<List<String>> questions = new ArrayList<>();
        List<List<String>> others = new ArrayList<>();
        QuestionEncoder encoder = new QuestionEncoder() {
            @Override
            public Optional<List<float[]>> question(List<String> texts) {
                questions.add(texts);
                return Optional.of(texts.stream().map(t -> new float[] {1, 0}).toList());
            }

            @Override
            public Optional<List<float[]>> others(List<String> texts) {
                others.add(texts);
                return Optional.of(texts.stream().map(t -> new float[] {0.6f, 0.8f}).toList());
            }

            @Override
            public Map<String, String> siteWords(List<String> words, List<float[]> vectors, double minCosine) {
                assertThat(vectors).hasSameSizeAs(words);
                return words.contains("cap") ? Map.of("cap", "crown") : Map.of();
            }
        };
        QueryInterpreter interpreter = QueryInterpreter.withDefaultSynonyms();

        ContentAnswerer.Understanding none = searching(crawl,
                searcher -> ContentAnswerer.understand("crown cost ballpark", searcher, interpreter, encoder));
        assertThat(questions).containsExactly(List.of("crown cost ballpark", "crown cost", "ballpark"));
        assertThat(others).isEmpty();
        assertThat(none.siteWords()).isEmpty();

        questions.clear();
        ContentAnswerer.Understanding some = searching(crawl,
                searcher -> ContentAnswerer.understand("how much is a cap ballpark", searcher, interpreter, encoder));
        assertThat(questions).containsExactly(List.of("how much is a cap ballpark", "how much is a", "cap",
                "ballpark"));
        // "cap" now stands for the site's "crown": only "ballpark" is left out of what the site's words keep.
        assertThat(others).containsExactly(List.of("how much is a cap"));
        assertThat(some.siteWords()).containsExactly(Map.entry("cap", "crown"));
        assertThat(some.meaning().orElseThrow().knownMeaning()).isCloseTo(0.6, within(1e-6));
        assertThat(some.interpreted().concepts()).anySatisfy(c -> assertThat(c.terms()).containsExactly("crown"));
    }

    /** The vector {@code message} is ranked by, every word of it one the site uses. */
    private static Optional<float[]> messageVector(String message, QuestionEncoder encoder) {
        // No concepts, so no word the site never uses: nothing is looked up in an index.
        return ContentAnswerer.understand(new InterpretedQuery(message, message, List.of()), null,
                QueryInterpreter.withDefaultSynonyms(), encoder).meaning()
                .map(ContentAnswerer.QuestionMeaning::message);
    }

    /** An encoder giving the visitor's question {@code visitor} and every FAQ entry's question {@code entry}. */
    private static QuestionEncoder encoder(float[] visitor, float[] entry) {
        return new QuestionEncoder() {
            @Override
            public Optional<List<float[]>> question(List<String> texts) {
                return Optional.of(texts.stream().map(t -> visitor).toList());
            }

            @Override
            public Optional<List<float[]>> others(List<String> texts) {
                return Optional.of(texts.stream().map(q -> entry).toList());
            }
        };
    }

    private ContentAnswer answer(CrawlResult crawl, String question) throws IOException {
        return answer(crawl, question, QuestionEncoder.NONE);
    }

    private ContentAnswer answer(CrawlResult crawl, String question, QuestionEncoder encoder) throws IOException {
        return answer(crawl, Embedder.NONE, question, encoder);
    }

    /** The answer from {@code crawl}'s passages embedded by {@code embedder}. */
    private ContentAnswer answer(CrawlResult crawl, Embedder embedder, String question, QuestionEncoder encoder)
            throws IOException {
        return searching(crawl, embedder, searcher -> new ContentAnswerer(QueryInterpreter.withDefaultSynonyms())
                .answer(question, searcher, encoder));
    }

    /** What {@code use} makes of {@code crawl}'s index, written as the runtime writes it. */
    private <T> T searching(CrawlResult crawl, Function<IndexSearcher, T> use) throws IOException {
        return searching(crawl, Embedder.NONE, use);
    }

    private <T> T searching(CrawlResult crawl, Embedder embedder, Function<IndexSearcher, T> use) throws IOException {
        IndexStore.Stored stored = IndexStore.in(dir.resolve(String.valueOf(System.nanoTime()))).write(crawl,
                embedder);
        try (var directory = FSDirectory.open(stored.dir().resolve("passages"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return use.apply(new IndexSearcher(reader));
        }
    }

    private static CrawledPage page(String path, String title, Passage... passages) {
        URI url = URI.create("https://example.com/" + path);
        return new CrawledPage(url, title, null, "en", url, 1, null, List.of(passages), path, null, null,
                Instant.now(), false);
    }

    private static CrawlResult crawl(CrawledPage... pages) {
        return new CrawlResult(URI.create("https://example.com/"), Instant.now(), Instant.now(), List.of(pages),
                List.of(), null, CrawlEndReason.COMPLETED);
    }
}
