package io.xapp.crawler.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;
import org.jsoup.select.Elements;

/**
 * Finds a page's main content and strips what repeats on every page or is not content: navigation, site header and
 * footer, sidebars, cookie banners, newsletter boxes, forms and scripts. Works on the document in place.
 */
public final class MainContent {

    private static final Evaluator HEADER_FOOTER = Selector.evaluatorOf("header, footer");
    /**
     * The name Framer gives each layer, the designer's or its default ("Navigation", "Footer"): its only name for
     * the site's menu and footer, which are {@code <div>}s with generated classes unless the designer picks a tag.
     * Read as a class or id is.
     */
    private static final String LAYER_NAME = "data-framer-name";
    /**
     * The site's footer: marked so, or named so by hand-made and older themes ({@code <div id="footer">}) and by
     * builders that prefix or number their names ({@code siteFooter}, Duda's {@code dmFooter}, Mobirise's
     * {@code <section class="footer3">}), or by a BEM modifier, a block whose role is the footer (Hostinger's
     * {@code <section class="block block--footer">}, inside {@code <main>}); not a component's own footer
     * ({@code entry-footer}, {@code card-footer}).
     */
    private static final Evaluator SITE_FOOTER = Selector.evaluatorOf("footer, [role=contentinfo], "
            + "[id~=(?i)^(site-?|page-?|[a-z]*)footer\\d*$], "
            + "[class~=(?i)(^|\\s)(site-?|page-?|[a-z]*|[a-z]+--)footer\\d*(\\s|$)], "
            + "[" + LAYER_NAME + "~=(?i)^footer$]");
    /**
     * The site's header: marked so, or named so by themes, with the top bar many put above it (phone, opening hours).
     * Not {@code page-header}: Bootstrap themes head a page's own title with it.
     */
    private static final Evaluator SITE_HEADER = Selector.evaluatorOf("header, [role=banner], "
            + "[id~=(?i)^((site-?)?header|masthead|top-?bar)$], "
            + "[class~=(?i)(^|\\s)(site-?header|masthead|top-?bar)(\\s|$)], "
            + "[" + LAYER_NAME + "~=(?i)^(header|nav|navbar|navigation)$]");
    /**
     * Marks the facts of the site's header and footer added at the end of the content, each a section of its own
     * whose headings {@link TextBlocks} levels.
     */
    static final String SITE_FACTS_MARK = "data-xapp-site-facts";
    private static final Pattern CONTACT_LINK = Pattern.compile("(?i)\\s*(tel|mailto|sms):");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)\\s*(©|\\(c\\)|copyright\\b)");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Evaluator FORM = Selector.evaluatorOf("form");
    private static final Evaluator HAS_CLASS_OR_ID = Selector.evaluatorOf("[class], [id], [" + LAYER_NAME + "]");
    private static final Evaluator QUOTED = Selector.evaluatorOf("article, blockquote, figure");
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final Evaluator MAIN_HEADING = Selector.evaluatorOf("h1, main, article, [role=main]");
    private static final Pattern HOME_PATH = Pattern.compile("/?(index\\.(html?|php))?");
    private static final Evaluator MAIN = Selector.evaluatorOf("main, [role=main]");
    private static final Evaluator CELLS = Selector.evaluatorOf("td, th");
    /** See {@link #navigationColumns}: fewer links are a cell's own ("see our prices"). */
    private static final int MENU_LINKS = 3;
    /** The site's sidebar: marked so, or named so by themes ({@code container-sidebar-right}, {@code widget-area}). */
    private static final Evaluator SITE_SIDEBAR = Selector.evaluatorOf("aside, [role=complementary], "
            + "[class~=(?i)(^|[\\s_-])(sidebar|widget-area)([\\s_-]|$)], "
            + "[id~=(?i)(^|[_-])(sidebar|secondary)([_-]|$)]");
    /** The page's chrome by its tags and roles, for {@link #holdsTheContent}. */
    private static final Evaluator CHROME = Selector.evaluatorOf("header, footer, nav, aside, "
            + "[role~=^(banner|navigation|contentinfo|complementary)$]");
    /** A third: a {@code <main>} with less of the page's text is not where the content is. */
    private static final double MAIN_MIN_SHARE = 1.0 / 3;
    private static final Evaluator ARTICLE = Selector.evaluatorOf("article");
    private static final Evaluator ASIDE = Selector.evaluatorOf("aside, [role=complementary]");
    private static final Evaluator NAV = Selector.evaluatorOf("nav, [role=navigation]");
    private static final Evaluator LIST_ITEMS = Selector.evaluatorOf("li");
    private static final Evaluator LINKS = Selector.evaluatorOf("a");
    static final Evaluator HEADING = Selector.evaluatorOf("h1, h2, h3, h4, h5, h6");
    private static final Evaluator SECTION_HEADING = Selector.evaluatorOf("h2, h3, h4, h5, h6");


    /**
     * Buttons that carry content: the toggle of an accordion entry (Bootstrap's {@code <h2><button>}, ARIA
     * disclosure buttons) is the entry's question, and so is a button that asks something ({@link #asks}: Kadence
     * Blocks writes its question in a bare {@code <button>} whose ARIA attributes its script adds): no call to
     * action ends in a question mark. Their text stays; other buttons ("Book now") go.
     */
    private static final Evaluator CONTENT_BUTTONS = Selector.evaluatorOf("h1 button, h2 button, h3 button, "
            + "h4 button, h5 button, h6 button, summary button, button[aria-controls], button[aria-expanded]");
    /** Phone and text links: a number shown on a "Call (608) 555-0142" button is a fact, not a button. */
    private static final Evaluator PHONE_LINKS = Selector.evaluatorOf("a[href~=(?i)^\\s*(tel|sms):]");
    /**
     * Links drawn as buttons ("Book now"), by the class every builder gives them: {@code btn}, {@code button},
     * Elementor's {@code elementor-button}, Divi's {@code et_pb_button}, Wix's {@code wixui-button}.
     */
    private static final String BUTTON_LINKS = "a[class~=(?i)(^|[\\s_-])(btn|button)([\\s_-]|$)]";
    /**
     * What a page shows struck out or marks as not included: an old price ({@code <s>$50</s> $40}), a pricing
     * table's crossed-out feature (Divi's {@code et_pb_not_available}). Read as text, it says the opposite.
     */
    private static final String STRUCK_OUT = "del, s, strike, li[class~=(?i)(^|[\\s_-])(not[_-]?available|unavailable|"
            + "not[_-]?included|excluded)([\\s_-]|$)]";
    /**
     * Elements that are never content. Not {@code role="alert"}: Bootstrap writes every note in a page's text so
     * ({@code <div class="alert alert-info" role="alert">}).
     */
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, video, audio, map, dialog, button, a[role=button], " + BUTTON_LINKS + ", input, select, "
            + "textarea, option, nav, aside, [role~=^(navigation|banner|contentinfo|complementary|search|dialog|"
            + "alertdialog)$], .visually-hidden, .sr-only, .screen-reader-text, .element-invisible, .assistive-text, "
            + STRUCK_OUT;
    private static final Evaluator NEVER_CONTENT_SELECTOR = Selector.evaluatorOf(NEVER_CONTENT);
    private static final Evaluator ASIDES = Selector.evaluatorOf("aside, [role=complementary]");
    /** Elements not shown: content only when a visitor can open them ({@link #isDisclosedPanel}). */
    private static final Evaluator HIDDEN = Selector.evaluatorOf("[hidden], [aria-hidden=true]");
    private static final Evaluator CONTROLS = Selector.evaluatorOf("[aria-controls]");
    private static final Evaluator TAB_PANELS = Selector.evaluatorOf("[role=tabpanel]");
    private static final Evaluator TABS = Selector.evaluatorOf("[role=tab]");
    private static final Evaluator FRAGMENT_LINKS = Selector.evaluatorOf("a[href~=^#.]");
    private static final Evaluator LISTS = Selector.evaluatorOf("ul, ol");
    /** Dialogs: hidden until a button opens them, often placed at the end of the page. */
    private static final Evaluator DIALOG = Selector.evaluatorOf("dialog, [role=dialog], [role=alertdialog], "
            + "[class~=(?i)(^|[\\s_-])(modal|popup|lightbox)([\\s_-]|$)]");
    /** What may open a dialog. */
    private static final Evaluator OPENERS = Selector.evaluatorOf("[data-bs-target], [data-target], "
            + "[data-src^=#], a[href^=#], [aria-controls]");
    /** The block a dialog's text is read after: its button's paragraph or heading, else the button itself. */
    private static final Evaluator BLOCK_OF_A_BUTTON = Selector.evaluatorOf("p, h1, h2, h3, h4, h5, h6");
    /**
     * Class or id words that mark boilerplate blocks, but not when negated (Weebly's {@code wsite-not-footer}); an
     * article's byline and details (Joomla's {@code article-info}: author, category, hits) too.
     */
    private static final Pattern BOILERPLATE = Pattern.compile("(^|[\\s_-])(?<!(?:not|no|non)[\\s_-])("
            + "cookies?|consent|gdpr|newsletter|subscribe|subscription|signup|sidebar|widgets?|breadcrumbs?|share|"
            + "sharing|social|skip-link|announcement|popup|modal|overlay|advert|ads|related-posts|comments?|pagination|"
            + "pager|header|footer\\d*|masthead|topbar|nav|navbar|navigation|offcanvas|article-info|entry-meta|"
            + "post-meta|byline)([\\s_-]|$)", Pattern.CASE_INSENSITIVE);
    /**
     * A name the builder made for one element of a kind: a word and a long number (HubSpot names each module instance
     * {@code widget_1678901267605}, and its accordion's panels {@code widget_1678901267605-acc-0}). The word names the
     * kind of module, not what the block is for, so it is no boilerplate name.
     */
    private static final Pattern MADE_FOR_ONE_ELEMENT = Pattern.compile("\\d{6,}");
    /**
     * A module's instance named by a hex id rather than a number (Duda's custom widgets: {@code widget-7c19aa}, a
     * table of prices). Only after "widget", the word for a module: a theme's {@code nav-d72e5e} is its menu.
     */
    private static final Pattern WIDGET_INSTANCE = Pattern.compile(
            "(?i)widgets?[_-](?=[a-f]*\\d[a-f]*\\d)[0-9a-f]{6,}(?![0-9a-z])");
    /** Boilerplate words that name a block of links: social profiles, share buttons. */
    private static final Pattern LINK_BLOCK_WORDS = Pattern.compile("(?i)social|share|sharing");
    /** What follows "widget" in a sidebar's name ({@code widget-area}, {@code widgets_area}). */
    private static final Pattern WIDGET_AREA = Pattern.compile("(?i)[_-]areas?\\b");
    /**
     * A setting of how a block's own headers or tab titles look ({@code kt-pane-header-alignment-left} on Kadence's
     * accordion, {@code nav-not-justified} on Avada's tabs): the block holds them, it is neither a header nor a menu.
     */
    private static final Pattern OWN_PARTS_SETTING = Pattern.compile("(?i)(header|nav)[_-](not[_-])?(align|alignment|"
            + "justified|style|size|position|icon)");

    private MainContent() {
    }

    /** The element holding the main content, cleaned of boilerplate. */
    public static Element extract(Document doc) {
        List<Element> menuColumns = navigationColumns(doc);
        List<Element> siteFacts = siteFacts(doc, menuColumns);
        Element root = chooseRoot(doc);
        Element titleBlock = titleBlockBefore(doc, root);
        if (titleBlock != null) {
            root.prependChild(titleBlock.clone());
        }
        openDialogsWhereTheirButtonsAre(doc, root);
        Elements hidden = root.select(HIDDEN);
        if (!hidden.isEmpty()) {
            Set<String> controlled = doc.select(CONTROLS).stream().flatMap(e -> controlledIds(e).stream())
                    .collect(Collectors.toSet());
            hidden.stream().filter(e -> e != root && !isDisclosedPanel(e, controlled) && !bodyOfAPanel(e, controlled))
                    .forEach(Element::remove);
        }
        headTabPanelsWithTheirTabs(doc, root);
        root.select("button").stream().filter(button -> button.is(CONTENT_BUTTONS) || asks(button))
                .forEach(Element::unwrap);
        unwrapPhoneNumbers(root);
        root.select(NEVER_CONTENT_SELECTOR).stream()
                .filter(e -> e != root && !isAsideOfTheContent(e) && !isProseInANav(e))
                .forEach(Element::remove);
        Set<Element> holdersOfMain = holdersOfTheMainHeading(root);
        for (Element e : root.select(HEADER_FOOTER)) {
            if (e.closest(QUOTED) == null && !holdersOfMain.contains(e) && !isSectionHeader(e)) {
                e.remove();
            }
        }
        removeFormsAndBoilerplateByName(root, holdersOfMain);
        menuColumns.forEach(Element::remove);
        siteFacts.forEach(root::appendChild);
        return root;
    }

    /**
     * What the site's header, sidebar and footer say that is not a link: the address, phone numbers and opening hours
     * many small businesses write only there, on every page (a top bar above the menu, a Joomla or Drupal sidebar's
     * "Office hours" block beside the content, a hand-made site's menu column, a footer's widgets; menus,
     * logos, social links, policy links and a bare copyright line go). Read at the end of each page's content; the
     * runtime indexes text repeated on every page once. Empty when the page has none, or they hold no number (no
     * address, phone or hours). A header that holds the page's own heading is content, and stays where it is.
     */
    private static List<Element> siteFacts(Document doc, List<Element> menuColumns) {
        List<Element> facts = new ArrayList<>();
        outermost(doc, SITE_HEADER).stream()
                .filter(header -> header.closest(MAIN) == null && !isSectionHeader(header)
                        && header.select(MAIN_HEADING).stream().noneMatch(MainContent::isMainHeading))
                .forEach(header -> factsOf(header, facts));
        menuColumns.forEach(column -> factsOf(column, facts));
        boolean hasMain = doc.selectFirst(MAIN) != null;
        int pageText = doc.body().text().length();
        List<Element> sidebars = doc.select(SITE_SIDEBAR).stream()
                .filter(sidebar -> besideTheContent(sidebar, hasMain, pageText)).toList();
        sidebars.stream().filter(sidebar -> sidebar.parents().stream().noneMatch(sidebars::contains))
                .flatMap(sidebar -> cardsOf(sidebar).stream()).forEach(card -> factsOf(card, facts));
        // A theme may write its footer in parts (Avada: a widget area of addresses and hours, then a copyright bar).
        outermost(doc, SITE_FOOTER).forEach(footer -> factsOf(footer, facts));
        return facts;
    }

    /**
     * Whether a block named as a sidebar stands beside the main content: neither in it nor around it (a body named
     * "has-sidebar-right"), nor in the footer; on a page without {@code <main>}, not a wrapper named so that holds the
     * page's title or most of its text.
     */
    private static boolean besideTheContent(Element sidebar, boolean hasMain, int pageText) {
        if (sidebar.closest(MAIN) != null || sidebar.selectFirst(MAIN) != null
                || sidebar.closest(SITE_FOOTER) != null) {
            return false;
        }
        return hasMain || sidebar.select(H1).stream().noneMatch(MainContent::isMainHeading)
                && sidebar.text().length() * 2 < pageText;
    }

    /**
     * The cells of a page laid out as a table that hold its navigation: mostly links, at least {@link #MENU_LINKS}
     * of them, beside other cells (a hand-made site's menu column, marked by no tag or class). What they say besides
     * their links ("24 hour emergency service (773) 555-0123") is read as the site's facts.
     */
    private static List<Element> navigationColumns(Document doc) {
        return doc.select(CELLS).stream().filter(cell -> cell.parent() != null
                && cell.parent().children().size() > 1 && cell.select(LINKS).size() >= MENU_LINKS && mostlyLinks(cell)
                && cell.select(MAIN_HEADING).isEmpty()).toList();
    }

    /**
     * A sidebar's cards, each judged alone: the hours card and the phone card are facts, a testimonial or a blurb
     * beside them is not (it holds no number). Where the sidebar's blocks are headings and what follows them (one
     * widget alone, or widgets written flat), each heading and the blocks up to the next one are a card: the hours
     * keep their "Office hours".
     */
    private static List<Element> cardsOf(Element sidebar) {
        Element e = sidebar;
        while (e.children().size() == 1) {
            e = e.child(0);
        }
        if (e.children().isEmpty()) {
            return List.of(e);
        }
        if (e.children().stream().noneMatch(child -> child.is(HEADING))) {
            return e.children();
        }
        List<Element> cards = new ArrayList<>();
        Element card = null;
        for (Element child : e.children()) {
            if (card == null || child.is(HEADING)) {
                card = new Element("div");
                cards.add(card);
            }
            card.appendChild(child.clone());
        }
        return cards;
    }

    /** The elements {@code chrome} selects outside articles and quotes and outside each other, in page order. */
    private static List<Element> outermost(Document doc, Evaluator chrome) {
        return doc.select(chrome).stream()
                .filter(e -> e.closest(QUOTED) == null && e.parents().stream().noneMatch(p -> p.is(chrome)))
                .toList();
    }

    /** Adds to {@code facts} a copy of {@code chrome} without its links and copyright, if a number is left. */
    private static void factsOf(Element chrome, List<Element> facts) {
        Element copy = chrome.clone();
        // Within the header or footer, an aside is one of its columns (Astra's footer widget areas: the address, the
        // office hours), not a sidebar beside the content.
        copy.select(ASIDES).forEach(aside -> aside.tagName("div").removeAttr("role"));
        unwrapPhoneNumbers(copy);
        copy.select(NEVER_CONTENT_SELECTOR).remove();
        copy.select(FORM).remove();
        copy.select(HIDDEN).remove();
        removeLinksAndCopyright(copy);
        String text = copy.text();
        if (DIGIT.matcher(text).find() && !isBareCopyright(text)) {
            facts.add(copy.tagName("div").removeAttr("role").removeAttr("class").removeAttr("id")
                    .attr(SITE_FACTS_MARK, ""));
        }
    }

    /** Whether the words just before {@code e} run on into it ("... or request a free estimate"). */
    private static boolean continuesAPhrase(Element e) {
        if (!(e.previousSibling() instanceof TextNode before)) {
            return false;
        }
        String words = before.text().strip();
        return !words.isEmpty() && Character.isLetter(words.codePointBefore(words.length()));
    }

    /** Keeps the text of each phone link that shows a number, whether or not it is styled as a button. */
    private static void unwrapPhoneNumbers(Element e) {
        e.select(PHONE_LINKS).stream().filter(a -> DIGIT.matcher(a.text()).find()).forEach(Element::unwrap);
    }

    /**
     * A copyright line with no other number than its years ("© 2025 Juniper Street Bakery"); one that goes on with
     * the address or phone ("© 2025 Kestrel Lane Auto · 1420 Kestrel Lane") holds facts.
     */
    private static boolean isBareCopyright(String text) {
        return COPYRIGHT.matcher(text).lookingAt() && !DIGIT.matcher(YEAR.matcher(text).replaceAll("")).find();
    }

    /**
     * Removes, outermost first, each block of {@code footer} that is mostly links, its headings aside (a menu with
     * its heading, social links), or a copyright line. A phone number or an email address written as a link is a
     * fact, not a link.
     */
    private static void removeLinksAndCopyright(Element footer) {
        for (Element child : new ArrayList<>(footer.children())) {
            String text = child.text();
            int headingText = child.select(HEADING).stream().mapToInt(h -> h.text().length()).sum();
            int linkText = child.select(LINKS).stream()
                    .filter(a -> !CONTACT_LINK.matcher(a.attr("href")).lookingAt())
                    .mapToInt(a -> a.text().length()).sum();
            boolean bareCopyright = isBareCopyright(text);
            if (linkText * 2 > text.length() - headingText || bareCopyright) {
                // A link inside a sentence is part of it ("Call (734) 555-0144 or request a free estimate."): only
                // a block of links goes.
                if (!bareCopyright && continuesAPhrase(child)) {
                    child.unwrap();
                } else {
                    child.remove();
                }
            } else {
                removeLinksAndCopyright(child);
            }
        }
    }

    /**
     * The elements never dropped, as they hold the page's title heading or the main content itself: each
     * {@code <main>}, {@code <article>} and {@code <h1>} (but the site's name, {@link #isSiteNameHeading}) and every
     * element around one. Found once a page, not for each block that might be dropped.
     */
    private static Set<Element> holdersOfTheMainHeading(Element root) {
        Set<Element> holders = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : root.select(MAIN_HEADING)) {
            if (isMainHeading(e)) {
                holders.add(e);
                holders.addAll(e.parents());
            }
        }
        return holders;
    }

    /** A {@link #MAIN_HEADING} that is the page's own: anything but an {@code <h1>} of the site's name. */
    private static boolean isMainHeading(Element e) {
        return !e.is(H1) || !isSiteNameHeading(e);
    }

    /**
     * Removes forms and the blocks whose class or id names boilerplate ("sidebar", "newsletter-signup"), except
     * where such blocks hold most of the page's text: then the name is how this site's builder names its content
     * (Elementor makes every heading and paragraph an {@code elementor-widget}), and the form wraps the whole page
     * (ASP.NET Web Forms), not chrome.
     */
    private static void removeFormsAndBoilerplateByName(Element root, Set<Element> holdersOfMain) {
        Map<String, List<Element>> byName = new HashMap<>();
        for (Element e : root.select(FORM)) {
            byName.computeIfAbsent("<form>", n -> new ArrayList<>()).add(e);
        }
        for (Element e : root.select(HAS_CLASS_OR_ID)) {
            String name = e == root ? null : boilerplateName(e);
            if (name != null) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(e);
            }
        }
        int pageText = root.text().length();
        // Each name's share is of the page as it came: what one name's removal takes must not shrink another's.
        List<List<Element>> removed = new ArrayList<>();
        for (List<Element> named : byName.values()) {
            Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
            all.addAll(named);
            List<Element> outermost = named.stream().filter(e -> e.parents().stream().noneMatch(all::contains))
                    .toList();
            // The holders of the page's title count towards the name's share, though they stay: Elementor's first
            // section holds the h1, and without it the sections after it were a small share of the page's text.
            int text = outermost.stream().mapToInt(e -> e.text().length()).sum();
            if (text * 2 <= pageText) {
                removed.add(outermost);
            }
        }
        for (List<Element> outermost : removed) {
            outermost.stream().filter(e -> !holdersOfMain.contains(e)).forEach(e -> {
                if (e.is(FORM)) {
                    titleOfAForm(e, root).ifPresent(Element::remove);
                }
                e.remove();
            });
        }
    }

    /**
     * The heading right before {@code form} (or the wrappers it is the only child of) when the form ends its section:
     * the form's own title ("Request a free estimate"), which without the form heads nothing and would be read as a
     * line of the section before.
     */
    private static Optional<Element> titleOfAForm(Element form, Element root) {
        Element outer = form;
        while (outer.parent() != null && outer.parent() != root && outer.parent().childrenSize() == 1) {
            outer = outer.parent();
        }
        Element before = outer.previousElementSibling();
        return before != null && before.is(SECTION_HEADING) && outer.nextElementSibling() == null
                ? Optional.of(before) : Optional.empty();
    }

    /**
     * A hidden panel a visitor opens (the WAI-ARIA accordion and tabs patterns: a panel with {@code hidden} until its
     * button, whose {@code aria-controls} names it, is clicked; or a tab panel; or, where the builder names no panel,
     * the element right after a toggle that says whether it is open, {@code aria-expanded}, as Duda's accordion
     * writes it, or after the heading or term the toggle is the whole of, as Headless UI's closed disclosure writes
     * it, {@code <dt><button aria-expanded="false">}, naming its panel only once open): what it holds is the page's
     * content, often an FAQ's answers. Other hidden elements (templates, closed dialogs) are not, nor is a panel of
     * links (a menu a hamburger button opens).
     */
    private static boolean isDisclosedPanel(Element e, Set<String> controlled) {
        Element before = e.previousElementSibling();
        boolean panel = !e.id().isEmpty() && controlled.contains(e.id()) || "tabpanel".equals(e.attr("role"))
                || before != null && opensTheNext(before);
        return panel && !mostlyLinks(e);
    }

    /**
     * The hidden body of a panel a visitor opens, holding most of its text: SiteOrigin's closed tab writes
     * {@code <div role="tabpanel"><div class="sow-tabs-panel-content" aria-hidden="true">}.
     */
    private static boolean bodyOfAPanel(Element e, Set<String> controlled) {
        Element panel = e.parent();
        return panel != null && e.text().length() * 2 >= panel.text().length() && isDisclosedPanel(panel, controlled);
    }

    /** An element that says whether the panel after it is open: itself, or the one toggle it wraps whole. */
    private static boolean opensTheNext(Element e) {
        if (e.hasAttr("aria-hidden")) {
            return false;
        }
        if (e.hasAttr("aria-expanded")) {
            return true;
        }
        Elements toggles = e.select(TextBlocks.TOGGLES);
        return toggles.size() == 1 && !toggles.first().hasAttr("aria-hidden")
                && toggles.first().text().equals(e.text());
    }

    /** The ids an element's {@code aria-controls} names (a space-separated list). */
    static List<String> controlledIds(Element e) {
        return Arrays.asList(e.attr("aria-controls").trim().split("\\s+"));
    }

    /**
     * An aside that is not a list of links: a card or callout beside the text (a restaurant's "Sunday jazz" card, a
     * menu's allergy note, a service's prices), read as content. The site's sidebar sits outside the main content
     * when the page marks it, is named so ("sidebar", "widget-area") and goes with the boilerplate named so, or
     * repeats on every page and is indexed once (the runtime's repeated passages).
     */
    private static boolean isAsideOfTheContent(Element e) {
        return e.is(ASIDE) && !mostlyLinks(e);
    }

    /**
     * A {@code <nav>} that is not navigation: not mostly links, nor a list whose items mostly link (a breadcrumb
     * ends in the page's own name, unlinked). Builders name panels so: Webflow writes a dropdown's panel as a
     * {@code <nav>}, and FAQs built of dropdowns hold their answers in one.
     */
    private static boolean isProseInANav(Element e) {
        if (!e.is(NAV) || mostlyLinks(e)) {
            return false;
        }
        Elements items = e.select(LIST_ITEMS);
        long linking = items.stream().filter(item -> item.selectFirst(LINKS) != null).count();
        return items.isEmpty() || linking * 2 < items.size();
    }

    private static boolean mostlyLinks(Element e) {
        int linkText = e.select(LINKS).stream().mapToInt(a -> a.text().length()).sum();
        return linkText * 2 > e.text().length();
    }

    /**
     * A dialog a button of the content opens ("Read bio", "Details": Bootstrap's {@code data-bs-target}, a link to
     * {@code #id}, {@code aria-controls}) holds that content's text, though it sits hidden at the end of the page:
     * it is read where its button is, without what marks it as a dialog, and without its title where the title
     * repeats the heading above the button. Dialogs no button of the content opens (a newsletter sign-up the page's
     * script shows, a menu the header's button opens) stay chrome.
     */
    private static void openDialogsWhereTheirButtonsAre(Document doc, Element root) {
        Set<Element> opened = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element button : root.select(OPENERS)) {
            Element dialog = dialogOpenedBy(doc, button);
            if (dialog == null || !opened.add(dialog) || dialog.parents().contains(button)
                    || button.parents().contains(dialog) || mostlyLinks(dialog)) {
                continue;
            }
            Element title = dialog.selectFirst(HEADING);
            Element above = headingAbove(root, button);
            if (title != null && above != null && title.text().equalsIgnoreCase(above.text())) {
                title.remove();
            }
            for (Element e : dialog.getAllElements()) {
                e.removeAttr("hidden").removeAttr("aria-hidden").removeAttr("aria-modal");
                if (e.attr("role").matches("dialog|alertdialog|document")) {
                    e.removeAttr("role");
                }
                e.classNames().stream().filter(c -> BOILERPLATE.matcher(c).find()).toList().forEach(e::removeClass);
            }
            Element block = button.closest(BLOCK_OF_A_BUTTON);
            (block != null && block.parents().contains(root) ? block : button).after(dialog.tagName("div"));
        }
    }

    /**
     * The dialog {@code button} opens, or null: what its target, {@code href} or {@code aria-controls} names. A
     * Bootstrap target may name its dialog by classes ({@code data-target=".fusion-modal.what-to-bring"}, as Avada
     * writes it): the one element they select.
     */
    private static Element dialogOpenedBy(Document doc, Element button) {
        for (String attr : List.of("data-bs-target", "data-target", "data-src", "href", "aria-controls")) {
            String ref = button.attr(attr).trim();
            String id = ref.startsWith("#") ? ref.substring(1)
                    : attr.equals("aria-controls") ? controlledIds(button).get(0) : "";
            Element target = id.isEmpty() ? null : doc.getElementById(id);
            if (target == null && ref.startsWith(".") && attr.endsWith("target")) {
                target = onlyOne(doc, ref);
            }
            if (target != null) {
                return target.is(DIALOG) ? target : null;
            }
        }
        return null;
    }

    /** The one element {@code css} selects in {@code doc}, or null (none, several, or no valid selector). */
    private static Element onlyOne(Document doc, String css) {
        try {
            Elements selected = doc.select(css);
            return selected.size() == 1 ? selected.first() : null;
        } catch (Selector.SelectorParseException e) {
            return null;
        }
    }

    /** The last heading before {@code e} in the document's order within {@code root} (or around it), or null. */
    private static Element headingAbove(Element root, Element e) {
        Element above = null;
        for (Element x : root.getAllElements()) { // in document order
            if (x == e) {
                return above;
            }
            if (x.is(HEADING)) {
                above = x;
            }
        }
        return null;
    }

    /**
     * A tabs widget lists its titles apart from its panels: each title goes to the top of its panel, in bold, so it
     * heads the panel's text as a subheading ({@link TextBlocks}) instead of all the titles standing together as one
     * line above the first panel.
     */
    private static void headTabPanelsWithTheirTabs(Document doc, Element root) {
        Map<Element, Element> tabOfPanel = new LinkedHashMap<>(ariaTabs(doc, root));
        linkTabs(doc, root).forEach(tabOfPanel::putIfAbsent);
        positionTabs(root).forEach(tabOfPanel::putIfAbsent);
        tabOfPanel.forEach((panel, tab) -> {
            panel.prependElement("p").appendElement("strong").text(tab.text());
            tab.remove();
        });
    }

    /**
     * WAI-ARIA tabs: a {@code role="tab"} names its panel by {@code aria-controls}, or the panel names its tab by
     * {@code aria-labelledby}.
     */
    private static Map<Element, Element> ariaTabs(Document doc, Element root) {
        Map<Element, Element> tabOfPanel = new LinkedHashMap<>();
        Elements panels = root.select(TAB_PANELS);
        Elements tabs = panels.isEmpty() ? new Elements() : doc.select(TABS);
        for (Element panel : panels) {
            tabs.stream()
                    .filter(tab -> !panel.id().isEmpty() && controlledIds(tab).contains(panel.id())
                            || !tab.id().isEmpty() && tab.id().equals(panel.attr("aria-labelledby").trim()))
                    .filter(tab -> !tab.text().isBlank()).findFirst()
                    .ifPresent(tab -> tabOfPanel.put(panel, tab));
        }
        return tabOfPanel;
    }

    /**
     * Tabs written without ARIA (jQuery UI's markup, older themes): one list of two links or more to fragments of
     * the page ({@code <li><a href="#lunch">}), each naming its own panel, the panels siblings inside the content,
     * none of them opening with a heading of its own. A list of links to sections with headings (a table of
     * contents, a one-page site's menu) is not tabs.
     */
    private static Map<Element, Element> linkTabs(Document doc, Element root) {
        Map<Element, List<Element>> linksByList = new LinkedHashMap<>();
        for (Element link : doc.select(FRAGMENT_LINKS)) {
            Element parent = link.parent();
            Element list = parent != null && parent.normalName().equals("li") ? parent.parent() : parent;
            if (list != null && !link.text().isBlank()) {
                linksByList.computeIfAbsent(list, l -> new ArrayList<>()).add(link);
            }
        }
        Map<Element, Element> tabOfPanel = new LinkedHashMap<>();
        for (List<Element> links : linksByList.values()) {
            List<Element> panels = links.stream().map(a -> doc.getElementById(a.attr("href").substring(1))).toList();
            if (links.size() < 2 || panels.contains(null) || Set.copyOf(panels).size() != panels.size()) {
                continue;
            }
            Element parent = panels.get(0).parent();
            if (panels.stream().allMatch(panel -> panel.parent() == parent && panel.parents().contains(root)
                    && !opensWithAHeading(panel))) {
                pairInOrder(panels, links, tabOfPanel);
            }
        }
        return tabOfPanel;
    }

    /**
     * Tabs paired with their panels by order alone (Divi's markup: {@code <ul class="et_pb_tabs_controls">} of
     * {@code <li><a href="#">} titles, then a {@code <div>} whose children are the panels): a list of two items or
     * more, each item one link to nowhere ({@code href="#"}, none, {@code javascript:}), right before an element
     * with as many children, none of them opening with a heading of its own.
     */
    private static Map<Element, Element> positionTabs(Element root) {
        Map<Element, Element> tabOfPanel = new LinkedHashMap<>();
        for (Element list : root.select(LISTS)) {
            Element next = list.nextElementSibling();
            if (next == null) {
                continue;
            }
            List<Element> tabs = new ArrayList<>();
            for (Element item : list.children()) {
                Element tab = linkToNowhere(item);
                if (tab == null) {
                    tabs.clear();
                    break;
                }
                tabs.add(tab);
            }
            if (tabs.size() < 2) {
                continue;
            }
            List<Element> panels = next.children();
            if (panels.size() == tabs.size()
                    && panels.stream().noneMatch(panel -> panel.text().isBlank() || opensWithAHeading(panel))) {
                pairInOrder(panels, tabs, tabOfPanel);
            }
        }
        return tabOfPanel;
    }

    private static void pairInOrder(List<Element> panels, List<Element> tabs, Map<Element, Element> tabOfPanel) {
        for (int i = 0; i < panels.size(); i++) {
            tabOfPanel.put(panels.get(i), tabs.get(i));
        }
    }

    /** The one link an item holds, if it leads nowhere but to a script ({@code <li><a href="#">Lunch</a></li>}). */
    private static Element linkToNowhere(Element item) {
        Element link = item.childrenSize() == 1 ? item.child(0) : null;
        if (link == null || !item.normalName().equals("li") || !link.normalName().equals("a")) {
            return null;
        }
        String href = link.attr("href").trim();
        boolean nowhere = href.isEmpty() || href.equals("#") || href.startsWith("javascript:");
        return nowhere && !link.text().isBlank() && link.text().equals(item.text()) ? link : null;
    }

    private static boolean opensWithAHeading(Element e) {
        Element heading = e.is(HEADING) ? e : e.selectFirst(HEADING);
        return heading != null && e.text().startsWith(heading.text());
    }

    /**
     * The block the page's title stands in when a theme sets it before {@code <main>} (a title bar, a hero with its
     * lead paragraph: {@code <div class="page-title-bar"><h1>Services</h1></div><main>}): the outermost ancestor of
     * the page's one {@code <h1>} that holds neither the content nor navigation (the title alone in a site header). It
     * heads the content, so every passage says which page it is on. Null when the content has its own {@code <h1>},
     * the page has several, it is the site's name, or it comes after the content.
     */
    private static Element titleBlockBefore(Document doc, Element root) {
        Elements h1s = doc.select(H1);
        Element title = h1s.size() == 1 ? h1s.first() : null;
        if (!root.is(MAIN) || title == null || title.closest(MAIN) != null || isSiteNameHeading(title)
                || title.closest(NAV) != null) {
            return null;
        }
        Set<Element> aroundRoot = Collections.newSetFromMap(new IdentityHashMap<>());
        aroundRoot.addAll(root.parents());
        // Up to the child of the element title and content share: whether it comes first, and the block on the way.
        Element block = title;
        Element side = title;
        while (side.parent() != null && !aroundRoot.contains(side.parent())) {
            side = side.parent();
            if (block.parent() == side && side.selectFirst(NAV) == null) {
                block = side;
            }
        }
        Element contentSide = root;
        while (contentSide.parent() != null && contentSide.parent() != side.parent()) {
            contentSide = contentSide.parent();
        }
        return side.parent() != null && side.siblingIndex() < contentSide.siblingIndex() ? block : null;
    }

    private static Element chooseRoot(Document doc) {
        Elements mains = doc.select(MAIN);
        if (mains.size() == 1 && holdsTheContent(mains.first(), doc)) {
            return mains.first();
        }
        Elements articles = doc.select(ARTICLE);
        if (articles.size() == 1 && articles.first().text().length() > 200 && !titledOutside(articles.first(), doc)) {
            return articles.first();
        }
        return doc.body();
    }

    /**
     * Whether the page's title ({@code <h1>}, not the site's name) stands outside {@code article} and the site's
     * header: the article is then one block of the page (Drupal's Olivero places the title, the node and the blocks
     * below it, an insurance summary, the latest news, side by side), not the page.
     */
    private static boolean titledOutside(Element article, Document doc) {
        return doc.select(H1).stream().anyMatch(h -> h.closest(ARTICLE) != article && !isSiteNameHeading(h)
                && h.closest(SITE_HEADER) == null && h.closest(NAV) == null);
    }

    /**
     * Whether {@code main} holds at least {@link #MAIN_MIN_SHARE} of the text outside the page's chrome (header,
     * navigation, footer, sidebars). A theme that closes {@code <main>} after the page's title, its sections after
     * it, would otherwise lose the whole page: the body is read then, cleaned as a page without {@code <main>} is.
     */
    private static boolean holdsTheContent(Element main, Document doc) {
        int chrome = outermost(doc, CHROME).stream().filter(e -> e.closest(MAIN) == null)
                .mapToInt(e -> e.text().length()).sum();
        int content = doc.body().text().length() - chrome;
        return main.text().length() >= MAIN_MIN_SHARE * content;
    }

    /**
     * The first class name, id or layer name of the element that has a boilerplate word ("widget-area"), or null.
     * Headings are judged by their container, not their own class: Bootstrap's accordion entry heading is
     * {@code <h2 class="accordion-header">}.
     * A "header" that holds a subheading and is not mostly links heads a section ({@code <div class="section-header">
     * <h2>Our services</h2><p>...}, a card's header), not the site.
     * A tab's panel is content whatever it is named: Odoo names each panel {@code nav_tabs_content_...}.
     * Every name with "widget" is one, "widget": a page builder names each module by its kind around the word
     * (SiteOrigin's {@code so-widget-sow-editor}, {@code -accordion}, its text boxes
     * {@code siteorigin-widget-tinymce}; Elementor's {@code elementor-widget-heading}), and its modules together
     * are the page, each kind alone a small share of it. Not a widget area: the sidebar the widgets sit in.
     */
    private static String boilerplateName(Element e) {
        if (e.is(HEADING) || e.is(TAB_PANELS)) {
            return null;
        }
        for (String name : List.of(e.className(), e.id(), e.attr(LAYER_NAME))) {
            for (String token : name.split("\\s+")) {
                Matcher m = BOILERPLATE.matcher(token);
                if (!token.isEmpty() && m.find() && namesBoilerplate(e, token, m.group(2))) {
                    return aModule(token, m) ? "widget" : token.toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    /** Whether {@code token}, which holds the boilerplate {@code word}, names {@code e} as boilerplate. */
    private static boolean namesBoilerplate(Element e, String token, String word) {
        if (MADE_FOR_ONE_ELEMENT.matcher(token).find() || WIDGET_INSTANCE.matcher(token).find()
                || OWN_PARTS_SETTING.matcher(token).find()) {
            return false;
        }
        // Links to the business's profiles or to share the page; a block so named that is mostly prose is about
        // something else (a puppy "social-hour").
        if (LINK_BLOCK_WORDS.matcher(word).matches() && !e.text().isBlank() && !mostlyLinks(e)) {
            return false;
        }
        return !word.equalsIgnoreCase("header") || !(headsASection(e) || isToggle(e) || asks(e));
    }

    /** Whether the boilerplate word {@code found} in {@code token} names a page builder's module, not its area. */
    private static boolean aModule(String token, Matcher found) {
        return found.group(2).regionMatches(true, 0, "widget", 0, "widget".length())
                && !WIDGET_AREA.matcher(token).region(found.end(2), token.length()).lookingAt();
    }

    /**
     * A header that holds one question: an accordion entry's ({@code <div class="kt-accordion-header-wrap"><button>Do
     * you offer 24/7 service?</button></div>}), never the site's.
     */
    private static boolean asks(Element e) {
        return TextBlocks.isShortQuestion(e.text().strip());
    }

    /** The button of an accordion's entry ({@code <div class="accordion-header" aria-expanded="false">}): its title. */
    private static boolean isToggle(Element e) {
        return e.hasAttr("aria-expanded") || "button".equals(e.attr("role"));
    }

    /**
     * A {@code <header>} that heads a section of the content, not the site ({@code <section><header><h2>Pricing</h2>
     * <p>Plans from $29</p></header>}): it holds a subheading and is not mostly links.
     */
    private static boolean isSectionHeader(Element e) {
        return e.nameIs("header") && headsASection(e);
    }

    private static boolean headsASection(Element e) {
        return e.selectFirst(SECTION_HEADING) != null && !mostlyLinks(e);
    }

    /**
     * A heading that is only a link to the home page: the site's name in its header
     * ({@code <h1 class="site-title"><a href="/">Brightside Family Dental</a></h1>}), not the page's title.
     */
    static boolean isSiteNameHeading(Element heading) {
        Elements links = heading.select("a[href]");
        if (links.size() != 1 || !links.first().text().equals(heading.text())) {
            return false;
        }
        try {
            URI link = URI.create(links.first().absUrl("href"));
            URI page = URI.create(heading.ownerDocument() == null ? "" : heading.ownerDocument().location());
            return link.getHost() != null && link.getHost().equalsIgnoreCase(page.getHost())
                    && link.getRawQuery() == null && HOME_PATH.matcher(link.getPath()).matches();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
