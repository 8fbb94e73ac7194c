package io.xapp.crawler.extract;

import io.xapp.crawler.Passage;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Groups blocks into passages of a few sentences to a paragraph, each under the headings above it: the unit an
 * answer quotes and a search result shows. A section is one passage when it fits; a long section is cut between
 * blocks, a long block between list lines or sentences, so no passage exceeds {@link #MAX_CHARS}.
 */
final class Passages {

    /** A passage grows up to about this size before a new one starts at the next block. */
    static final int TARGET_CHARS = 700;
    static final int MAX_CHARS = 1200;

    private final List<Passage> passages = new ArrayList<>();
    private final List<String> headingTexts = new ArrayList<>();
    private final List<Integer> headingLevels = new ArrayList<>();
    private String anchor;
    private final StringBuilder current = new StringBuilder();

    private Passages() {
    }

    static List<Passage> of(List<Block> blocks) {
        Passages p = new Passages();
        for (Block block : blocks) {
            if (block.isHeading()) {
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
        headingLevels.add(block.level());
        headingTexts.add(block.text());
        anchor = block.anchor();
    }

    private void content(Block block) {
        if (current.length() > 0 && current.length() + block.length() > TARGET_CHARS) {
            flush();
        }
        if (block.length() <= MAX_CHARS) {
            append(block.text());
            return;
        }
        // Too long for one passage: cut between lines (list items, rows), and long lines between sentences.
        for (String line : block.lines()) {
            for (String piece : line.length() <= MAX_CHARS ? List.of(line) : sentenceChunks(line)) {
                if (current.length() > 0 && current.length() + piece.length() + 1 > MAX_CHARS) {
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
            current.append("\n\n");
        }
        current.append(text);
    }

    private void flush() {
        String text = current.toString().strip();
        current.setLength(0);
        if (!text.isEmpty()) {
            passages.add(new Passage(headingTexts, text, anchor));
        }
    }

    /** Splits text at sentence ends into pieces of at most {@link #MAX_CHARS} (a sentence longer than that is cut). */
    static List<String> sentenceChunks(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text);
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String sentence = text.substring(start, end);
            if (chunk.length() + sentence.length() > TARGET_CHARS && chunk.length() > 0) {
                chunks.add(chunk.toString().strip());
                chunk.setLength(0);
            }
            while (sentence.length() > MAX_CHARS) {
                chunks.add(sentence.substring(0, MAX_CHARS).strip());
                sentence = sentence.substring(MAX_CHARS);
            }
            chunk.append(sentence);
        }
        if (chunk.length() > 0) {
            chunks.add(chunk.toString().strip());
        }
        return chunks;
    }
}
