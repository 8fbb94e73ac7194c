package io.xapp.runtime.chat;

import io.xapp.runtime.index.PersonEntries;
import io.xapp.runtime.index.TextUnits;
import io.xapp.runtime.search.Concept;
import io.xapp.runtime.search.InterpretedQuery;
import io.xapp.runtime.search.PassageView;
import io.xapp.runtime.search.TermSets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Condenses the best passage into a short answer: the run of consecutive sentences (or list lines) that covers the
 * most of what was asked within {@link #MAX_CHARS}. Concepts the passage's headings already name count for every
 * sentence under them, so a list under "Insurance plans we accept" answers a question about insurance even though
 * its lines only name the plans; among equally good runs the earliest wins, as pages put the gist first.
 */
final class AnswerComposer {

    /**
     * The crawler's passages stop growing at 700 characters (median about 300): an answer of up to 700 quotes a
     * passage whole unless its last block ran long, and the most telling 700 characters of such a one, so a price
     * list's row is not cut off from its neighbour that the question also asked about (400 lost the facts of 5 of the
     * 120 fixture questions). Over the 107 fixture and probe sites (2026-12-07), 700 instead of 600 kept two more
     * answers' facts and lost none ("Stand-up paddleboard: 240 lb rider", the last row of a list of limits); 800
     * kept four more and lost one, at longer answers.
     */
    static final int MAX_CHARS = 700;
    /** Beyond distinct coverage, how much each further mention of an asked concept counts. */
    private static final double MENTION_BONUS = 0.15;

    /** A heading of at most this many words is a role, a row or a kind, not a topic of its own. */
    private static final int SHORT_HEADING_WORDS = 4;
    /** A heading of at most this many words names something (a person, a room, a kind); longer, it is a topic. */
    private static final int NAME_WORDS = 6;

    String compose(InterpretedQuery question, PassageView passage) {
        List<TextUnits.Unit> units = TextUnits.of(passage.text());
        if (units.isEmpty()) {
            return "";
        }
        Set<String> headingTerms = TermSets.of(passage.title() + "\n" + String.join("\n", passage.headingPath()));
        List<Set<String>> unitTerms = new ArrayList<>(units.size());
        for (TextUnits.Unit unit : units) {
            unitTerms.add(TermSets.of(unit.text()));
        }
        int bestStart = 0;
        int bestEnd = 1;
        double bestScore = -1;
        for (int start = 0; start < units.size(); start++) {
            int end = start + 1;
            int length = units.get(start).text().length();
            while (end < units.size() && length + 1 + units.get(end).text().length() <= MAX_CHARS) {
                length += 1 + units.get(end).text().length();
                end++;
            }
            double score = score(question, headingTerms, unitTerms.subList(start, end));
            if (score > bestScore + 1e-9) {
                bestScore = score;
                bestStart = start;
                bestEnd = end;
            }
        }
        return withHeading(passage, join(units.subList(bestStart, bestEnd)));
    }

    /**
     * Leads with the passage's own heading when it names something (a person, a plan, a price) rather than asks a
     * question or repeats the page title: "Tom Becker, CDA" is often the answer itself. A short heading under a short
     * one is read with it: a role under a name ("Lucía Ramirez" / "Estimator"), a row of a list under its kind
     * ("Carpet" / "Stairs"), so the answer says whose or what it is. A person's entry always says whose it is, from
     * the heading that names them ({@link PersonEntries#nameHeading}): "Kelsey Marlowe, RN, BSN" over "Owner &
     * Aesthetic Nurse Injector", a psychologist's page over its "OCD and anxiety".
     */
    private static String withHeading(PassageView passage, String text) {
        List<String> path = passage.headingPath();
        String led = path.size() < 2 ? text : ledByOwnHeading(passage, text);
        return PersonEntries.nameHeading(path, passage.text()).filter(name -> !led.contains(name))
                .map(name -> name + "\n" + led).orElse(led);
    }

    private static String ledByOwnHeading(PassageView passage, String text) {
        List<String> path = passage.headingPath();
        String heading = passage.ownHeading();
        if (heading.endsWith("?")) {
            return text;
        }
        String led = text.startsWith(heading) ? text : heading + "\n" + text;
        String above = path.size() >= 3 ? path.get(path.size() - 2).strip() : "";
        boolean readTogether = words(heading) <= SHORT_HEADING_WORDS && words(above) <= NAME_WORDS
                && !above.isEmpty() && !above.endsWith("?") && !led.contains(above);
        return readTogether ? above + "\n" + led : led;
    }

    private static int words(String heading) {
        return heading.isBlank() ? 0 : heading.strip().split("\\s+").length;
    }

    private static double score(InterpretedQuery question, Set<String> headingTerms, List<Set<String>> window) {
        double score = 0;
        for (Concept concept : question.concepts()) {
            int mentions = 0;
            for (Set<String> terms : window) {
                if (TermSets.mentions(terms, concept)) {
                    mentions++;
                }
            }
            if (mentions > 0 || TermSets.mentions(headingTerms, concept)) {
                score += concept.weight() * (1 + MENTION_BONUS * mentions);
            }
        }
        return score;
    }

    private static String join(List<TextUnits.Unit> units) {
        StringBuilder out = new StringBuilder();
        for (TextUnits.Unit unit : units) {
            if (out.length() > 0) {
                out.append(unit.newLine() ? "\n" : " ");
            }
            out.append(unit.text());
        }
        String text = out.toString();
        return text.length() <= MAX_CHARS + 200 ? text : text.substring(0, MAX_CHARS) + "…";
    }
}
