package io.xapp.crawler.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads cleaned content into blocks in reading order. Lists become one line per item ("- item", "1. item"), tables
 * one line per row ("Monday: 8:00 am – 5:00 pm", or "Cleaning: Insurance $0; No insurance $145" for wider tables),
 * definition lists "term: definition", so facts stay on one readable line.
 */
final class TextBlocks {

    private static final Evaluator HEADINGS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
    private static final Evaluator HEADINGS_OR_ARIA = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6, [role=heading]");
    private static final Evaluator PARAGRAPHS = Selector.evaluatorOf("p");
    private static final Evaluator LISTS = Selector.evaluatorOf("ul, ol");
    private static final Evaluator CHILD_LISTS = Selector.evaluatorOf("> ul, > ol");
    private static final Evaluator CHILD_ITEMS = Selector.evaluatorOf("> li");
    private static final Evaluator DEFINITIONS = Selector.evaluatorOf("dt, dd");
    private static final Evaluator ROWS = Selector.evaluatorOf("tr");
    private static final Evaluator TABLE = Selector.evaluatorOf("table");
    private static final Evaluator CELLS = Selector.evaluatorOf("td, th");
    /** What a data table's cell does not hold. */
    private static final Evaluator LAYOUT_CONTENT = Selector.evaluatorOf("td h1, td h2, td h3, td h4, td h5, td h6, "
            + "td table, th table");
    private static final Evaluator BREAKS = Selector.evaluatorOf("br");
    /** An accordion entry's button, which says whether its panel is open. */
    static final Evaluator TOGGLES = Selector.evaluatorOf("[aria-expanded]");
    /** A table's class or id that names it as a page's layout. */
    private static final Pattern LAYOUT_NAME = Pattern.compile("(?i)(^|[\\s_-])(layout|multicol|columns?)([\\s_-]|$)");
    private static final Evaluator CELL_BLOCKS = Selector.evaluatorOf("p, div, ul, ol, dl, blockquote");
    private static final Evaluator BLOCK_CHILDREN = Selector.evaluatorOf("p, div, ul, ol, table, dl");


    /**
     * The level of a paragraph that is all bold and short, not a sentence ({@code <p><strong>Parking</strong></p>}):
     * how editors and site builders write a subheading. Below every h1-h6.
     */
    static final int EMPHASISED_LEVEL = 7;
    /**
     * The level of a question that heads its answer: an accordion entry's {@code <summary>}, or a short paragraph of
     * its own that asks something. Below every other heading, so the entries of one FAQ section replace each other
     * while the section's own heading stays above them.
     */
    static final int QUESTION_LEVEL = 8;
    /** The level of every heading in the site's header and footer facts: a section's ({@link #headingLevel}). */
    private static final int SITE_FACTS_LEVEL = 2;
    /** A line this short ending in "?" that stands alone heads what follows it (an FAQ's question). */
    private static final int QUESTION_MAX_CHARS = 160;
    /** See {@link #isSentences}: a heading of two sentences, of at least this many words. */
    private static final int SENTENCES_MIN_WORDS = 8;
    private static final Pattern SENTENCES = Pattern.compile("[.!?]\\s+\\p{Lu}.*[.!]$");
    /** See {@link #isAmount}. */
    private static final Pattern AMOUNT = Pattern.compile("[$€£]\\s?\\d[\\d,.]*(?:\\s?[-–]\\s?[$€£]?\\d[\\d,.]*)?");
    /** See {@link #labelOf}: "Before this level:", not a sentence that ends in a colon before its list. */
    private static final int LABEL_MAX_CHARS = 40;
    /** See {@link #labelOf}: a field's value, not a section's text. */
    private static final int VALUE_MAX_CHARS = 200;
    /**
     * Themes' titles written as styled {@code <div>}s, their level unsaid: {@code <div class="section-title">},
     * {@code card-title}, {@code entry-title} (not a subtitle, which reads as a line of text).
     */
    private static final Pattern TITLE_CLASS = Pattern.compile("(?:^|[-_])(?:title|heading|headline)$");
    /** Site builders' headings written as styled paragraphs: {@code <p class="heading-2">}, {@code class="h3"}. */
    private static final Pattern HEADING_CLASS = Pattern.compile("(?:^|\\s)(?:h|heading-?)([1-6])(?:\\s|$)");

    private static final Set<String> BOLD_TAGS = Set.of("strong", "b");
    private static final Pattern BOLD_STYLE = Pattern.compile("font-weight\\s*:\\s*(?:bold|[6-9]00)",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "blockquote", "address", "pre", "figure", "figcaption", "center", "details", "summary",
            "fieldset", "legend", "hr", "li", "dd", "dt", "body", "caption", "form", "hgroup");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final List<String> lines = new ArrayList<>();
    /** The lines of {@link #lines} that are all bold and not a link ({@code <strong>Parking</strong><br>}). */
    private final BitSet boldLines = new BitSet();
    /** The lines of {@link #lines} that open a paragraph of their block (after an empty line, two {@code <br>}s). */
    private final BitSet paragraphStarts = new BitSet();
    /** How many bold elements and links the walk is inside. */
    private int boldDepth;
    private int linkDepth;
    /** Whether the line being read has words outside bold, or inside a link. */
    private boolean lineHasPlainWords;
    private boolean lineHasLink;
    /** Whether the walk is inside the site's header or footer facts that {@link MainContent} added to the content. */
    private boolean inSiteFacts;

    private TextBlocks() {
    }

    static List<Block> of(Element root) {
        TextBlocks reader = new TextBlocks();
        reader.walk(root);
        reader.endBlock();
        return withHeadingsThatHeadSomething(withoutCopies(underThePageTitle(reader.blocks)));
    }

    /**
     * The blocks without the copies a page holds of its own: page builders write a section twice, one copy for wide
     * screens and one for phones, each hidden on the other by a class (Elementor's {@code elementor-hidden-mobile},
     * Bootstrap's {@code d-lg-none}), and a visitor sees it once. A block whose text already stood earlier on the
     * page is a copy where it stands under the same headings again, or among other repeated blocks or headings (a
     * copied column lands under the last heading of the one before); alone among new text under another heading, it
     * is that section's own (each pricing table's "Small dogs up to 20 lb"). A heading seen before at its level is a
     * copy when its section holds nothing but copies, or when it stands right after itself (a builder that copies
     * each widget, not the section).
     */
    private static List<Block> withoutCopies(List<Block> blocks) {
        boolean[] copy = new boolean[blocks.size()];
        boolean[] repeated = new boolean[blocks.size()];
        Set<String> texts = new HashSet<>();
        Set<String> placedTexts = new HashSet<>();
        Set<String> headingTexts = new HashSet<>();
        TreeMap<Integer, String> enclosing = new TreeMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.level() == 0) {
                repeated[i] = !texts.add(block.text());
                copy[i] = !placedTexts.add(String.join("\n", enclosing.values()) + "\n\n" + block.text());
            } else {
                repeated[i] = block.isHeading() && !headingTexts.add(block.level() + " " + block.text());
                enclosing.tailMap(block.level(), true).clear();
                if (block.isHeading()) {
                    enclosing.put(block.level(), block.text());
                }
            }
        }
        for (int start = 0; start < blocks.size(); ) {
            int end = start;
            while (end < blocks.size() && repeated[end]) {
                end++;
            }
            for (int i = start; end - start >= 2 && i < end; i++) {
                copy[i] |= blocks.get(i).level() == 0;
            }
            start = end + 1;
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block heading = blocks.get(i);
            if (!heading.isHeading() || !repeated[i]) {
                continue;
            }
            Block before = blocks.get(i - 1);
            if (before.level() == heading.level() && before.text().equals(heading.text())) {
                copy[i] = true;
                continue;
            }
            boolean onlyCopies = true;
            for (int j = i + 1; j < blocks.size() && onlyCopies; j++) {
                Block b = blocks.get(j);
                if (b.level() > 0 && b.level() <= heading.level()) {
                    break;
                }
                onlyCopies = b.level() > 0 || copy[j];
            }
            copy[i] = onlyCopies;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (!copy[i]) {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    /**
     * The blocks, with every heading after the page's title one level further down when the page heads its sections
     * at the title's own level (each section an {@code <h1>}, or the title an {@code <h2>} like its sections when
     * the theme keeps the {@code <h1>} for the site's name): so each section's passages still say which page they
     * are on. The title is the page's first heading, unless a later one outranks it (a slogan above the h1).
     */
    private static List<Block> underThePageTitle(List<Block> blocks) {
        Block title = blocks.stream().filter(Block::isHeading).findFirst().orElse(null);
        if (title == null) {
            return blocks;
        }
        int after = blocks.indexOf(title) + 1;
        List<Block> later = blocks.subList(after, blocks.size());
        if (later.stream().noneMatch(b -> b.isHeading() && b.level() <= title.level())
                || later.stream().anyMatch(b -> b.isHeading() && b.level() < title.level())) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.subList(0, after));
        later.forEach(b -> out.add(b.level() > 0 ? new Block(b.level() + 1, b.lines(), b.anchor()) : b));
        return out;
    }

    /**
     * The blocks, with a heading that heads nothing (the next block is a heading of its level or above, or there is
     * none) read as content: it was a statement set large or in bold ("Open seven days a week", an {@code <h2>}
     * chosen for its size), and as a heading over nothing its words would be lost.
     */
    private static List<Block> withHeadingsThatHeadSomething(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            boolean headsNothing = next == null || next.level() > 0 && next.level() <= block.level();
            out.add(block.isHeading() && headsNothing
                    ? new Block(0, block.lines(), null) : block);
        }
        return out;
    }

    private void walk(Node node) {
        if (node instanceof TextNode text) {
            appendText(text.getWholeText());
            return;
        }
        if (!(node instanceof Element el)) {
            return;
        }
        String tag = el.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = inlineText(el);
                if (MainContent.isSiteNameHeading(el) || !tag.equals("h1") && (isSentences(text) || isAmount(text))) {
                    endBlock();
                    appendText(text);
                    endBlock();
                } else {
                    heading(el, tag.charAt(1) - '0');
                }
            }
            case "summary" -> heading(el, QUESTION_LEVEL);
            case "br" -> endLine();
            case "ul", "ol", "menu" -> list(el, tag.equals("ol"));
            case "dl" -> definitions(el);
            case "table" -> {
                if (isLayoutTable(el)) {
                    eachAsBlocks(cellsOf(el));
                } else {
                    table(el);
                }
            }
            case "img" -> { } // alt text is mostly "logo", "photo of...": noise for answers
            default -> {
                int styledLevel = headingLevelOf(el);
                if (styledLevel > 0) {
                    heading(el, styledLevel);
                    return;
                }
                Element label = labelOf(el);
                if (label != null) {
                    endBlock();
                    lines.add(inlineText(label) + " " + inlineText(el.child(1)));
                    endStructuredBlock();
                    return;
                }
                boolean block = BLOCK_TAGS.contains(tag);
                if (block) {
                    endBlock();
                } else if (el.previousSibling() instanceof Element && startsNewPhrase(line, el)) {
                    line.append(' ');
                }
                boolean bold = isBold(el);
                boolean link = tag.equals("a");
                boolean siteFacts = !inSiteFacts && el.hasAttr(MainContent.SITE_FACTS_MARK);
                if (siteFacts) {
                    // A section of its own, under the page's title only, whether or not it starts with a heading.
                    blocks.add(Block.siteFactsStart(SITE_FACTS_LEVEL));
                }
                boldDepth += bold ? 1 : 0;
                linkDepth += link ? 1 : 0;
                inSiteFacts |= siteFacts;
                for (Node child : el.childNodes()) {
                    walk(child);
                }
                boldDepth -= bold ? 1 : 0;
                linkDepth -= link ? 1 : 0;
                if (block) {
                    endBlock();
                }
                inSiteFacts &= !siteFacts;
            }
        }
    }

    /**
     * A heading's level as read, but inside the site's header and footer facts ({@link MainContent#SITE_FACTS_MARK})
     * always a section's: the footer's blocks ("Hours", "Find us") stand side by side after the page's sections, not
     * under its last one, whatever their markup (a bold line, a {@code <p class="heading-4">}, a widget's
     * {@code <h2>}).
     */
    private int headingLevel(int level) {
        return inSiteFacts ? SITE_FACTS_LEVEL : level;
    }

    private void heading(Element el, int level) {
        endBlock();
        String text = inlineText(el);
        if (!text.isEmpty()) {
            blocks.add(new Block(headingLevel(level), List.of(text), anchorOf(el)));
        }
    }

    /**
     * The heading's own id, or that of the section it opens (e.g. {@code <section id="hours"><h2>}, an accordion's
     * {@code <details id="walk-ins"><summary>}).
     */
    private static String anchorOf(Element heading) {
        if (!heading.id().isEmpty()) {
            return heading.id();
        }
        Element parent = heading.parent();
        if (parent != null && !parent.id().isEmpty()
                && (parent.selectFirst(HEADINGS) == heading || heading.normalName().equals("summary"))) {
            return parent.id();
        }
        return null;
    }

    /**
     * The level of an element other than h1-h6 that is a heading ({@code role="heading"}, a heading class, a bold
     * short line), else 0.
     */
    private static int headingLevelOf(Element el) {
        int level = ariaHeadingLevel(el);
        if (level == 0) {
            level = styledHeadingLevel(el);
        }
        return level != 0 ? level : emphasisedHeadingLevel(el);
    }

    /** Whether a paragraph, list, table or div sits inside {@code el}: then it holds blocks, it is not a heading. */
    private static boolean holdsBlocks(Element el) {
        for (Element child : el.children()) {
            if (child.is(BLOCK_CHILDREN) || holdsBlocks(child)) {
                return true;
            }
        }
        return false;
    }

    /** The level of an element that says it is a heading ({@code <div role="heading" aria-level="3">}), else 0. */
    private static int ariaHeadingLevel(Element el) {
        if (!el.attr("role").equals("heading") || holdsBlocks(el)) {
            return 0;
        }
        String level = el.attr("aria-level").strip();
        return level.matches("[1-6]") ? level.charAt(0) - '0' : 2; // WAI-ARIA's default level is 2
    }

    /**
     * Whether one of the element's class names names a title ({@code section-title}), and none a subtitle: a
     * subtitle reads as a line of text, whatever font its other class names give it
     * ({@code <div class="s-item-subtitle s-font-heading">$45</div>}).
     */
    private static boolean namesATitle(Element el) {
        boolean title = false;
        for (String name : el.classNames()) {
            String token = name.toLowerCase(Locale.ROOT);
            if (token.contains("subtitle") || token.contains("sub-title")) {
                return false;
            }
            title |= TITLE_CLASS.matcher(token).find();
        }
        return title;
    }

    /**
     * Whether the element is all there is of a title named by its class: Strikingly and other builders' rich-text
     * fields write their title as a paragraph in it ({@code <div class="s-title"><p>Programs</p></div>}).
     */
    private static boolean wrappedAsATitle(Element el) {
        Element parent = el.parent();
        return parent != null && parent.childrenSize() == 1
                && parent.ownText().isBlank() && namesATitle(parent);
    }

    /**
     * N for a paragraph styled as a heading ({@code <p class="heading-2">}), {@link #EMPHASISED_LEVEL} for a short
     * title named by its class that is not a sentence ({@code <div class="card-title">}), 0 otherwise.
     */
    private static int styledHeadingLevel(Element el) {
        if (!(el.normalName().equals("p") || el.normalName().equals("div"))) {
            return 0;
        }
        Matcher m = HEADING_CLASS.matcher(el.className());
        boolean numbered = m.find();
        if (!numbered && !namesATitle(el) && !wrappedAsATitle(el) || holdsBlocks(el)
                || el.selectFirst(HEADINGS_OR_ARIA) != null) {
            return 0;
        }
        String text = inlineText(el);
        if (numbered ? text.length() > QUESTION_MAX_CHARS : !isLabel(text)) {
            return 0;
        }
        return numbered ? m.group(1).charAt(0) - '0' : EMPHASISED_LEVEL;
    }

    /**
     * {@link #EMPHASISED_LEVEL} for a paragraph whose every word is bold ({@code <strong>}, {@code <b>}, or a
     * bold font weight in its style), short, not a sentence ending in "." or "!", and not a link;
     * {@link #QUESTION_LEVEL} when it asks something; 0 otherwise.
     */
    private static int emphasisedHeadingLevel(Element el) {
        if (!(el.normalName().equals("p") || el.normalName().equals("div"))
                || holdsBlocks(el) || el.selectFirst("a, br") != null) {
            return 0;
        }
        String text = inlineText(el);
        if (text.isEmpty() || !isLabel(text) || !allBold(el, false)) {
            return 0;
        }
        return text.endsWith("?") ? QUESTION_LEVEL : EMPHASISED_LEVEL;
    }

    private static boolean isBold(Element el) {
        return BOLD_TAGS.contains(el.normalName()) || el.hasAttr("style") && BOLD_STYLE.matcher(el.attr("style")).find();
    }

    private static boolean allBold(Node node, boolean insideBold) {
        if (node instanceof TextNode text) {
            return insideBold || text.isBlank();
        }
        if (!(node instanceof Element el)) {
            return true;
        }
        boolean bold = insideBold || isBold(el);
        for (Node child : el.childNodes()) {
            if (!allBold(child, bold)) {
                return false;
            }
        }
        return true;
    }

    private void list(Element list, boolean ordered) {
        if (isLayoutList(list)) {
            eachAsBlocks(list.children());
            return;
        }
        endBlock();
        int n = 0;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            n++;
            String text = ownTextWithoutNestedLists(item);
            if (!text.isEmpty()) {
                lines.add((ordered ? n + ". " : "- ") + text);
            }
            for (Element nested : item.select(CHILD_LISTS)) {
                int m = 0;
                for (Element sub : nested.select(CHILD_ITEMS)) {
                    m++;
                    String subText = inlineText(sub);
                    if (!subText.isEmpty()) {
                        lines.add("  " + (nested.normalName().equals("ol") ? m + ". " : "- ") + subText);
                    }
                }
            }
        }
        endStructuredBlock();
    }

    /**
     * A list whose items hold headings, paragraphs or an accordion's toggle lays out sections, not items
     * (Squarespace's accordion: each entry an {@code <li>}, its question a heading, its answer paragraphs; Duda's, its
     * question a toggle that says whether it is open); one line per item would lose them.
     */
    private static boolean isLayoutList(Element list) {
        return list.children().stream().anyMatch(item -> item.normalName().equals("li")
                && (item.selectFirst(HEADINGS_OR_ARIA) != null || item.select(PARAGRAPHS).size() >= 2
                || item.selectFirst(TOGGLES) != null));
    }

    /** Each part (a layout table's cell, a layout list's item) read as the blocks it holds, in reading order. */
    private void eachAsBlocks(List<Element> parts) {
        endBlock();
        for (Element part : parts) {
            for (Node child : part.childNodes()) {
                walk(child);
            }
            endBlock();
        }
    }

    /**
     * The label of a value written as two blocks side by side, as CMSs write a field ({@code <div class="field-label">
     * Ages:</div><div class="field-items">3 – 5 years</div>}, a "Price:" cell of a builder's grid): read as one line,
     * "Ages: 3 – 5 years", as a definition list's term and description are. Null when {@code el} is anything else:
     * its two children a short label that ends with a colon, and one line of value (no headings, lists, tables or
     * paragraphs of its own).
     */
    private static Element labelOf(Element el) {
        if (!BLOCK_TAGS.contains(el.normalName()) || el.childrenSize() != 2 || !el.ownText().isBlank()) {
            return null;
        }
        Element label = el.child(0);
        Element value = el.child(1);
        String labelText = inlineText(label);
        String valueText = inlineText(value);
        boolean isLabel = labelText.endsWith(":") && labelText.length() <= LABEL_MAX_CHARS
                && !holds(label, BLOCK_CHILDREN) && label.select(HEADINGS).isEmpty();
        boolean isValue = !valueText.isEmpty() && valueText.length() <= VALUE_MAX_CHARS
                && value.select(HEADINGS).isEmpty() && value.select(LISTS).isEmpty() && value.select(TABLE).isEmpty()
                && value.select(PARAGRAPHS).size() <= 1;
        return isLabel && isValue ? label : null;
    }

    /** Whether {@code el} holds an element {@code evaluator} selects, besides itself. */
    private static boolean holds(Element el, Evaluator evaluator) {
        return el.select(evaluator).stream().anyMatch(e -> e != el);
    }

    private void definitions(Element dl) {
        endBlock();
        String term = null;
        for (Element child : dl.select(DEFINITIONS)) {
            String text = inlineText(child);
            if (text.isEmpty()) {
                continue;
            }
            if (child.normalName().equals("dt")) {
                if (term != null) {
                    lines.add(term);
                }
                term = text;
            } else {
                lines.add(term == null ? text : term + ": " + text);
                term = null;
            }
        }
        if (term != null) {
            lines.add(term);
        }
        endStructuredBlock();
    }

    /**
     * A table that lays out a page rather than holding data (sites made before CSS layout, and e-mail-like
     * templates, builders' columns): marked so ({@code role="presentation"}, Weebly's {@code wsite-multicol-table}),
     * or holding headings, tables, a cell of several paragraphs or lists or of text broken into paragraphs by
     * {@code <br><br>}; or one cell alone, a box around the text (hand-made sites pad their content so). Read as rows
     * of one line each, the page would lose every heading and paragraph.
     */
    private static boolean isLayoutTable(Element table) {
        String role = table.attr("role");
        if (role.equals("presentation") || role.equals("none")
                || LAYOUT_NAME.matcher(table.className() + " " + table.id()).find()) {
            return true;
        }
        if (table.selectFirst(LAYOUT_CONTENT) != null) {
            return true;
        }
        List<Element> cells = cellsOf(table);
        return cells.size() == 1 || cells.stream().anyMatch(cell -> cell.children().stream()
                .filter(child -> child.is(CELL_BLOCKS)).count() >= 2 || holdsParagraphBreak(cell));
    }

    /** Whether {@code cell} breaks its text into paragraphs with two line breaks in a row, as hand-made pages do. */
    private static boolean holdsParagraphBreak(Element cell) {
        for (Element br : cell.select(BREAKS)) {
            Node next = br.nextSibling();
            while (next instanceof TextNode text && text.isBlank()) {
                next = next.nextSibling();
            }
            if (next instanceof Element e && e.normalName().equals("br")) {
                return true;
            }
        }
        return false;
    }

    /** The table's own cells, not those of a table nested in one. */
    private static List<Element> cellsOf(Element table) {
        return table.select(CELLS).stream().filter(cell -> cell.closest(TABLE) == table).toList();
    }

    private void table(Element table) {
        endBlock();
        List<String> headers = List.of();
        boolean previousWasHeader = false;
        for (List<Cell> row : grid(table)) {
            boolean oneCell = row.stream().allMatch(c -> c == row.get(0)); // a group's title across the table
            List<String> texts = row.stream().limit(oneCell ? 1 : row.size()).map(Cell::text).toList();
            boolean headerRow = texts.size() > 1 && row.stream().allMatch(Cell::header);
            if (headerRow) {
                headers = previousWasHeader && headers.size() == texts.size() ? stacked(headers, texts) : texts;
            } else {
                String rowText = rowText(texts, headers);
                if (!rowText.isEmpty()) {
                    lines.add(rowText);
                }
            }
            previousWasHeader = headerRow;
        }
        endStructuredBlock();
    }

    /** A cell of a table's grid: its text, and whether it is a header cell. */
    private record Cell(String text, boolean header) {
    }

    /**
     * The table's own rows (not a nested table's) as a grid, HTML's table model: a cell spanning rows or columns
     * stands in each slot it covers, so every row keeps the value merged above it ("Dogs" once for three rows of
     * sizes) and lines up with the column headers.
     */
    private static List<List<Cell>> grid(Element table) {
        List<List<Cell>> grid = new ArrayList<>();
        List<Span> spans = new ArrayList<>(); // by column: the cell spanning down into the next rows, if any
        for (Element row : table.select(ROWS)) {
            if (row.closest(TABLE) != table) {
                continue; // rows of a nested table are read with their cell
            }
            List<Cell> out = new ArrayList<>();
            for (Element c : row.children()) {
                if (!c.normalName().equals("td") && !c.normalName().equals("th")) {
                    continue;
                }
                fillSpannedSlots(out, spans);
                Cell cell = new Cell(inlineText(c), c.normalName().equals("th"));
                int rowsBelow = span(c, "rowspan") - 1;
                for (int k = span(c, "colspan"); k > 0; k--) {
                    while (spans.size() <= out.size()) {
                        spans.add(Span.NONE);
                    }
                    spans.set(out.size(), new Span(cell, rowsBelow));
                    out.add(cell);
                }
            }
            int last = spans.size() - 1;
            while (last >= 0 && spans.get(last).rowsLeft == 0) {
                last--;
            }
            while (out.size() <= last) { // a slot no cell of this row fills, before one a cell above spans into
                fillSpannedSlots(out, spans);
                if (out.size() <= last && spans.get(out.size()).rowsLeft == 0) {
                    out.add(Span.NONE.cell());
                }
            }
            grid.add(out);
        }
        return grid;
    }

    /** A cell as it spans down one column: how many rows below it still covers there. */
    private static final class Span {
        static final Span NONE = new Span(new Cell("", false), 0);
        private final Cell cell;
        private int rowsLeft;

        Span(Cell cell, int rowsLeft) {
            this.cell = cell;
            this.rowsLeft = rowsLeft;
        }

        Cell cell() {
            return cell;
        }
    }

    /** Adds to {@code row} the cells spanning down into its next slots from the rows above. */
    private static void fillSpannedSlots(List<Cell> row, List<Span> spans) {
        while (row.size() < spans.size() && spans.get(row.size()).rowsLeft > 0) {
            Span span = spans.get(row.size());
            span.rowsLeft--;
            row.add(span.cell());
        }
    }

    /** A cell's {@code rowspan} or {@code colspan}, 1 when missing or not a number, at most 100. */
    private static int span(Element cell, String attribute) {
        try {
            int n = Integer.parseInt(cell.attr(attribute).strip());
            return n < 1 ? 1 : Math.min(n, 100);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Two header rows as one: each column's upper label in front of its lower one where they differ. */
    private static List<String> stacked(List<String> upper, List<String> lower) {
        List<String> out = new ArrayList<>(lower.size());
        for (int i = 0; i < lower.size(); i++) {
            String a = upper.get(i);
            String b = lower.get(i);
            out.add(a.isEmpty() || a.equals(b) ? b : b.isEmpty() ? a : a + " " + b);
        }
        return out;
    }

    /** "first: second" for two columns; "first: header2 value2; header3 value3" for wider tables. */
    private static String rowText(List<String> cells, List<String> headers) {
        List<String> nonEmpty = cells.stream().filter(s -> !s.isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return "";
        }
        if (cells.size() <= 2 || headers.size() != cells.size()) {
            return String.join(nonEmpty.size() == 2 ? ": " : " | ", nonEmpty);
        }
        StringBuilder out = new StringBuilder(cells.get(0)).append(':');
        String sep = " ";
        for (int i = 1; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                out.append(sep).append(headers.get(i)).append(' ').append(cells.get(i));
                sep = "; ";
            }
        }
        return out.toString();
    }

    private static String ownTextWithoutNestedLists(Element item) {
        if (item.selectFirst(LISTS) == null) {
            return inlineText(item);
        }
        Element copy = item.clone();
        copy.select(LISTS).remove();
        return inlineText(copy);
    }

    /** The element's text on one line, whitespace collapsed; blocks and line breaks inside it become spaces. */
    static String inlineText(Element el) {
        StringBuilder out = new StringBuilder();
        appendInline(el, out);
        return Whitespace.collapse(out);
    }

    private static void appendInline(Element el, StringBuilder out) {
        Node previous = null;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.getWholeText());
            } else if (child instanceof Element e && !e.normalName().equals("img")) {
                if (BLOCK_TAGS.contains(e.normalName()) || e.normalName().equals("br")
                        || previous instanceof Element && startsNewPhrase(out, e)) {
                    out.append(' ');
                }
                appendInline(e, out);
            }
            previous = child;
        }
    }

    /**
     * Two sibling elements with no space between, the second starting a capitalised phrase ("<strong>Fillings</strong>
     * <span>Tooth-colored...</span>" in a card): a browser shows them apart, so the text should too.
     */
    private static boolean startsNewPhrase(StringBuilder before, Element next) {
        if (before.length() == 0 || !Character.isLetterOrDigit(before.charAt(before.length() - 1))) {
            return false;
        }
        String text = next.text();
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    private void appendText(String text) {
        if (text.isBlank()) {
            if (line.length() > 0 && !text.isEmpty()) {
                line.append(' ');
            }
            return;
        }
        lineHasPlainWords |= boldDepth == 0;
        lineHasLink |= linkDepth > 0;
        line.append(text);
    }

    private void endLine() {
        String l = Whitespace.collapse(line);
        line.setLength(0);
        if (!l.isEmpty()) {
            boldLines.set(lines.size(), !lineHasPlainWords && !lineHasLink);
            lines.add(l);
        } else if (!lines.isEmpty()) {
            paragraphStarts.set(lines.size());
        }
        lineHasPlainWords = false;
        lineHasLink = false;
    }

    /**
     * Ends a paragraph. One that is only a short question ("Do you take walk-ins?") heads the answer below it; so
     * does one whose first line is ({@code <p><strong>Do you take walk-ins?</strong><br>Yes, ...</p>}, as the
     * classic WordPress editor writes an FAQ), the rest of it being the answer. A bold line of its own that opens
     * the block or one of its paragraphs (after two {@code <br>}s) heads the lines after it as a subheading does:
     * Weebly's and older editors' text boxes hold a page's subheadings and paragraphs so
     * ({@code <strong>Parking</strong><br>Free lot.<br><br><strong>Hours</strong><br>...}).
     */
    private void endBlock() {
        endBlock(true);
    }

    /** Ends a list, table or definition list: its lines are items and rows, never a question over its answer. */
    private void endStructuredBlock() {
        endBlock(false);
    }

    private void endBlock(boolean mayAsk) {
        endLine();
        if (lines.isEmpty()) {
            return;
        }
        BitSet headings = mayAsk ? headingLines() : new BitSet();
        int contentFrom = 0;
        for (int i = headings.nextSetBit(0); i >= 0; i = headings.nextSetBit(i + 1)) {
            addContent(contentFrom, i);
            String l = lines.get(i);
            blocks.add(new Block(headingLevel(l.endsWith("?") ? QUESTION_LEVEL : EMPHASISED_LEVEL), List.of(l), null));
            contentFrom = i + 1;
        }
        addContent(contentFrom, lines.size());
        lines.clear();
        boldLines.clear();
        paragraphStarts.clear();
    }

    private void addContent(int from, int to) {
        if (to > from) {
            blocks.add(new Block(0, List.copyOf(lines.subList(from, to)), null));
        }
    }

    /**
     * The lines of the block that head the lines after them: a short question on its first line; and the bold lines
     * that open one of its paragraphs (its first line, or after two {@code <br>}s), short and not a sentence, when
     * no later line of that paragraph is bold (bold keys down a paragraph, {@code <b>Monday</b><br>9-5<br>
     * <b>Tuesday</b>...}, are a list, not headings). The last of them heads the next block when it ends the block.
     */
    private BitSet headingLines() {
        BitSet headings = new BitSet();
        if (isShortQuestion(lines.get(0))) {
            headings.set(0);
        }
        for (int start = 0; start < lines.size();) {
            int end = paragraphStarts.nextSetBit(start + 1);
            end = end < 0 ? lines.size() : end;
            int labels = start;
            while (labels < end && boldLines.get(labels) && isLabel(lines.get(labels))) {
                labels++;
            }
            int laterBold = boldLines.nextSetBit(labels);
            if (laterBold < 0 || laterBold >= end) {
                headings.set(start, labels);
            }
            start = end;
        }
        return headings;
    }

    /**
     * Two sentences or more, eight words or more: text a builder set in a heading's type (a section's subtitle,
     * "Sedans and coupes. Add $20 for SUVs and trucks."), which heads nothing and says what a paragraph does.
     */
    private static boolean isSentences(String text) {
        return text.split("\\s+").length >= SENTENCES_MIN_WORDS && SENTENCES.matcher(text).find();
    }

    /**
     * An amount of money alone ("$34", "$1,200", "$45–$60"): a pricing card's price set in a heading's type, which
     * heads nothing; read as a heading, it took the card's label after it as its own section.
     */
    private static boolean isAmount(String text) {
        return AMOUNT.matcher(text).matches();
    }

    /** Short and not a sentence ending in "." or "!": what a subheading written as a line or a class can be. */
    private static boolean isLabel(String line) {
        return line.length() <= QUESTION_MAX_CHARS && !line.endsWith(".") && !line.endsWith("!");
    }

    /** A line of at most {@link #QUESTION_MAX_CHARS} that asks something and is no list item. */
    static boolean isShortQuestion(String line) {
        return line.length() <= QUESTION_MAX_CHARS && line.endsWith("?") && !line.startsWith("- ");
    }
}
