package io.xapp.runtime.chat;

import io.xapp.runtime.search.PassageView;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question about working for the business ("are you hiring instructors", "any job openings") is answered only by a
 * passage about working there. Its other words name what the business does ("instructors", "delivery drivers"),
 * so without this the team page ("all our instructors are approved by the DVSA") or the delivery page answered it,
 * as if the site had said something about jobs. A site that says nothing about hiring has no answer to give.
 */
final class JobQuestions {

    /**
     * How visitors ask about work; not "hire" alone, which also asks to rent ("do you hire out bikes"), nor "job" or
     * "jobs", which ask about the work a trade does ("do you take small jobs").
     */
    private static final Pattern ASKS = Pattern.compile("\\b(?:hiring|careers?|job openings?|employment"
            + "|vacanc(?:y|ies)|work (?:for|at) (?:you|u|your)|apply (?:for|to) (?:a )?(?:job|position))\\b");
    /**
     * How a site writes about working there ("We're hiring", "Careers", "Join our team", "open positions"); not "job"
     * or "jobs", which a trade's site mostly writes of its work ("jobs over $3,000").
     */
    private static final Pattern ANSWERS = Pattern.compile("\\b(?:hiring|careers?|employment|vacanc(?:y|ies)"
            + "|recruit\\w*|join (?:our|the) team|open positions?|job openings?)\\b");

    private JobQuestions() {
    }

    static boolean asks(String question) {
        return ASKS.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether the passage's title, headings or text speak of working there. */
    static boolean answers(PassageView passage) {
        String all = passage.title() + "\n" + String.join("\n", passage.headingPath()) + "\n" + passage.text();
        return ANSWERS.matcher(all.toLowerCase(Locale.ROOT)).find();
    }
}
