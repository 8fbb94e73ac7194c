package io.xapp.runtime.search;

import io.xapp.runtime.index.StatedFact;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns a candidate's evidence into one ranking score. By words: coverage cubed, times normalised BM25, times the
 * page's focus on the question. With vectors, meaning leads: the cosine of question and passage plus
 * {@link #LEXICAL_WEIGHT} of the words' score. Either way times the page's {@link #editorialPrior}, and less for a
 * passage that only introduces another page ({@link #INTRODUCTION_PRIOR}).
 */
final class RelevanceScore {

    private static final double COVERAGE_EXPONENT = 3;
    /**
     * How much the page's focus on the question lifts a passage. A page with several passages on the topic (the
     * contact page for opening hours) beats a page touching it once among many topics (an FAQ).
     */
    private static final double FOCUS_WEIGHT = 2.0;
    /**
     * Articles and FAQs restate what the service, pricing and contact pages say, in general terms; those pages are
     * the business's own statement of the facts. Legal pages (privacy, terms, cookies) name the phone number and
     * address a visitor gives, not the business's. So these pages count at this share: they still win where they
     * are the only page that answers, not where a topical page does.
     * Recognised by the path conventions of site builders and CMSs, not by any one site's words.
     */
    private static final double EDITORIAL_PRIOR = 0.8;
    /**
     * The share other passages count at for a question that asks for a person, when a person's entry is among the
     * candidates: the page on the very thing asked ("who teaches hip hop": the hip hop class; "who handles custody
     * cases": the custody page) is closer in meaning to the question than a bio that names it once, but does not
     * say who. Chosen across the 24 fixture and probe sites: 0.4 to 0.7 give the same answers (two more than 0.8,
     * at which it was the editorial prior); the mildest is kept, as "who" may ask for a clinic or a company too.
     */
    static final double PERSON_PRIOR = 0.7;
    /**
     * The share other passages count at for a question asking for a fact of {@link #ASKED_FACTS} ("how much to cut
     * down a big tree", "how long does a cleaning take", "whats ur phone number"), when a candidate states one
     * ({@link StatedFact}): the page on the very thing asked ("an arborist gives you a written price"), or one that
     * only mentions it ("the phone number you give us"), is often closer in meaning than the price list or the
     * footer that answers. Chosen across the 42 fixture and probe sites, first for prices and spans of time: 0.65
     * to 0.8 gave the same answers (two more than without), 0.6 one more and 0.5 lost "how much notice do i need to
     * give"; with every fact of {@link #ASKED_FACTS}, 0.8 gives three fewer than 0.7 and 0.6 as many, one of them
     * a fixture site's lost. 0.7, as for people.
     */
    static final double FACT_PRIOR = 0.7;
    /**
     * The facts a question is preferred an answer stating: all but opening hours. "r u open sundays" is answered by
     * the words "closed on Sundays", and preferring a passage with a time lost that answer and won none on the 42
     * sites; each of the others won an answer there (a footer's address and phone number over a page that mentions
     * them, "15% off your first visit" over the price list, "started with one van in 2017"), and the address lost
     * one ("which location has the pool": the list of locations, not the one with the pool).
     */
    static final Set<StatedFact> ASKED_FACTS = EnumSet.complementOf(EnumSet.of(StatedFact.HOURS));
    /**
     * The share of the best BM25 a passage stating a fact the question asks for counts at least, in the words' score:
     * its coverage holds the fact's marker, which BM25 leaves out, so "founded in 2015" in the owner's story, which
     * shares no other word with "how long has your company been around", scored 0 however much it covered. Chosen
     * across the 54 fixture and probe sites: 0.5, 0.75 and 1 gave 879, 880 and 879 right (876 without, 877 at 0.25),
     * the same refusals; the middle is kept.
     */
    static final double STATED_FACT_BM25_SHARE = 0.75;
    private static final Pattern EDITORIAL_PATH = Pattern.compile(
            "/(blog|blogs|news|articles?|posts?|stories|faqs?|frequently-asked-questions)(/|\\.html?$|$)"
                    + "|/faqs?[-_.]|/(privacy|terms|legal|cookies?|disclaimer|imprint|impressum)([-_./]|$)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The home page introduces what the service, pricing and contact pages say in full ("clear prices, a membership
     * plan"): where a topical page answers as well, that page should win.
     */
    private static final double HOME_PRIOR = 0.9;
    /**
     * A passage that introduces another page ({@link io.xapp.runtime.index.PageIntroductions}: the home page's card
     * "Roof replacement", a services page's "Tree removal") says in brief what that page says in full, in the words
     * of its summary, and is as close to the question as the page's own passages: it counts at this share, so that
     * the page itself answers where it answers as well. Chosen across the 42 fixture and probe sites: 0.75 to 0.85
     * give the same answers (four more than without, none lost), 0.7 as many with two others changed, 0.9 one fewer.
     */
    static final double INTRODUCTION_PRIOR = 0.8;
    /**
     * A passage of a page in another language than the question's ({@link QuestionLanguage}: a bilingual clinic's
     * Spanish pages for "where is the office", its English ones for "abren los sabados") counts at this share: the
     * visitor reads the answer in their own language where the site has one, and in the other where only it
     * answers. Of the 42 fixture and probe sites one is bilingual, and its English "where is the office" went to the
     * Spanish contact page, closer in the English model's meaning; 0.5 and 0.7 put the English page first alike, and
     * no other answer changed.
     */
    static final double OTHER_LANGUAGE_PRIOR = 0.5;
    private static final Pattern HOME_PATH = Pattern.compile("/?(index\\.html?|home/?)?(\\?.*)?",
            Pattern.CASE_INSENSITIVE);

    private RelevanceScore() {
    }

    /**
     * Sets {@link Candidate#score} on each.
     *
     * @param asksForPerson whether the question asks for a person ("who ...", "which vet ...")
     * @param askedFacts    the facts of {@link #ASKED_FACTS} the question asks for, as a set of their bits
     */
    static void score(List<Candidate> candidates, boolean asksForPerson, int askedFacts) {
        lexical(candidates, askedFacts);
        if (candidates.stream().anyMatch(c -> !Double.isNaN(c.similarity))) {
            semantic(candidates);
        } else {
            for (Candidate c : candidates) {
                c.score *= prior(c);
            }
        }
        // A question for a price, a phone number, a span of time or what happens in a case is answered by a passage
        // that states one, not by one about it.
        if (askedFacts != 0) {
            prefer(candidates, c -> (c.facts & askedFacts) != 0, FACT_PRIOR);
        }
        // A question for a person is answered by a person's entry, not by the service page that names what they do.
        if (asksForPerson) {
            prefer(candidates, c -> c.person, PERSON_PRIOR);
        }
    }

    /**
     * Where any candidate is the kind of answer asked, counts the others at {@code prior} and marks which are
     * ({@link Candidate#preferredAsAsked}).
     */
    private static void prefer(List<Candidate> candidates, Predicate<Candidate> asked, double prior) {
        if (candidates.stream().noneMatch(asked)) {
            return;
        }
        for (Candidate c : candidates) {
            boolean isAsked = asked.test(c);
            c.score *= isAsked ? 1 : prior;
            c.preferredAsAsked = isAsked;
        }
    }

    /**
     * How much the words count beside the meaning, for a question with a vector: the cosine of question and passage
     * leads (it reads "r u open sundays" as "closed on Sundays"), and the lexical score, scaled to the best
     * candidate's, adds up to this much (exact names, prices, a page about the very thing asked). Chosen once across
     * the four fixture sites (bench/answers.sh), never per site.
     */
    static final double LEXICAL_WEIGHT = 0.15;

    /**
     * How much a passage gains from the best other passage of its page, in the meaning-led score: the price list whose
     * every row is near "how much does a local move cost" beats the services page's one paragraph that names local
     * moves. The cost: now and then a blog post of several passages on the topic beats the page that answers ("Do you
     * guys do braces?", an article on children's visits over the services page). Chosen across the 62 fixture and probe
     * sites: 0.15, 0.2 and 0.25 gave 1,001 of 1,216 right (995 without, 997 at 0.1 and at 0.3), 295 of 336 refused
     * (294), 105 false noContent (104); the middle is kept.
     */
    static final double PAGE_SUPPORT_SHARE = 0.2;

    /**
     * Replaces each candidate's lexical score with the meaning-led one (candidates without a vector count 0), plus
     * {@link #PAGE_SUPPORT_SHARE} of its page's best other candidate's.
     */
    private static void semantic(List<Candidate> candidates) {
        double bestLexical = 0;
        for (Candidate c : candidates) {
            bestLexical = Math.max(bestLexical, c.score);
        }
        for (Candidate c : candidates) {
            double lexical = bestLexical == 0 ? 0 : c.score / bestLexical;
            double similarity = Double.isNaN(c.similarity) ? 0 : c.similarity;
            c.score = (similarity + LEXICAL_WEIGHT * lexical) * prior(c);
        }
        addPageSupport(candidates);
    }

    /** A page with a second passage near the question is about it; one near passage may only touch on it. */
    private static void addPageSupport(List<Candidate> candidates) {
        Map<String, double[]> pageBestTwo = new HashMap<>();
        for (Candidate c : candidates) {
            double[] best = pageBestTwo.computeIfAbsent(c.url, url -> new double[2]);
            if (c.score > best[0]) {
                best[1] = best[0];
                best[0] = c.score;
            } else if (c.score > best[1]) {
                best[1] = c.score;
            }
        }
        for (Candidate c : candidates) {
            double[] best = pageBestTwo.get(c.url);
            c.score += PAGE_SUPPORT_SHARE * (c.score == best[0] ? best[1] : best[0]);
        }
    }

    private static void lexical(List<Candidate> candidates, int askedFacts) {
        float best = 0;
        for (Candidate c : candidates) {
            best = Math.max(best, c.bm25);
        }
        Map<String, Double> pageCoverage = new HashMap<>();
        for (Candidate c : candidates) {
            // No candidate has the question's words, only what an entity marker stands for ("where are you located"
            // and a street address): coverage alone tells them apart.
            double bm25Share = best == 0 ? 1 : c.bm25 / best;
            if ((c.facts & askedFacts) != 0) {
                bm25Share = Math.max(bm25Share, STATED_FACT_BM25_SHARE);
            }
            c.score = Math.pow(c.coverage, COVERAGE_EXPONENT) * bm25Share;
            if (bm25Share > 0) {
                pageCoverage.merge(c.url, Math.pow(c.coverage, COVERAGE_EXPONENT), Double::sum);
            }
        }
        for (Candidate c : candidates) {
            double focus = pageCoverage.getOrDefault(c.url, 0.0) / Math.max(1, c.pagePassages);
            c.score *= 1 + FOCUS_WEIGHT * Math.min(1, focus);
        }
    }

    /**
     * The page's {@link #editorialPrior}, or the home page's for the site's header and footer facts wherever they are
     * kept (every page shows them, like the home page they sum up what other pages say in full); times
     * {@link #INTRODUCTION_PRIOR} for a card for another page and {@link #OTHER_LANGUAGE_PRIOR} for a page in another
     * language than the question.
     */
    private static double prior(Candidate c) {
        return (c.siteWide ? HOME_PRIOR : editorialPrior(c.url)) * (c.introducesPage ? INTRODUCTION_PRIOR : 1)
                * (c.otherLanguage ? OTHER_LANGUAGE_PRIOR : 1);
    }

    /**
     * {@link #HOME_PRIOR} for the home page, {@link #EDITORIAL_PRIOR} for blog posts, news, articles, FAQs and legal
     * pages; 1 for every other page.
     */
    static double editorialPrior(String url) {
        String path = url;
        int scheme = url.indexOf("://");
        if (scheme >= 0) {
            int slash = url.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : url.substring(slash);
        }
        if (HOME_PATH.matcher(path).matches()) {
            return HOME_PRIOR;
        }
        return EDITORIAL_PATH.matcher(path).find() ? EDITORIAL_PRIOR : 1;
    }
}
