package io.xapp.crawler.extract;

import io.xapp.crawler.Passage;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Groups blocks into passages of a few sentences to a paragraph, each under the headings above it: the unit an
 * answer quotes and a search result shows. Each passage starts with its own heading line, so it stands alone
 * ("In-office whitening: $425" is a heading on the fixture site). A section is one passage when it fits; a long
 * section is cut between blocks, a long block between list lines or sentences, so no passage exceeds
 * {@link #MAX_CHARS}.
 */
final class Passages {

    /** A passage grows up to about this size before a new one starts at the next block. */
    static final int TARGET_CHARS = 700;
    static final int MAX_CHARS = 1200;
    /** See {@link #isLabel}. */
    private static final int LABEL_MAX_CHARS = 80;

    private final List<Passage> passages = new ArrayList<>();
    private final List<String> headingTexts = new ArrayList<>();
    private final List<Integer> headingLevels = new ArrayList<>();
    private String anchor;
    /** Whether the site's header and footer facts are being read: every passage from there on is site-wide. */
    private boolean inSiteFacts;
    /**
     * Whether no heading came since the site's facts started: the text starts with its own words, not the page's
     * title (the same footer reads the same on every page, so the runtime can tell it is the same).
     */
    private boolean beforeSiteFactsHeading;
    private final StringBuilder current = new StringBuilder();
    /** Where the last block appended to {@link #current} starts; -1 when it holds no whole block. */
    private int lastBlock = -1;

    private Passages() {
    }

    static List<Passage> of(List<Block> blocks) {
        Passages p = new Passages();
        for (Block block : blocks) {
            if (block.level() > 0) {
                p.heading(block);
            } else {
                p.content(block);
            }
        }
        p.flush();
        return p.passages;
    }

    private void heading(Block block) {
        flush();
        while (!headingLevels.isEmpty() && headingLevels.get(headingLevels.size() - 1) >= block.level()) {
            headingLevels.remove(headingLevels.size() - 1);
            headingTexts.remove(headingTexts.size() - 1);
        }
        beforeSiteFactsHeading = block.isSiteFactsStart();
        if (beforeSiteFactsHeading) {
            inSiteFacts = true;
            anchor = null;
            return;
        }
        headingLevels.add(block.level());
        headingTexts.add(block.text());
        anchor = block.anchor();
    }

    private void content(Block block) {
        if (current.length() > 0 && current.length() + block.length() > TARGET_CHARS) {
            // A short line that is no sentence names what follows it (a team card's "Dr. Miriam Bracewell DDS, MS –
            // Founder" above her bio): it goes with the next passage, not at the end of this one.
            String label = lastBlock < 0 ? "" : current.substring(lastBlock);
            boolean carried = isLabel(label);
            if (carried) {
                current.setLength(Math.max(0, lastBlock - Passage.BLOCK_SEPARATOR.length()));
            }
            flush();
            if (carried) {
                append(label);
            }
        }
        int budget = MAX_CHARS - headingLine().length();
        if (block.length() <= budget) {
            append(block.text());
            return;
        }
        // Too long for one passage: cut between lines (list items, rows), and long lines between sentences.
        for (String line : block.lines()) {
            for (String piece : line.length() <= budget ? List.of(line) : sentenceChunks(line, budget)) {
                if (current.length() > 0 && current.length() + piece.length() + 1 > budget) {
                    flush();
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                current.append(piece);
            }
        }
        flush();
    }

    private void append(String text) {
        if (current.length() > 0) {
            current.append(Passage.BLOCK_SEPARATOR);
        }
        lastBlock = current.length();
        current.append(text);
    }

    /** One short line that does not end a sentence: a name, a title, a label ending in a colon. */
    private static boolean isLabel(String block) {
        String line = block.strip();
        return !line.isEmpty() && line.length() <= LABEL_MAX_CHARS && line.indexOf('\n') < 0
                && ".!?".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private void flush() {
        String text = current.toString().strip();
        current.setLength(0);
        lastBlock = -1;
        if (!text.isEmpty()) {
            passages.add(new Passage(headingTexts, headingLine() + text, anchor, inSiteFacts));
        }
    }

    private String headingLine() {
        return headingTexts.isEmpty() || beforeSiteFactsHeading ? "" : headingTexts.get(headingTexts.size() - 1) + "\n";
    }

    /** Splits text at sentence ends into pieces of at most {@code max} chars (a longer sentence is cut). */
    static List<String> sentenceChunks(String text, int max) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text);
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = text.substring(start, end);
            if (chunk.length() + sentence.length() > Math.min(TARGET_CHARS, max) && chunk.length() > 0) {
                chunks.add(chunk.toString().strip());
                chunk.setLength(0);
            }
            while (sentence.length() > max) {
                chunks.add(sentence.substring(0, max).strip());
                sentence = sentence.substring(max);
            }
            chunk.append(sentence);
        }
        if (chunk.length() > 0) {
            chunks.add(chunk.toString().strip());
        }
        return chunks;
    }
}
