package io.xapp.runtime.answers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * A site served as another site builder or editor would have written it: the same pages, the same words, markup
 * the fixture sites do not use. `bench/answers.sh --variant NAME` asks the same questions of the sites served that
 * way; the figures should hold.
 */
enum MarkupVariant {

    /**
     * Two blocks that say nothing of the business in particular (a call to action, a testimonial) inside every
     * page's main content, as a template adds them, where the crawler cannot tell them from the page's own text.
     */
    TEMPLATE_BLOCKS(page -> {
        Element main = page.selectFirst(Html.MAIN);
        Element footer = page.selectFirst("body footer, body .footer, body #footer");
        if (main != null) {
            main.append(Html.TEMPLATE_BLOCKS);
        } else if (footer != null) {
            footer.before(Html.TEMPLATE_BLOCKS);
        } else {
            page.body().append(Html.TEMPLATE_BLOCKS);
        }
    }),

    /**
     * Every h2-h6 written as a paragraph in bold ({@code <p><strong>Parking</strong></p>}), as editors without
     * heading styles write subheadings; headings that hold an accordion's toggle button stay.
     */
    BOLD_HEADINGS(page -> {
        for (Element heading : subheadings(page)) {
            Element bold = new Element("strong");
            bold.appendChildren(heading.childNodesCopy());
            Element paragraph = new Element("p").appendChild(bold);
            if (heading.hasAttr("id")) {
                paragraph.id(heading.id());
            }
            heading.replaceWith(paragraph);
        }
    }),

    /**
     * Every accordion as the WAI-ARIA accordion pattern writes it: the question a button in a heading, its answer a
     * panel with the {@code hidden} attribute until the button is clicked (the button's {@code aria-controls} names
     * the panel). {@code <details>} entries are rewritten so; Bootstrap's collapsed panels get {@code hidden}.
     */
    HIDDEN_PANELS(page -> {
        int n = 0;
        for (Element details : page.select("details")) {
            Element summary = details.selectFirst("> summary");
            if (summary == null) {
                continue;
            }
            String id = details.id().isEmpty() ? "panel-" + ++n : details.id() + "-panel";
            Element button = new Element("button").attr("type", "button").attr("aria-expanded", "false")
                    .attr("aria-controls", id);
            button.appendChildren(summary.childNodesCopy());
            summary.remove();
            Element panel = new Element("div").id(id).attr("role", "region").attr("hidden", true);
            panel.appendChildren(details.childNodesCopy());
            Element entry = new Element("div").appendChild(new Element("h3").appendChild(button)).appendChild(panel);
            details.replaceWith(entry);
        }
        for (Element toggle : page.select("h1 button[aria-controls], h2 button[aria-controls], "
                + "h3 button[aria-controls], h4 button[aria-controls], h5 button[aria-controls], "
                + "h6 button[aria-controls]")) {
            Element panel = page.getElementById(toggle.attr("aria-controls"));
            if (panel != null) {
                panel.attr("hidden", true);
            }
        }
    }),

    /**
     * Every run of sibling h2 sections as a tabs widget, as page builders write them (Elementor's tabs): a tab list
     * of the h2 titles ({@code role="tab"}, {@code aria-controls}), then one {@code role="tabpanel"} per section
     * without its h2, all but the first {@code hidden}.
     */
    TABBED_SECTIONS(page -> tabs(page, TabMarkup.ARIA)),

    /**
     * The same tabs as {@link #TABBED_SECTIONS} written without ARIA, as older themes write them (jQuery UI's
     * markup before its script runs): the titles a list of links to the panels ({@code <a href="#tab-panel-1">}),
     * the panels plain {@code <div>}s a stylesheet hides.
     */
    LINK_TABS(page -> tabs(page, TabMarkup.LINKS)),

    /**
     * The same tabs as Divi writes them: the titles a list of links to nowhere ({@code <a href="#">}), the panels
     * the children of the next {@code <div>}, paired with the titles by their order alone.
     */
    POSITION_TABS(page -> tabs(page, TabMarkup.POSITIONS)),

    /**
     * A hand-made site's page: no {@code <main>}, and its header, navigation, sidebar and footer plain
     * {@code <div>}s whose class, id and role name nothing a crawler knows ("top", "links", "bottom"), so every
     * page repeats them as text beside its own.
     */
    UNMARKED_CHROME(page -> {
        for (Element chrome : page.body().select("header, nav, aside, footer, [role], [class], [id], main")) {
            String tag = chrome.normalName();
            chrome.removeAttr("role");
            if (Html.CHROME_TAGS.contains(tag)) {
                chrome.tagName("div");
            }
            if (Html.CHROME_WORDS.matcher(chrome.className() + " " + chrome.id()).find()) {
                chrome.removeAttr("class").removeAttr("id").addClass("part");
            }
        }
    }),

    /**
     * Every table as a grid of {@code <div>}s, as site builders lay out price lists and menus (Squarespace's menu
     * blocks): a row a {@code <div>}, each cell a {@code <div>} of its own; a header row's labels go in front of
     * the cells under them ("Insured $0"), since no {@code <th>} says what a column is.
     */
    DIV_TABLES(page -> {
        for (Element table : page.select("table")) {
            Element grid = new Element("div").addClass("price-grid");
            List<String> labels = List.of();
            for (Element row : table.select("tr")) {
                List<Element> cells = row.children().stream()
                        .filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
                if (cells.size() > 2 && cells.stream().allMatch(c -> c.normalName().equals("th"))) {
                    labels = cells.stream().map(Element::text).toList();
                    continue;
                }
                Element item = grid.appendElement("div").addClass("price-item");
                for (int i = 0; i < cells.size(); i++) {
                    String label = i > 0 && labels.size() == cells.size() ? labels.get(i) + " " : "";
                    item.appendElement("div").addClass("price-cell").text(label + cells.get(i).text());
                }
            }
            table.replaceWith(grid);
        }
    }),

    /**
     * Paragraphs as an old editor writes them: no {@code <p>}, the text of consecutive paragraphs in one
     * {@code <div>}, each ended by two {@code <br>}s.
     */
    BR_PARAGRAPHS(page -> {
        for (Element paragraph : page.body().select("p")) {
            Element previous = paragraph.previousElementSibling();
            Element into = previous != null && previous.hasClass("br-text") ? previous
                    : new Element("div").addClass("br-text");
            if (into != previous) {
                paragraph.before(into);
            }
            into.appendChildren(paragraph.childNodesCopy()).appendElement("br");
            into.appendElement("br");
            paragraph.remove();
        }
    }),

    /**
     * Every h2-h6 a {@code <div>} named for its look ({@code <div class="section-title">}, {@code card-title}), as
     * themes write the titles of sections and cards; headings that hold an accordion's toggle button stay.
     */
    TITLE_DIVS(page -> {
        for (Element heading : subheadings(page)) {
            String look = heading.normalName().equals("h2") ? "section-title" : "card-title";
            heading.tagName("div").addClass(look);
        }
    }),

    /**
     * Every run of subheadings and paragraphs one block of text, as Weebly's and older editors' text boxes hold
     * them: each subheading a bold line, each paragraph lines ended by two {@code <br>}s
     * ({@code <div class="paragraph"><strong>Parking</strong><br>Free lot.<br><br>...}).
     */
    TEXT_BOXES(page -> {
        for (Element e : contentRoot(page).select("h2, h3, h4, h5, h6, p")) {
            if (e.parent() == null || !isRewritable(e)) {
                continue;
            }
            Element previous = e.previousElementSibling();
            Element box = previous != null && previous.hasClass("paragraph") ? previous
                    : new Element("div").addClass("paragraph");
            if (box != previous) {
                e.before(box);
            }
            if (e.is(Html.HEADINGS)) {
                box.appendElement("strong").appendChildren(e.childNodesCopy());
                box.appendElement("br");
            } else {
                box.appendChildren(e.childNodesCopy()).appendElement("br");
                box.appendElement("br");
            }
            e.remove();
        }
    }),

    /**
     * Every table's runs of equal cells down a column merged into one cell with {@code rowspan}, as editors tidy a
     * table ("11:00 am – 9:00 pm" once for Monday to Thursday, a category once for its rows).
     */
    SPANNED_TABLES(page -> {
        for (Element table : page.select("table")) {
            List<List<Element>> rows = table.select("tr").stream().filter(r -> r.closest("table") == table)
                    .map(r -> r.children().stream().filter(c -> c.is("td")).toList()).filter(r -> !r.isEmpty())
                    .toList();
            if (rows.isEmpty() || table.selectFirst("[rowspan], [colspan]") != null
                    || rows.stream().map(List::size).distinct().count() != 1) {
                continue;
            }
            for (int col = 0; col < rows.get(0).size(); col++) {
                Element above = null;
                for (List<Element> row : rows) {
                    Element cell = row.get(col);
                    if (above != null && !cell.text().isBlank() && cell.text().equals(above.text())) {
                        above.attr("rowspan", String.valueOf(Integer.parseInt(above.attr("rowspan").isEmpty()
                                ? "1" : above.attr("rowspan")) + 1));
                        cell.remove();
                    } else {
                        above = cell;
                    }
                }
            }
        }
    }),

    /**
     * Every FAQ entry as the classic WordPress editor writes it: one paragraph, the question in bold, a line break,
     * then the first paragraph of the answer ({@code <p><strong>Q?</strong><br>A</p>}); accordions and question
     * headings alike.
     */
    INLINE_FAQ(page -> {
        for (Element question : page.select("summary, h2, h3, h4, h5, h6")) {
            String text = question.text().strip();
            Element entry = question.normalName().equals("summary") ? question.parent()
                    : question.hasClass("accordion-header") ? question.parent() : null;
            Element answer = entry != null ? entry.selectFirst("p") : question.nextElementSibling();
            if (!text.endsWith("?") || answer == null || !answer.normalName().equals("p")) {
                continue;
            }
            Element inline = new Element("p");
            inline.appendElement("strong").text(text);
            inline.appendElement("br");
            inline.appendChildren(answer.childNodesCopy());
            answer.remove();
            if (entry != null) {
                Element rest = new Element("div");
                for (Element p : entry.select("p")) {
                    rest.appendChild(p);
                }
                entry.before(inline);
                entry.replaceWith(rest);
            } else {
                question.replaceWith(inline);
            }
        }
    }),

    /**
     * The page's content as Elementor, a WordPress page builder, writes it: every heading, paragraph, list, table and
     * accordion a widget of its own ({@code <div class="elementor-element elementor-widget elementor-widget-heading">
     * <div class="elementor-widget-container">}), inside sections and columns of the builder.
     */
    PAGE_BUILDER_WIDGETS(page -> {
        Element root = contentRoot(page);
        List<Element> blocks = root.select(Html.CONTENT_BLOCKS).stream()
                .filter(b -> b.parents().stream().noneMatch(p -> p.is(Html.CONTENT_BLOCKS) || p.is(Html.CHROME)))
                .filter(b -> !b.is(Html.CHROME))
                .toList();
        int n = 0;
        for (Element block : blocks) {
            String type = block.normalName().matches("h[1-6]") ? "heading"
                    : block.normalName().equals("details") ? "accordion" : "text-editor";
            if (type.equals("heading")) {
                block.addClass("elementor-heading-title").addClass("elementor-size-default");
            }
            Element container = new Element("div").addClass("elementor-widget-container");
            Element widget = new Element("div").attr("data-widget_type", type + ".default")
                    .attr("class", "elementor-element elementor-element-" + Integer.toHexString(0x1a2b00 + ++n)
                            + " elementor-widget elementor-widget-" + type)
                    .appendChild(container);
            block.before(widget);
            container.appendChild(block);
        }
        Element builder = new Element("div").addClass("elementor").addClass("elementor-7")
                .attr("data-elementor-type", "wp-page");
        builder.appendChildren(root.childNodesCopy());
        root.empty().appendChild(builder);
    }),

    /**
     * A page laid out in a table, as sites made before CSS layout still are: one table holds the whole page, the
     * navigation in its left cell, everything else (with no {@code <main>}) in its right cell.
     */
    LAYOUT_TABLE(page -> {
        Element body = page.body();
        for (Element main : body.select("main, [role=main]")) {
            main.unwrap();
        }
        Element row = new Element("tr");
        Element left = row.appendElement("td").attr("width", "180").attr("valign", "top");
        Element right = row.appendElement("td").attr("valign", "top");
        for (Element nav : body.select("nav")) {
            left.appendChild(nav);
        }
        right.appendChildren(body.childNodesCopy());
        body.empty().appendElement("table").attr("width", "100%").attr("border", "0").attr("cellpadding", "8")
                .appendElement("tbody").appendChild(row);
    }),

    /**
     * Every FAQ entry (an accordion's, or a question heading's with what follows it) as Squarespace's accordion block
     * writes it: an item of a list, its question a button in a heading, its answer a region beside it
     * ({@code <ul class="accordion-items-container"><li class="accordion-item"><h4><button>Q?</button></h4>
     * <div class="accordion-item__dropdown" role="region"><p>A</p></div></li>}).
     */
    LIST_ACCORDION(page -> forEachFaqEntry(page, faq -> {
        Element item = new Element("li").addClass("accordion-item");
        item.appendElement("h4").addClass("accordion-item__title-wrapper").attr("role", "heading")
                .attr("aria-level", "3").appendElement("button").addClass("accordion-item__click-target")
                .attr("aria-expanded", "false").appendElement("span").addClass("accordion-item__title")
                .text(faq.question());
        item.appendElement("div").addClass("accordion-item__dropdown").attr("role", "region")
                .appendElement("div").addClass("accordion-item__description").appendChildren(faq.answer());
        Element previous = faq.entry().previousElementSibling();
        if (previous != null && previous.hasClass("accordion-items-container")) {
            faq.entry().remove();
            previous.appendChild(item);
        } else {
            faq.entry().replaceWith(new Element("ul").addClass("accordion-items-container").appendChild(item));
        }
    })),

    /**
     * Every FAQ entry as a Webflow dropdown: the question a {@code <div>} in the toggle, the answer in the dropdown's
     * list, which Webflow writes as a {@code <nav>}
     * ({@code <div class="w-dropdown"><div class="w-dropdown-toggle"><div>Q?</div></div>
     * <nav class="w-dropdown-list"><p>A</p></nav></div>}).
     */
    DROPDOWN_FAQ(page -> forEachFaqEntry(page, faq -> {
        Element dropdown = new Element("div").addClass("faq-dropdown w-dropdown").attr("data-hover", "false");
        Element toggle = dropdown.appendElement("div").addClass("faq-toggle w-dropdown-toggle");
        toggle.appendElement("div").addClass("w-icon-dropdown-toggle");
        toggle.appendElement("div").addClass("faq-question").text(faq.question());
        dropdown.appendElement("nav").addClass("faq-answer w-dropdown-list").appendChildren(faq.answer());
        faq.entry().replaceWith(dropdown);
    })),

    /**
     * Every FAQ entry as a Next.js page with Headless UI renders it closed: the disclosure's button alone in the
     * HTML, the answers only in the page's {@code __NEXT_DATA__} JSON, as {@code {"question", "answer"}} objects.
     */
    NEXT_DATA_FAQ(page -> {
        ArrayNode faqs = faqsAsData(page, faq -> {
            Element disclosure = new Element("div").attr("data-headlessui-state", "");
            disclosure.appendElement("button").attr("type", "button").attr("aria-expanded", "false")
                    .appendElement("span").text(faq.question());
            return disclosure;
        });
        if (!faqs.isEmpty()) {
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            data.putObject("props").putObject("pageProps").set("faqs", faqs);
            page.body().appendElement("script").id("__NEXT_DATA__").attr("type", "application/json")
                    .appendChild(new DataNode(data.toString()));
        }
    }),

    /**
     * The same as the Next.js app router and Radix (shadcn's accordion) render it: each entry's button in a heading
     * and its panel's element empty and {@code hidden}; the answers only in the page's flight rows, the props of the
     * accordion's client component, pushed in two chunks ({@code self.__next_f.push([1, "..."])}).
     */
    FLIGHT_DATA_FAQ(page -> {
        int[] n = {0};
        ArrayNode faqs = faqsAsData(page, faq -> {
            String panel = "radix-:r" + n[0]++ + ":";
            Element entry = new Element("div").attr("data-state", "closed");
            entry.appendElement("h3").appendElement("button").attr("type", "button").attr("aria-expanded", "false")
                    .attr("aria-controls", panel).attr("data-state", "closed").text(faq.question());
            entry.appendElement("div").id(panel).attr("role", "region").attr("data-state", "closed")
                    .attr("hidden", true);
            return entry;
        });
        if (!faqs.isEmpty()) {
            ArrayNode row = JsonNodeFactory.instance.arrayNode().add("$").add("$L5").addNull();
            row.addObject().set("items", faqs);
            String rows = "5:I[\"4212\",[],\"Accordion\"]\n7:" + row + "\n";
            int half = rows.length() / 2;
            for (String chunk : List.of(rows.substring(0, half), rows.substring(half))) {
                String pushed = JsonNodeFactory.instance.arrayNode().add(1).add(chunk).toString();
                page.body().appendElement("script").appendChild(new DataNode("self.__next_f.push(" + pushed + ")"));
            }
        }
    }),

    /**
     * Every section's h2 and the paragraph after it in a {@code <div class="section-header">}, as theme templates
     * head their sections (a title and a line of introduction above the section's cards).
     */
    SECTION_HEADERS(page -> headSections(page, () -> new Element("div").addClass("section-header"))),

    /**
     * The same in a {@code <header>} element, as HTML5's outline has sections head themselves
     * ({@code <header><h2>Pricing</h2><p>Plans from $29</p></header>}).
     */
    SECTION_HEADER_ELEMENTS(page -> headSections(page, () -> new Element("header"))),

    /**
     * The site's name the one h1, in the header of every page, as older themes write it
     * ({@code <h1 class="site-title"><a href="/">Brightside Family Dental</a></h1>}); each page's own title an h2.
     */
    SITE_TITLE_H1(page -> {
        String name = siteNameOf(page);
        for (Element h1 : page.select("h1")) {
            h1.tagName("h2");
        }
        Element header = page.selectFirst("body header, [role=banner]");
        Element siteTitle = new Element("h1").addClass("site-title");
        siteTitle.appendElement("a").attr("href", "/").text(name);
        if (header != null) {
            header.prependChild(siteTitle);
        } else {
            page.body().prependChild(siteTitle);
        }
    }),

    /** Every section heading an h1, as the HTML5 outline wrote sections and some builders still do. */
    H1_SECTIONS(page -> page.select("h2").forEach(h2 -> h2.tagName("h1"))),

    /**
     * Every h2 section's text after its first paragraph behind a "Read more" button, in a Bootstrap modal at the
     * end of the page ({@code data-bs-toggle="modal"}, {@code aria-hidden="true"}), as themes show team bios and
     * service details.
     */
    READ_MORE_MODALS(page -> {
        int n = 0;
        for (Element heading : sectionHeadings(page)) {
            List<Element> section = sectionAfter(heading);
            if (section.size() < 2 || !section.get(0).normalName().equals("p")) {
                continue;
            }
            String id = "more-" + ++n;
            Element body = new Element("div").addClass("modal-body");
            section.subList(1, section.size()).forEach(body::appendChild);
            Element content = new Element("div").addClass("modal-content");
            content.appendElement("div").addClass("modal-header").appendElement("h5").addClass("modal-title")
                    .id(id + "-label").text(heading.text());
            content.appendChild(body);
            page.body().appendElement("div").addClass("modal fade").id(id).attr("tabindex", "-1")
                    .attr("aria-labelledby", id + "-label").attr("aria-hidden", "true")
                    .appendElement("div").addClass("modal-dialog").appendChild(content);
            section.get(0).after(new Element("button").attr("type", "button").addClass("btn btn-link")
                    .attr("data-bs-toggle", "modal").attr("data-bs-target", "#" + id).text("Read more"));
        }
    }),

    /**
     * Every second h2 section of a page a card in an {@code <aside>} beside the text, at the end of the element
     * holding the sections, as two-column themes set out hours, prices and policies
     * ({@code <aside class="col-lg-4"><div class="card">}).
     */
    SIDEBAR_CARDS(page -> {
        List<Element> headings = sectionHeadings(page);
        if (headings.size() < 2) {
            return;
        }
        Map<Element, List<Element>> cards = new LinkedHashMap<>();
        for (int i = 1; i < headings.size(); i += 2) {
            cards.put(headings.get(i), sectionAfter(headings.get(i)));
        }
        Element aside = new Element("aside").addClass("col-lg-4");
        headings.get(1).parent().appendChild(aside);
        cards.forEach((heading, section) -> {
            Element body = new Element("div").addClass("card-body").appendChild(heading.addClass("h5"));
            section.forEach(body::appendChild);
            aside.appendElement("div").addClass("card mb-4").appendChild(body);
        });
    }),

    /**
     * The last paragraph of every h2 section of two paragraphs or more a Bootstrap alert, as its documentation
     * writes one ({@code <div class="alert alert-info" role="alert">}): the note a section ends on ("Good to know:
     * ...").
     */
    ALERT_NOTES(page -> {
        for (Element heading : sectionHeadings(page)) {
            List<Element> paragraphs = sectionAfter(heading).stream().filter(e -> e.normalName().equals("p"))
                    .toList();
            if (paragraphs.size() >= 2) {
                paragraphs.get(paragraphs.size() - 1).tagName("div").addClass("alert alert-info")
                        .attr("role", "alert");
            }
        }
    }),

    /**
     * Every h2-h6 a {@code <div role="heading" aria-level="N">}, as builders that style every text box alike mark
     * their headings for screen readers only; headings that hold an accordion's toggle button stay.
     */
    ARIA_HEADINGS(page -> {
        for (Element heading : subheadings(page)) {
            if (isRewritable(heading)) {
                heading.attr("role", "heading").attr("aria-level", heading.normalName().substring(1))
                        .tagName("div");
            }
        }
    }),

    /**
     * Every table of two columns a definition list, each row's first cell a {@code <dt>} and its second a
     * {@code <dd>}, as hours and price lists are often written ({@code <dt>Monday</dt><dd>8 am - 5 pm</dd>}); a
     * header row is dropped.
     */
    DEFINITION_LISTS(page -> {
        for (Element table : page.select("table")) {
            List<Element> rows = table.select("tr").stream().filter(r -> r.select("> td, > th").size() == 2
                    && r.selectFirst("> td") != null).toList();
            if (rows.isEmpty() || !isRewritable(table)
                    || table.select("tr").stream().anyMatch(r -> r.select("> td").size() > 2)) {
                continue;
            }
            Element list = new Element("dl");
            for (Element row : rows) {
                Elements cells = row.select("> td, > th");
                list.appendChild(new Element("dt").appendChildren(cells.get(0).childNodesCopy()));
                list.appendChild(new Element("dd").appendChildren(cells.get(1).childNodesCopy()));
            }
            table.replaceWith(list);
        }
    }),

    /**
     * Every block of the content written twice, one copy for wide screens and one for phones, each hidden on the
     * other by the page builder's classes ({@code elementor-hidden-mobile}, {@code elementor-hidden-desktop}), as
     * designers lay out a page again for phones: a visitor sees each once, the HTML holds it twice.
     */
    RESPONSIVE_COPIES(page -> {
        for (Element block : new ArrayList<>(contentRoot(page).children())) {
            if (!isRewritable(block) || block.selectFirst("h1") != null) {
                continue;
            }
            Element phones = block.clone().addClass("elementor-hidden-desktop").addClass("elementor-hidden-tablet");
            phones.select("[id]").removeAttr("id");
            block.addClass("elementor-hidden-mobile").after(phones);
        }
    }),

    /**
     * Every page's h1 out of its {@code <main>}, in a title bar before it, as many themes set the page's title
     * (Avada's page title bar, a Bootstrap banner): {@code <div class="page-title-bar"><h1>...</h1></div><main>}.
     */
    TITLE_BAR(page -> titleBeforeMain(page, new Element("div").addClass("page-title-bar"), false)),

    /**
     * Every page's h1 and the paragraph after it out of its {@code <main>}, in a hero {@code <header>} before it, as
     * landing-page themes open a page: {@code <header class="page-hero"><h1>...</h1><p>...</p></header><main>}.
     */
    HERO_HEADER(page -> titleBeforeMain(page, new Element("header").addClass("page-hero"), true)),

    /**
     * Every page's {@code <main>} holding its h1 and the paragraph after it alone, the rest of the content in a
     * {@code <div>} after it, as hand-edited themes close {@code <main>} too early.
     */
    SHORT_MAIN(page -> {
        Element shortMain = new Element("main");
        Element main = moveTitle(page, shortMain, shortMain, true);
        if (main != null) {
            main.tagName("div").removeAttr("role").addClass("content-sections");
        }
    }),

    /** Every page titled with the site's name alone, as builders leave new pages ("Brightside Family Dental"). */
    SITE_NAME_TITLES(page -> page.title(siteNameOf(page)));

    /** An FAQ entry: the element holding it, its question, and its answer (a copy, or taken out of the page). */
    private record FaqEntry(Element entry, String question, List<Node> answer) {
    }

    /**
     * Each FAQ entry of the page in order (a {@code <details>}, a Bootstrap accordion item, a heading that asks a
     * question), handed to {@code rewrite} one at a time: a question heading's answer, the elements after it up to
     * the next heading, is taken out of the page when its turn comes.
     */
    private static void forEachFaqEntry(Document page, Consumer<FaqEntry> rewrite) {
        List<Element> entries = page.select("details, .accordion-item, h2, h3, h4, h5, h6").stream()
                .filter(e -> !e.normalName().matches("h[2-6]")
                        || e.text().strip().endsWith("?") && e.closest("details, .accordion-item") == null)
                .toList();
        for (Element entry : entries) {
            Element question;
            List<Node> answer;
            if (entry.normalName().equals("details")) {
                question = entry.selectFirst("> summary");
                answer = entry.childNodesCopy().stream().filter(n -> !n.nodeName().equals("summary")).toList();
            } else if (entry.hasClass("accordion-item")) {
                question = entry.selectFirst(".accordion-header");
                Element body = entry.selectFirst(".accordion-body, .accordion-collapse");
                answer = body == null ? List.of() : body.childNodesCopy();
            } else {
                question = entry;
                answer = new ArrayList<>();
                for (Element next = entry.nextElementSibling(); next != null && !next.is(Html.HEADINGS);) {
                    Element following = next.nextElementSibling();
                    answer.add(next.clone());
                    next.remove();
                    next = following;
                }
            }
            if (question != null) {
                rewrite.accept(new FaqEntry(entry, question.text(), answer));
            }
        }
    }

    /**
     * Each FAQ entry replaced by what {@code closed} renders of it, the entries as the page's data holds them:
     * {@code [{"question": ..., "answer": the answer's text}]}.
     */
    private static ArrayNode faqsAsData(Document page, Function<FaqEntry, Element> closed) {
        ArrayNode faqs = JsonNodeFactory.instance.arrayNode();
        forEachFaqEntry(page, faq -> {
            faq.entry().replaceWith(closed.apply(faq));
            String answer = faq.answer().stream().map(n -> n instanceof Element e ? e.text()
                    : n instanceof TextNode t ? t.text() : "").filter(t -> !t.isBlank())
                    .collect(Collectors.joining(" "));
            faqs.addObject().put("question", faq.question()).put("answer", answer);
        });
        return faqs;
    }

    /** The site's name: its {@code og:site_name}, else what its title has after the last " | ". */
    private static String siteNameOf(Document page) {
        Element siteName = page.selectFirst("meta[property=og:site_name]");
        String title = page.title();
        int cut = title.lastIndexOf(" | ");
        return siteName != null ? siteName.attr("content") : cut < 0 ? title : title.substring(cut + 3);
    }

    /** The h1 of {@code <main>}, with its lead paragraph when {@code withLead}, in a container of {@code bar}. */
    private static void titleBeforeMain(Document page, Element bar, boolean withLead) {
        moveTitle(page, bar, bar.appendElement("div").addClass("container"), withLead);
    }

    /**
     * Moves the h1 of {@code <main>}, with its lead paragraph when {@code withLead}, into {@code into}, inside
     * {@code holder} placed before {@code <main>}. The {@code <main>}, or null when it has no h1.
     */
    private static Element moveTitle(Document page, Element holder, Element into, boolean withLead) {
        Element main = page.selectFirst(Html.MAIN);
        Element title = main == null ? null : main.selectFirst("h1");
        if (title == null) {
            return null;
        }
        main.before(holder);
        appendWithLead(into, title, withLead);
        return main;
    }

    /** Puts each section's h2, and the paragraph after it, in a header {@code newHeader} makes. */
    private static void headSections(Document page, Supplier<Element> newHeader) {
        for (Element heading : sectionHeadings(page)) {
            Element header = newHeader.get();
            heading.before(header);
            appendWithLead(header, heading, true);
        }
    }

    /** Moves {@code heading} into {@code into}, and the paragraph after it when {@code withLead}. */
    private static void appendWithLead(Element into, Element heading, boolean withLead) {
        Element lead = heading.nextElementSibling();
        into.appendChild(heading);
        if (withLead && lead != null && lead.normalName().equals("p")) {
            into.appendChild(lead);
        }
    }

    /** The h2s of the page's own content, the headings of the sections variants rewrite. */
    private static List<Element> sectionHeadings(Document page) {
        return contentRoot(page).select("h2").stream().filter(MarkupVariant::isRewritable).toList();
    }

    /** The elements after a section's heading up to the next h1 or h2, as they stand now. */
    private static List<Element> sectionAfter(Element heading) {
        List<Element> section = new ArrayList<>();
        for (Element next = heading.nextElementSibling(); next != null && !next.is(Html.HEADINGS_H1_H2);
                next = next.nextElementSibling()) {
            section.add(next);
        }
        return section;
    }

    /** Every h2-h6 of the page but those holding an accordion's toggle button. */
    private static List<Element> subheadings(Document page) {
        return page.select("h2, h3, h4, h5, h6").stream().filter(h -> h.selectFirst("button") == null).toList();
    }

    /** Whether a variant rewrites {@code e}: it is the page's own content, not chrome or an accordion's toggle. */
    private static boolean isRewritable(Element e) {
        return e.closest(Html.CHROME) == null && e.selectFirst("button") == null;
    }

    /** The element a site's own content sits in: its {@code <main>}, else the body. */
    private static Element contentRoot(Document page) {
        Element main = page.selectFirst(Html.MAIN);
        return main != null ? main : page.body();
    }

    /** How a tabs widget ties its titles to its panels. */
    private enum TabMarkup {
        /** {@code role="tab"} naming its {@code role="tabpanel"}, all panels but the first {@code hidden}. */
        ARIA,
        /** A list of links to the panels' ids. */
        LINKS,
        /** A list of links to nowhere, the panels the next element's children in the same order. */
        POSITIONS
    }

    /** Every run of sibling h2 sections as a tabs widget written as {@code markup}. */
    private static void tabs(Document page, TabMarkup markup) {
        int n = 0;
        for (Element container : page.body().select("*")) {
            // Sections of their own (<section><h2>...), else runs of siblings from one h2 to the next, wrapped so.
            List<Element> sections = container.children().stream().filter(c -> titleOf(c) != null).toList();
            List<Element> titles = container.children().stream().filter(MarkupVariant::isTabTitle).toList();
            if (sections.size() < 2 && titles.size() >= 2) {
                sections = titles.stream().map(MarkupVariant::wrapUntilNextTitle).toList();
            }
            if (sections.size() < 2) {
                continue;
            }
            Element tabs = markup == TabMarkup.ARIA ? new Element("div").attr("role", "tablist") : new Element("ul").addClass("tabs");
            sections.get(0).before(tabs);
            Element allPanels = new Element("div").addClass("et_pb_all_tabs");
            if (markup == TabMarkup.POSITIONS) {
                tabs.addClass("et_pb_tabs_controls").after(allPanels);
            }
            for (Element panel : sections) {
                String id = "tab-panel-" + ++n;
                Element title = titleOf(panel);
                if (markup == TabMarkup.POSITIONS) {
                    tabs.appendElement("li").appendElement("a").attr("href", "#")
                            .appendChildren(title.childNodesCopy());
                    allPanels.appendChild(panel.addClass("et_pb_tab"));
                } else if (markup == TabMarkup.ARIA) {
                    tabs.appendChild(new Element("div").attr("role", "tab").attr("aria-controls", id)
                            .appendChildren(title.childNodesCopy()));
                    panel.id(id).attr("role", "tabpanel");
                    if (panel != sections.get(0)) {
                        panel.attr("hidden", true);
                    }
                } else {
                    tabs.appendElement("li").appendElement("a").attr("href", "#" + id)
                            .appendChildren(title.childNodesCopy());
                    panel.id(id).addClass("tab-pane");
                }
                title.remove();
            }
        }
    }

    private static boolean isTabTitle(Element e) {
        return e.normalName().equals("h2") && e.selectFirst("button") == null;
    }

    /** A {@code <div>} in place of {@code title}, holding it and its siblings up to the next title. */
    private static Element wrapUntilNextTitle(Element title) {
        Element section = new Element("div");
        title.before(section);
        for (Element next = title; next != null && (next == title || !isTabTitle(next));) {
            Element following = next.nextElementSibling();
            section.appendChild(next);
            next = following;
        }
        return section;
    }

    /** The h2 a section element starts with, or null. */
    private static Element titleOf(Element e) {
        Element first = e.firstElementChild();
        return (e.normalName().equals("section") || e.normalName().equals("div")) && first != null
                && isTabTitle(first) ? first : null;
    }

    private final Consumer<Document> rewrite;

    MarkupVariant(Consumer<Document> rewrite) {
        this.rewrite = rewrite;
    }

    /**
     * The system property naming the variant the benchmarks serve the sites as, or several joined by "+" applied in
     * that order; unset for the sites as they are.
     */
    static final String PROPERTY = "xapp.answers.variant";

    /** {@code sets} as the variant {@link #PROPERTY} names, if it names one. */
    static List<QaSet> asConfigured(List<QaSet> sets, Path workDir) {
        String names = System.getProperty(PROPERTY, "");
        List<QaSet> served = sets;
        // "unmarked-chrome+bold-headings": real sites combine their builder's habits, so variants chain.
        for (String name : names.isBlank() ? new String[0] : names.split("\\+")) {
            served = named(name.strip()).appliedTo(served, workDir);
        }
        return served;
    }

    /** The variant named on the command line ("template-blocks", "tabbed-sections"). */
    static MarkupVariant named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no markup variant " + name + "; known: "
                    + Stream.of(values()).map(MarkupVariant::label).toList(), e);
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code set} with its site copied under {@code workDir}, every page rewritten. */
    QaSet appliedTo(QaSet set, Path workDir) {
        Path www = workDir.resolve(set.site() + "+" + label()).resolve("www");
        try (Stream<Path> files = Files.walk(set.www())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = www.resolve(set.www().relativize(file).toString());
                Files.createDirectories(copy.getParent());
                if (file.getFileName().toString().endsWith(".html")) {
                    Files.writeString(copy, rewritten(Files.readString(file, StandardCharsets.UTF_8)),
                            StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + set.www() + " as " + label() + " into " + www, e);
        }
        return new QaSet(set.site() + "+" + label(), www, set.questions());
    }

    List<QaSet> appliedTo(List<QaSet> sets, Path workDir) {
        return sets.stream().map(set -> appliedTo(set, workDir)).toList();
    }

    String rewritten(String html) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        rewrite.accept(page);
        return page.outerHtml();
    }

    private static final class Html {
        /** Elements a crawler reads as page chrome by their tag. */
        static final Set<String> CHROME_TAGS = Set.of("main", "header", "nav", "aside", "footer");
        /** Class and id words a crawler may read as page chrome or boilerplate. */
        static final Pattern CHROME_WORDS = Pattern.compile(
                "(?i)head|foot|nav|menu|side|bar|widget|cookie|consent|banner|social|share|brand|logo|skip|crumb|main");

        static final Evaluator HEADINGS = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
        static final Evaluator HEADINGS_H1_H2 = Selector.evaluatorOf("h1, h2");
        static final Evaluator MAIN = Selector.evaluatorOf("main, [role=main]");
        /** What a page builder makes a widget of. */
        static final Evaluator CONTENT_BLOCKS = Selector.evaluatorOf(
                "h1, h2, h3, h4, h5, h6, p, ul, ol, dl, table, details, blockquote, figure");
        /** The page's chrome, which a page builder's content does not hold. */
        static final Evaluator CHROME = Selector.evaluatorOf(
                "header, footer, nav, aside, form, [role=banner], [role=contentinfo], [role=navigation]");

        static final String TEMPLATE_BLOCKS = """
                <section class="cta-band"><h2>Ready when you are</h2><p>Book a visit online or give us a call, \
                and our friendly team will take care of the rest. We look forward to meeting you!</p></section>
                <section class="testimonials"><h2>What our customers say</h2><blockquote><p>"Friendly, \
                professional and always on time. They explained everything and the price was exactly what they \
                quoted. Highly recommend!"</p><p>Sam K.</p></blockquote></section>
                """;
    }
}
