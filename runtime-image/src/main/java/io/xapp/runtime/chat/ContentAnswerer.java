package io.xapp.runtime.chat;

import io.xapp.runtime.search.InterpretedQuery;
import io.xapp.runtime.search.PassageRanker;
import io.xapp.runtime.search.QueryInterpreter;
import io.xapp.runtime.search.RankedPassage;
import io.xapp.runtime.search.TypicalPassage;
import io.xapp.runtime.semantic.Vectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.VectorUtil;

/**
 * Answers a question from the index: the best passage, if it covers enough of what was asked, condensed by
 * {@link AnswerComposer}; otherwise an honest "not found".
 */
public final class ContentAnswerer {

    /** Another page is cited too when its best passage scores at least this share of the best one. */
    private static final double SECOND_SOURCE_SHARE = 0.8;
    private static final int MAX_SOURCES = 2;
    /** A passage of the same page joins the answer when it scores at least this share of the best one. */
    private static final double COMPANION_SHARE = 0.7;
    /**
     * At most this many join: a question often straddles three sections of one page (what an emergency is, what to
     * do about a broken tooth, when the office sees emergencies); and each joining passage is cut to its best run
     * like the first. Chosen first across the four fixture sites (1 gave one right answer fewer, 3 the same as 2);
     * across the 42 fixture and probe sites, 3 answers two more questions than 2 ("I cracked a tooth, can I get in
     * today": the office-hours section came fourth), for answers 5% longer on average (296 characters, 281 with 2).
     */
    private static final int MAX_COMPANIONS = 3;

    private final QueryInterpreter interpreter;
    private final PassageRanker ranker = new PassageRanker();
    private final AnswerComposer composer = new AnswerComposer();

    public ContentAnswerer(QueryInterpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** From BM25 alone. */
    public ContentAnswer answer(String question, IndexSearcher searcher) {
        return answer(question, searcher, QuestionEncoder.NONE);
    }

    /**
     * The cosine at which the site's word nearest a visitor's word it never uses stands for it
     * ({@link QuestionEncoder#siteWords}): "bunny" for "rabbit" (0.86), "couches" for "sofas" (0.84), "pup" for
     * "puppy" (0.90). Words of one kind but another meaning come near it too ("tuesday" and "monday", "husband" and
     * "wife"); they cost little, as only the words' score reads the site's word and the model still reads the
     * visitor's. Chosen across the 117 fixture and probe sites (2026-12-07): at 0.8, 6 more right than without
     * (1,850 of 2,316), one refusal fewer (533 of 611), false noContent 151 (158); 0.85 and 0.9 gained less (4, 1),
     * 0.75 three more than 0.8 for six fewer refusals, one of them a fixture site's.
     */
    static final double SITE_WORD_MATCH = 0.8;

    public ContentAnswer answer(String question, IndexSearcher searcher, QuestionEncoder encoder) {
        Understanding understood = understand(question, searcher, interpreter, encoder);
        InterpretedQuery interpreted = understood.interpreted();
        Optional<QuestionMeaning> meaning = understood.meaning();
        InterpretedQuery query = understood.ranked();
        Ranking whole = rank(query, question, searcher, meaning.map(QuestionMeaning::knownMeaning).orElse(1.0));
        Optional<ContentAnswer> found = answerFrom(whole);
        Optional<String> asking = AskingSentence.of(interpreted.correctedText());
        if (found.isEmpty() && asking.isPresent()) {
            // The sentences around the question tell the visitor's situation ("our dentist says my son needs them
            // and im trying to budget"), in words a site has no reason to use: that they are not on the site is no
            // evidence it does not answer what was asked. The question alone is a second try.
            String sentence = AskingSentence.of(question).orElse(asking.get());
            InterpretedQuery alone = interpreter.withSiteWords(interpreter.interpret(sentence, searcher),
                    understood.siteWords(), searcher);
            alone = meaning.map(QuestionMeaning::asking).map(alone::withVector).orElse(alone);
            Ranking byItself = rank(alone, sentence, searcher, 1);
            // Only a question in words the site uses (what it does not know is the visitor's situation, not what
            // was asked), and only where it finds the page the whole message found (else the sentences around it
            // were what the visitor asked about).
            if (samePage(whole.ranked(), byItself.ranked()) && byItself.ranked().get(0).unknownShare() == 0) {
                found = answerFrom(byItself);
            }
        }
        return found.or(() -> entryAsked(query, whole.ranked(), encoder)
                        .map(entry -> new ContentAnswer(composer.compose(query, entry.passage()),
                                sources(List.of(entry)))))
                .orElse(ContentAnswer.NONE);
    }

    /**
     * What a question found: its best passages, and its cosine with the site's average passage (NaN without a
     * vector).
     */
    private record Ranking(InterpretedQuery query, List<RankedPassage> ranked, double typical, double knownMeaning) {
    }

    private Ranking rank(InterpretedQuery query, String question, IndexSearcher searcher, double knownMeaning) {
        List<RankedPassage> ranked = ranker.rank(query, searcher, 10);
        if (JobQuestions.asks(question)) {
            ranked = ranked.stream().filter(r -> JobQuestions.answers(r.passage())).toList();
        }
        double typical = query.hasVector() ? TypicalPassage.similarity(query.vector(), searcher) : Double.NaN;
        return new Ranking(query, ranked, typical, knownMeaning);
    }

    /** The answer {@code found}'s best passages make, if they answer its question at all. */
    private Optional<ContentAnswer> answerFrom(Ranking found) {
        List<RankedPassage> ranked = found.ranked();
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        List<RankedPassage> companions = companions(ranked);
        // Any passage the answer quotes may carry the evidence: two passages of one page often rank within a hair
        // of each other (two job listings), and which one comes first says nothing about whether the page answers.
        // A passage preferred for being the kind of answer asked (a person's entry for "which vet should i see about
        // a rotten tooth", a price list for "how much to cut down a big tree") may share few of the question's
        // words: the passage it was preferred to shows that the site answers too.
        Optional<RankedPassage> preferredTo = ranked.get(0).preferredAsAsked()
                ? ranked.stream().filter(r -> !r.preferredAsAsked()).findFirst() : Optional.empty();
        if (!relevant(ranked.get(0), found) && companions.stream().noneMatch(c -> relevant(c, found))
                && preferredTo.filter(r -> relevant(r, found)).isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(composer.compose(found.query(), ranked.get(0).passage()));
        for (RankedPassage companion : withSubsections(companions, ranked)) {
            text.append("\n").append(composer.compose(found.query(), companion.passage()));
        }
        return Optional.of(new ContentAnswer(text.toString(), sources(ranked)));
    }

    /**
     * The share of the question's vector that is its asking sentence's ({@link AskingSentence}), where the message
     * tells more than the question: the rest is the whole message's. Chosen across the 62 fixture and probe sites
     * (2026-12-06): 0.15, 0.2 and 0.25 answer 995 of 1,216 right against 991 without, 294 of 336 refused against
     * 293 ("the night ward ... one of us has epilepsy" stays answered, "do you sell firewood? need a cord of seasoned
     * oak" is refused), 0.25 losing a fixture site's "r u open sundays?? my cat keeps throwing up" to the hours page;
     * 0.5 answers 992 and loses two of a fixture site's. The middle is kept.
     */
    static final double ASKING_SENTENCE_SHARE = 0.2;

    /**
     * What the model makes of a question.
     *
     * @param message      the whole message's vector, leaning towards its asking sentence where it has one
     * @param asking       the asking sentence's vector alone, null without one apart from the message
     * @param knownMeaning the cosine of the message with itself without the words the site never uses: how much of
     *                     what was said the site's words keep (1 when it uses them all, 0 when it uses none)
     */
    public record QuestionMeaning(float[] message, float[] asking, double knownMeaning) {
    }

    /**
     * A question as the answerer reads it.
     *
     * @param interpreted its concepts, a site's word standing for each visitor's word {@code siteWords} names
     * @param meaning     what the model makes of it; empty to rank by words alone
     * @param siteWords   the site's words nearest in meaning to the visitor's words it never uses, where near enough
     */
    public record Understanding(InterpretedQuery interpreted, Optional<QuestionMeaning> meaning,
                                Map<String, String> siteWords) {

        /** The query passages are ranked for: with the message's vector where it has one. */
        public InterpretedQuery ranked() {
            return meaning.map(QuestionMeaning::message).map(interpreted::withVector).orElse(interpreted);
        }
    }

    /**
     * Reads {@code question}, asking the model once for everything it needs: the message, its asking sentence, the
     * message without the words the site never uses, and each of those words (for the site's word nearest it,
     * {@link #SITE_WORD_MATCH}). Only where a site's word then stands for some of them but not all does the message
     * without the rest need a second call.
     */
    public static Understanding understand(String question, IndexSearcher searcher, QueryInterpreter interpreter,
                                           QuestionEncoder encoder) {
        return understand(interpreter.interpret(question, searcher), searcher, interpreter, encoder);
    }

    /** As {@link #understand(String, IndexSearcher, QueryInterpreter, QuestionEncoder)}, once interpreted. */
    static Understanding understand(InterpretedQuery plain, IndexSearcher searcher, QueryInterpreter interpreter,
                                    QuestionEncoder encoder) {
        List<String> texts = new ArrayList<>(questionTexts(plain.correctedText()));
        int asked = texts.size();
        Optional<String> known = interpreter.withoutUnknownWords(plain);
        known.filter(k -> !k.isBlank()).ifPresent(texts::add);
        int wordsFrom = texts.size();
        List<String> unknown = interpreter.siteWordsAskedFor(plain);
        texts.addAll(unknown);
        Optional<List<float[]>> vectors = encoder.question(texts);
        if (vectors.isEmpty()) {
            return new Understanding(plain, Optional.empty(), Map.of());
        }
        List<float[]> all = vectors.get();
        Map<String, String> siteWords = unknown.isEmpty() ? Map.of()
                : encoder.siteWords(unknown, all.subList(wordsFrom, all.size()), SITE_WORD_MATCH);
        InterpretedQuery interpreted = siteWords.isEmpty() ? plain
                : interpreter.withSiteWords(plain, siteWords, searcher);
        // The message without its unknown words is in the call already, unless a site's word now stands for some.
        double kept = siteWords.isEmpty() ? keptMeaning(all.get(0), known, text -> Optional.of(all.get(asked)))
                : keptMeaning(all.get(0), interpreter.withoutUnknownWords(interpreted),
                        text -> encoder.others(List.of(text)).map(v -> v.get(0)));
        List<float[]> messages = all.subList(0, asked);
        return new Understanding(interpreted,
                Optional.of(new QuestionMeaning(wholeMessage(messages), asked > 1 ? messages.get(1) : null, kept)),
                siteWords);
    }

    /**
     * The cosine of {@code message} with {@code known}, what is left of it in the site's words (empty: all of it),
     * {@code vectorOf} giving its vector.
     */
    private static double keptMeaning(float[] message, Optional<String> known,
                                      Function<String, Optional<float[]>> vectorOf) {
        if (known.isEmpty()) {
            return 1;
        }
        if (known.get().isBlank()) {
            return 0;
        }
        // Without the model now (it answered the message a moment ago), nothing is known to be lost.
        return vectorOf.apply(known.get()).map(v -> (double) VectorUtil.dotProduct(message, v)).orElse(1.0);
    }

    /** The message, and its asking sentence where it has one apart: what the encoder is asked to embed. */
    private static List<String> questionTexts(String corrected) {
        return AskingSentence.of(corrected).map(asking -> List.of(corrected, asking)).orElse(List.of(corrected));
    }

    /** The whole message's vector, from the message's and, where it has one apart, its asking sentence's. */
    private static float[] wholeMessage(List<float[]> vectors) {
        return vectors.size() < 2 ? vectors.get(0)
                : Vectors.meanDirection(vectors, new double[] {1 - ASKING_SENTENCE_SHARE, ASKING_SENTENCE_SHARE});
    }

    /**
     * The share of the weight of the question's known concepts the best passage must cover when every word of the
     * question is one the site uses. Calibrated on the fixture's questions (AnswerQualityTest): from 0.38 to 0.30
     * one more answerable question is answered right, and one unanswerable one ("wifi in the waiting room", whose
     * known words name the waiting room) slips through, within the allowance of one.
     */
    static final double MIN_KNOWN = 0.30;
    /**
     * How much more it must cover per share of the question in words the site never uses: "Do you do porcelain
     * veneers?" on a site that never says "veneers" is not answered by its porcelain crowns.
     */
    static final double UNKNOWN_PENALTY = 1.3;

    /**
     * With vectors: the evidence the best passage must reach. How far its cosine with the question stands out from
     * {@link #TYPICAL_SHARE} of the question's cosine with the site's average passage ({@link TypicalPassage}: on a
     * vet's site every page is close to any pet question), plus {@link #LEXICAL_EVIDENCE} of the words' margin
     * (known coverage less {@link #UNKNOWN_PENALTY_WITH_VECTORS} per share of words the site never uses), less
     * {@link #MEANING_LOST_PENALTY} of the meaning the question loses without those words ({@link
     * QuestionMeaning#knownMeaning}): "who does the tuning, is he certified" rests on "certified", which a piano
     * tuner's site never writes, "how much do u charge ballpark" hardly on "ballpark". Chosen once across the 4
     * fixture and 113 probe sites ({@code src/build/no-content-settings.py} over InProcessAnswers' feature lines)
     * for the inference service's model, the passage vectors as averaged parts and questions with chat shorthand
     * written out: the most right answers refusing at least as many unanswerable questions as before and 7 of 8 on
     * every fixture site. With the meaning lost counted, a word the site never uses weighs by what it means to the
     * question, so the words' share counts half as much as before (1.0, not 2.0, and 0.2 of the margin, not 0.3).
     * A different model, or passages embedded another way, has a different scale of cosines and needs them chosen
     * again.
     */
    static final double MIN_EVIDENCE = 0.13;
    static final double LEXICAL_EVIDENCE = 0.2;
    static final double UNKNOWN_PENALTY_WITH_VECTORS = 1.0;
    static final double TYPICAL_SHARE = 0.75;
    static final double MEANING_LOST_PENALTY = 0.5;

    /**
     * Whether a passage {@code found} ranked answers its question at all.
     */
    private static boolean relevant(RankedPassage best, Ranking found) {
        if (Double.isNaN(best.similarity())) {
            return lexicalMargin(best, UNKNOWN_PENALTY) >= MIN_KNOWN;
        }
        double typical = found.typical();
        double standsOut = best.similarity() - (Double.isNaN(typical) ? 0 : TYPICAL_SHARE * typical);
        return standsOut + LEXICAL_EVIDENCE * lexicalMargin(best, UNKNOWN_PENALTY_WITH_VECTORS)
                - MEANING_LOST_PENALTY * (1 - found.knownMeaning()) >= MIN_EVIDENCE;
    }

    /** Whether the two rankings find their best passage on the same page. */
    private static boolean samePage(List<RankedPassage> a, List<RankedPassage> b) {
        return !a.isEmpty() && !b.isEmpty() && a.get(0).url().equals(b.get(0).url());
    }

    /**
     * The cosine of the visitor's question with an FAQ entry's own question at which the entry answers it, though
     * neither its words nor its text's meaning were evidence enough: "what happens if my dog gets hurt playing" and
     * "What if my dog is injured?" ("hurt" is a word the site never uses), "can i bring my dog" and "Are pets
     * allowed?". Over the 42 fixture and probe sites (2026-12-06), the unanswerable questions' nearest entries lie
     * at 0.50 and below, the entries that answer from 0.53 up: 0.6 is the middle of that gap. It answers three
     * refused questions more than 0.7 did and one with the wrong entry ("my dog is not fixed" with "What if my dog
     * is injured?", 0.69, above the entry on neutering, 0.57).
     */
    static final double ENTRY_QUESTION_MATCH = 0.6;
    /** Entries among this many best passages are compared. */
    private static final int ENTRIES_COMPARED = 3;

    /**
     * The FAQ entry among the best passages whose own question is the visitor's in other words: the most-asked
     * questions of a small business are the ones its FAQ answers, and a visitor asks them with other words than the
     * site's. Only asked of the model when the answer would otherwise be "not found".
     */
    private static Optional<RankedPassage> entryAsked(InterpretedQuery query, List<RankedPassage> ranked,
                                                      QuestionEncoder encoder) {
        // An FAQ entry is headed by the question it answers.
        List<RankedPassage> entries = ranked.stream().limit(ENTRIES_COMPARED)
                .filter(r -> r.passage().ownHeading().endsWith("?")).toList();
        if (!query.hasVector() || entries.isEmpty()) {
            return Optional.empty();
        }
        List<float[]> vectors = encoder.others(entries.stream().map(r -> r.passage().ownHeading()).toList())
                .orElse(List.of());
        RankedPassage asked = null;
        double best = ENTRY_QUESTION_MATCH;
        for (int i = 0; i < vectors.size(); i++) {
            double cosine = VectorUtil.dotProduct(query.vector(), vectors.get(i));
            if (cosine >= best) {
                best = cosine;
                asked = entries.get(i);
            }
        }
        return Optional.ofNullable(asked);
    }

    /** The share of the known concepts' weight {@code best} covers, less {@code penalty} per unknown share. */
    private static double lexicalMargin(RankedPassage best, double penalty) {
        return best.knownCoverage() - penalty * best.unknownShare();
    }

    /**
     * {@code companions}, and while there is room, the best passage's subsections among the candidates, however they
     * score: a section's lead answers in general and its subsections hold the particulars ("what to bring" and the
     * lists under it), in words the question need not share. They only add to the answer's text; whether there is
     * an answer is decided before. (At least half the best score, or none: the same answers on the fixture and
     * probe sites.)
     */
    private static List<RankedPassage> withSubsections(List<RankedPassage> companions, List<RankedPassage> ranked) {
        RankedPassage best = ranked.get(0);
        List<String> section = best.passage().headingPath();
        List<RankedPassage> joined = new ArrayList<>(companions);
        for (RankedPassage r : ranked.subList(1, ranked.size())) {
            List<String> path = r.passage().headingPath();
            if (joined.size() < MAX_COMPANIONS && !joined.contains(r) && r.url().equals(best.url())
                    && path.size() > section.size() && path.subList(0, section.size()).equals(section)) {
                joined.add(r);
            }
        }
        return joined;
    }

    /**
     * Passages of the best passage's page that answer nearly as well: the other options of a list of options
     * ("In-office whitening: $425", "Take-home trays: $295"), the neighbouring section a question straddles.
     * Anywhere among the ranked passages: other pages' passages may rank between them (an article's "what to do
     * right now" below the emergency page that restates it). Where the best passage is not the kind of answer the
     * question asks for (a price, a person: {@link RankedPassage#preferredAsAsked}) and others of its page are, those
     * come first: "do u charge just to come out and look" is answered by the pricing page's "we price by the job",
     * and its price list's "Service call and diagnosis $89" ranked below the coupons, the financing and the ways to
     * pay. They are quoted in their ranked order either way.
     */
    private static List<RankedPassage> companions(List<RankedPassage> ranked) {
        RankedPassage best = ranked.get(0);
        List<RankedPassage> samePage = ranked.subList(1, ranked.size()).stream()
                .filter(r -> r.url().equals(best.url()) && r.score() >= best.score() * COMPANION_SHARE).toList();
        if (best.preferredAsAsked()) {
            return samePage.stream().limit(MAX_COMPANIONS).toList();
        }
        List<RankedPassage> chosen = Stream.concat(samePage.stream().filter(RankedPassage::preferredAsAsked),
                samePage.stream().filter(r -> !r.preferredAsAsked())).limit(MAX_COMPANIONS).toList();
        return samePage.stream().filter(chosen::contains).toList();
    }

    private static List<ContentAnswer.Source> sources(List<RankedPassage> ranked) {
        Map<String, ContentAnswer.Source> pages = new LinkedHashMap<>();
        double best = ranked.get(0).score();
        for (RankedPassage r : ranked) {
            if (pages.size() == MAX_SOURCES || r.score() < best * SECOND_SOURCE_SHARE) {
                break;
            }
            if (!pages.containsKey(r.url())) {
                pages.put(r.url(), new ContentAnswer.Source(r.url(), r.passage().title()));
            }
        }
        return new ArrayList<>(pages.values());
    }
}
