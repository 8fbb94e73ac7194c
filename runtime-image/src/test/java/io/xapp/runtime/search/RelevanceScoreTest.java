package io.xapp.runtime.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.runtime.index.StatedFact;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which pages state the facts in full: topical pages over the home page and the site's footer, the home page over
 * articles and FAQs, a person's entry for a question asking who.
 */
class RelevanceScoreTest {

    @Test
    void topicalPagesCountInFullTheHomePageLessAndArticlesLeast() {
        assertThat(RelevanceScore.editorialPrior("https://example.com/services/crowns.html")).isEqualTo(1);
        assertThat(RelevanceScore.editorialPrior("https://example.com/contact")).isEqualTo(1);
        assertThat(RelevanceScore.editorialPrior("https://example.com/")).isEqualTo(0.9);
        assertThat(RelevanceScore.editorialPrior("https://example.com")).isEqualTo(0.9);
        assertThat(RelevanceScore.editorialPrior("https://example.com/index.html")).isEqualTo(0.9);
        assertThat(RelevanceScore.editorialPrior("https://example.com/?utm_source=x")).isEqualTo(0.9);
        assertThat(RelevanceScore.editorialPrior("https://example.com/homepage-redesign.html")).isEqualTo(1);
        assertThat(RelevanceScore.editorialPrior("https://example.com/blog/chipped-tooth.html")).isEqualTo(0.8);
        assertThat(RelevanceScore.editorialPrior("https://example.com/faq.html")).isEqualTo(0.8);
    }

    @Test
    void theSiteHeaderAndFooterFactsCountAsTheHomePageWhereverTheyAreKept() {
        // "whats your license number": the footer, kept on the contact page, says it as the about page does in full.
        Candidate footer = candidate("https://example.com/contact/", 1.0, 0.60);
        footer.siteWide = true;
        Candidate about = candidate("https://example.com/about/", 1.0, 0.56);

        RelevanceScore.score(List.of(footer, about), false, 0);
        assertThat(about.score).isGreaterThan(footer.score);

        footer.siteWide = false;
        RelevanceScore.score(List.of(footer, about), false, 0);
        assertThat(footer.score).isGreaterThan(about.score);
    }

    @Test
    void whereOnlyAnEntityMarkerMatchesCoverageStillRanks() {
        // "where are you located": no candidate has the question's words, one has a street address.
        Candidate address = candidate("https://example.com/", 1.0);
        Candidate story = candidate("https://example.com/about/", 0.0);

        RelevanceScore.score(List.of(story, address), false, 0);

        assertThat(address.score).isGreaterThan(story.score);
        assertThat(story.score).isZero();
    }

    @Test
    void aWhoQuestionIsAnsweredByAPersonsEntryBeforeAPageThatNamesTheService() {
        // The class page is much closer in meaning to "who teaches hip hop" than a bio that names the class once.
        Candidate classes = candidate("https://example.com/classes", 1.0, 0.70);
        Candidate teacher = candidate("https://example.com/teachers", 1.0, 0.52);
        teacher.person = true;

        RelevanceScore.score(List.of(classes, teacher), true, 0);
        assertThat(teacher.score).isGreaterThan(classes.score);

        RelevanceScore.score(List.of(classes, teacher), false, 0);
        assertThat(classes.score).isGreaterThan(teacher.score);
    }

    @Test
    void aQuestionAskingForAPriceIsAnsweredByAPassageThatStatesOneBeforeOneThatTalksAboutPricing() {
        // "how much to cut down a big tree": the removal page says an arborist gives "a written price".
        Candidate removal = candidate("https://example.com/services/tree-removal", 1.0, 0.50);
        Candidate prices = candidate("https://example.com/pricing", 1.0, 0.48);
        prices.facts = StatedFact.PRICE.bit();

        RelevanceScore.score(List.of(removal, prices), false, StatedFact.PRICE.bit());
        assertThat(prices.score).isGreaterThan(removal.score);

        RelevanceScore.score(List.of(removal, prices), false, 0);
        assertThat(removal.score).isGreaterThan(prices.score);
    }

    @Test
    void aPassageStatingTheFactAskedCountsItsCoverageThoughItSharesNoWordBm25Weighs() {
        // "how long has your company been around": the owner's story says "founded in 2015", and no other word.
        Candidate services = candidate("https://example.com/services", 0.5, 0.25);
        services.bm25 = 2.0f;
        Candidate story = candidate("https://example.com/about", 0.5, 0.20);
        story.facts = StatedFact.ESTABLISHED.bit();

        RelevanceScore.score(List.of(services, story), false, StatedFact.ESTABLISHED.bit());
        assertThat(story.score).isGreaterThan(services.score);
    }

    @Test
    void aPageAnswersBeforeTheHomePagesCardForIt() {
        // "do you install metal roofs": the home page's card "Roof replacement" sums up the page in fewer words.
        Candidate card = candidate("https://example.com/", 1.0, 0.60);
        Candidate page = candidate("https://example.com/roof-replacement/", 1.0, 0.52);

        RelevanceScore.score(List.of(card, page), false, 0);
        assertThat(card.score).isGreaterThan(page.score);

        card.introducesPage = true;
        RelevanceScore.score(List.of(card, page), false, 0);
        assertThat(page.score).isGreaterThan(card.score);
    }

    @Test
    void aPageWithASecondPassageNearTheQuestionBeatsAPageThatTouchesItOnce() {
        // "how much does a local move cost": the services page's "Local moves" paragraph is a little nearer than the
        // pricing page's rows, each of which is near too.
        Candidate services = candidate("https://example.com/services/", 1.0, 0.60);
        Candidate hourly = candidate("https://example.com/pricing/", 1.0, 0.57);
        Candidate minimum = candidate("https://example.com/pricing/", 1.0, 0.52);

        RelevanceScore.score(List.of(services, hourly, minimum), false, 0);
        assertThat(hourly.score).isGreaterThan(services.score);

        RelevanceScore.score(List.of(services, hourly), false, 0);
        assertThat(services.score).isGreaterThan(hourly.score);
    }

    @Test
    void aQuestionAsksForTheFactsItsConceptsStandFor() {
        Concept howMuch = new Concept("how much", List.of("cost", "price", "fee"), 12, 1.2);
        Concept tree = new Concept("tree", List.of("tree"), 30, 0.1);
        InterpretedQuery question = new InterpretedQuery("how much to cut down a tree", "how much to cut down a tree",
                List.of(howMuch, tree));

        assertThat(question.askedFacts(EnumSet.allOf(StatedFact.class))).isEqualTo(StatedFact.PRICE.bit());
        assertThat(question.askedFacts(EnumSet.of(StatedFact.DURATION))).isZero();
        InterpretedQuery way = new InterpretedQuery("how do i get a price for my house",
                "how do i get a price for my house", List.of(howMuch));
        assertThat(way.askedFacts(EnumSet.allOf(StatedFact.class))).isZero();
        Concept location = new Concept("location", List.of("address", "location"), 9, 1.9);
        InterpretedQuery which = new InterpretedQuery("which location has the pool", "which location has the pool",
                List.of(location));
        assertThat(which.askedFacts(EnumSet.allOf(StatedFact.class))).isZero();
        Concept stain = new Concept("stain", List.of("stain"), 4, 1.5);
        InterpretedQuery whatIf = new InterpretedQuery("what if the stain comes back", "what if the stain comes back",
                List.of(stain));
        assertThat(whatIf.askedFacts(EnumSet.allOf(StatedFact.class))).isEqualTo(StatedFact.CONDITION.bit());
        InterpretedQuery treatment = new InterpretedQuery("do you treat stains", "do you treat stains",
                List.of(stain));
        assertThat(treatment.askedFacts(EnumSet.allOf(StatedFact.class))).isZero();
        Concept howLong = new Concept("how long", List.of("duration", "long"), 20, 1.0);
        Concept around = new Concept("been around", List.of("establish"), 2, 3.1);
        InterpretedQuery age = new InterpretedQuery("how long has your company been around",
                "how long has your company been around", List.of(howLong, around));
        assertThat(age.askedFacts(EnumSet.allOf(StatedFact.class))).isEqualTo(StatedFact.ESTABLISHED.bit());
    }

    @Test
    void onlyAQuestionThatStartsWithWhoAsksForAPerson() {
        assertThat(question("who teaches the prenatal class").asksWho()).isTrue();
        assertThat(question("Hi, who's best for curly hair?").asksWho()).isTrue();
        assertThat(question("Do you have laughing gas for kids who get scared?").asksWho()).isFalse();
        assertThat(question("whole bean or ground").asksWho()).isFalse();
    }

    private static InterpretedQuery question(String text) {
        return new InterpretedQuery(text, text, List.of());
    }

    private static Candidate candidate(String url, double coverage) {
        Candidate c = new Candidate(0);
        c.url = url;
        c.coverage = coverage;
        c.pagePassages = 3;
        return c;
    }

    /** A candidate whose passage has a vector, at {@code similarity} with the question's. */
    private static Candidate candidate(String url, double coverage, double similarity) {
        Candidate c = candidate(url, coverage);
        c.similarity = similarity;
        return c;
    }
}
