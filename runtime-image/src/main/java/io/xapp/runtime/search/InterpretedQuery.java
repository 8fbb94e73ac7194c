package io.xapp.runtime.search;

import io.xapp.runtime.index.StatedFact;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor's question or search, understood: the concepts it asks about and the Lucene query that finds them.
 *
 * @param text          what the visitor typed
 * @param correctedText the same with chat shorthand written out ("u" as "you") and typos corrected to the site's
 *                      spelling: what is analysed and embedded
 * @param concepts      what it asks about, in the order asked; empty when it is only filler words
 * @param vector        its sentence-embedding vector, or {@code null} when the index has none or the inference
 *                      service did not answer
 */
public record InterpretedQuery(String text, String correctedText, List<Concept> concepts, float[] vector) {

    /** A question's opening words before what it asks ("hi, who ...", "ok so which ..."). */
    private static final String OPENING = "^\\W*(?:(?:hi|hey|hello|ok|okay|so|and|also|quick question)\\W+)*";
    private static final Pattern ASKS_WHO = Pattern.compile(OPENING + "who(?:'?s|m)?\\b", Pattern.CASE_INSENSITIVE);
    /** A question for a way to do something ("how do i get a price", "how can we pay"), not for a fact. */
    private static final Pattern ASKS_WAY = Pattern.compile(OPENING + "how\\s+(?:do|can|could|would|should)\\s+"
            + "(?:i|we|you|u)\\b", Pattern.CASE_INSENSITIVE);
    /** A question for what happens in a case ("what if the bugs come back", "what happens if i miss a class"). */
    private static final Pattern ASKS_CASE = Pattern.compile(OPENING + "what\\s+(?:happens\\s+)?if\\b",
            Pattern.CASE_INSENSITIVE);
    /** A question for one of several, and what of ("which vet should i see", "which of your doctors"). */
    private static final Pattern ASKS_WHICH = Pattern.compile(OPENING + "which\\s+(?:of\\s+(?:your|ur|the)\\s+)?"
            + "(\\p{L}{3,})\\b",
            Pattern.CASE_INSENSITIVE);

    public InterpretedQuery {
        concepts = List.copyOf(concepts);
    }

    /** Without a vector: ranked by BM25 alone. */
    public InterpretedQuery(String text, String correctedText, List<Concept> concepts) {
        this(text, correctedText, concepts, null);
    }

    /** The same question with its sentence-embedding vector (of the index's model, unit length). */
    public InterpretedQuery withVector(float[] questionVector) {
        return new InterpretedQuery(text, correctedText, concepts, questionVector);
    }

    /** Whether a typo was corrected: shorthand written out alone is not worth showing the visitor. */
    public boolean typosCorrected() {
        return !correctedText.equals(ChatSpellings.writeOut(text));
    }

    /** Whether ranking can compare meanings too, not only words. */
    public boolean hasVector() {
        return vector != null;
    }

    /**
     * Whether the question asks for a person: it starts with "who" ("who teaches the prenatal class", "hi, who
     * should i see about ..."), not a "who" in a clause of its own ("laughing gas for kids who get scared").
     */
    public boolean asksWho() {
        return ASKS_WHO.matcher(text).find();
    }

    /**
     * The word a question that starts with "which" asks about ("which dentist is best for little kids": "dentist"),
     * which is a person when the site's team page names someone so ({@link PassageRanker}); empty otherwise.
     */
    public Optional<String> whichWord() {
        Matcher which = ASKS_WHICH.matcher(text);
        return which.find() ? Optional.of(which.group(1)) : Optional.empty();
    }

    /**
     * The {@link StatedFact}s the question asks for, as a set of their bits: those whose marker term one of its
     * concepts holds ("how much" stands for "price", "how long" for "duration"), and a case for a question for what
     * happens in one ("what if the stain comes back": the FAQ's "What if a spot reappears?", not the stain treatment
     * service), of the kinds in {@code asked}; none for a question for a way ("how do i get a price": the contact
     * page's online quote, not the price list) or one that asks which ("which location has the pool": the one
     * clinic, not the list of addresses).
     */
    public int askedFacts(Set<StatedFact> asked) {
        if (ASKS_WAY.matcher(text).find() || whichWord().isPresent()) {
            return 0;
        }
        boolean asksCase = ASKS_CASE.matcher(text).find();
        int facts = 0;
        for (StatedFact fact : asked) {
            // A case has no marker term: the question's frame asks for it.
            boolean asks = fact.term().map(term -> concepts.stream().anyMatch(c -> c.terms().contains(term)))
                    .orElse(fact == StatedFact.CONDITION && asksCase);
            if (asks) {
                facts |= fact.bit();
            }
        }
        // "how long has your company been around" asks for the year the business began, not for a span of time:
        // "how long" stands for both.
        if ((facts & StatedFact.ESTABLISHED.bit()) != 0) {
            facts &= ~StatedFact.DURATION.bit();
        }
        return facts;
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }

    /** Sum of the concept weights: what a passage covering everything asked would cover. */
    public double totalWeight() {
        return concepts.stream().mapToDouble(Concept::weight).sum();
    }
}
