package io.xapp.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.crawler.Passage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

    private static final URI URL = URI.create("https://example.com/page");

    private static ExtractedPage extract(String html) {
        return PageExtractor.extract(PageExtractor.parse(html.getBytes(StandardCharsets.UTF_8), "utf-8", URL), URL,
                null, null, "xappbot");
    }

    @Test
    void readsMetadataAndRobotsDirectives() {
        ExtractedPage page = extract("<html lang=de><head><title> Hallo  Welt </title><meta name=description "
                + "content='Eine Seite'><link rel=canonical href='/other?utm_source=x'><meta name=xappbot "
                + "content='noindex, nofollow'></head><body><p>x</p></body></html>");
        assertThat(page.metadata().title()).isEqualTo("Hallo Welt");
        assertThat(page.metadata().description()).isEqualTo("Eine Seite");
        assertThat(page.metadata().language()).isEqualTo("de");
        assertThat(page.metadata().canonical()).isEqualTo(URI.create("https://example.com/other"));
        assertThat(page.metadata().noindex()).isTrue();
        assertThat(page.metadata().nofollow()).isTrue();
    }

    @Test
    void aNameAboveItsBioStaysWithTheBioWhenALongSectionIsCut() {
        String story = "We opened in 2009 and added a second office in 2019 so families on the east side would not "
                + "have to cross the river for every adjustment. ";
        String html = "<main><h1>About us</h1><h2>Our doctors</h2><p>" + story.repeat(5) + "</p>"
                + "<div><span>Dr. Miriam Bracewell</span> <span>DDS, MS – Founder</span></div>"
                + "<p>Dr. Bracewell is a board-certified orthodontist who has treated more than 4,000 patients.</p>"
                + "</main>";

        List<Passage> passages = extract(html).passages();

        assertThat(passages).hasSize(2);
        assertThat(passages.get(0).text()).doesNotContain("Miriam");
        assertThat(passages.get(1).text()).isEqualTo("Our doctors\nDr. Miriam Bracewell DDS, MS – Founder"
                + Passage.BLOCK_SEPARATOR + "Dr. Bracewell is a board-certified orthodontist who has treated more "
                + "than 4,000 patients.");
    }

    @Test
    void elementorSectionsAfterALongFirstOneStay() {
        String wrap = "<section class='elementor-section'><div class='elementor-widget-wrap'>";
        ExtractedPage page = extract("<main>" + wrap + "<h1>Powers of attorney</h1><p>" + "A durable power of "
                + "attorney lets someone you trust manage your accounts if you cannot. ".repeat(4) + "</p></div>"
                + "</section>" + wrap + "<h2>Fees</h2><p>A financial power of attorney is $250.</p></div></section>"
                + "</main>");
        assertThat(page.text()).contains("A financial power of attorney is $250.");
    }

    @Test
    void aSectionWrittenAgainForPhonesIsReadOnce() {
        String section = "<h2>Hours</h2><p>Open daily 8 to 6.</p><h3>Holidays</h3><p>Closed on Christmas.</p>";
        ExtractedPage page = extract("<main><h1>Visit</h1>"
                + "<div class='elementor-hidden-mobile'>" + section + "</div>"
                + "<div class='elementor-hidden-desktop elementor-hidden-tablet'>" + section + "</div>"
                + "<h2>Parking</h2><p>Free in the lot.</p><h2>Hours</h2><p>Kitchen closes at 5.</p></main>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Visit", "Hours"), List.of("Visit", "Hours", "Holidays"), List.of("Visit", "Parking"),
                List.of("Visit", "Hours"));
        assertThat(page.text()).containsOnlyOnce("Open daily 8 to 6.").containsOnlyOnce("Closed on Christmas.")
                .contains("Kitchen closes at 5.");

        ExtractedPage widgets = extract("<main><h1>Visit</h1><h2 id=hours>Hours</h2><h2>Hours</h2>"
                + "<p>Open daily 8 to 6.</p><p>Open daily 8 to 6.</p></main>");
        assertThat(widgets.passages()).singleElement().satisfies(p -> {
            assertThat(p.headingPath()).containsExactly("Visit", "Hours");
            assertThat(p.text()).isEqualTo("Hours\nOpen daily 8 to 6.");
        });
    }

    @Test
    void pricesOnlyTheProductsJsonLdStatesAreReadAsLinesOfThePage() {
        String product = "{\"@context\":\"http://schema.org/\",\"@type\":\"Product\",\"name\":\"Harbor Blend\","
                + "\"offers\":[{\"@type\":\"Offer\",\"name\":\"Harbor Blend - 12 oz\",\"price\":\"21.00\","
                + "\"priceCurrency\":\"USD\"},{\"@type\":\"Offer\",\"name\":\"Harbor Blend - 2 lb\","
                + "\"price\":52,\"priceCurrency\":\"USD\"}]}";
        ExtractedPage page = extract("<html><head><script type=application/ld+json>" + product + "</script></head>"
                + "<body><main><h1>Harbor Blend</h1><p>$21.00 USD</p><p>Our house espresso.</p></main>"
                + "<footer><p>Call (555) 555-0100</p></footer></body></html>");
        assertThat(page.passages().get(0).text()).endsWith("Our house espresso.\n\nHarbor Blend - 12 oz: $21.00\n"
                + "Harbor Blend - 2 lb: $52.00");

        ExtractedPage shown = extract("<html><head><script type=application/ld+json>" + product + "</script></head>"
                + "<body><main><h1>Harbor Blend</h1><p>12 oz $21.00, 2 lb $52.00</p></main></body></html>");
        assertThat(shown.text()).doesNotContain("Harbor Blend - 2 lb");
    }

    @Test
    void everyFaqQuestionHeadsItsOwnAnswerWhateverTheMarkup() {
        ExtractedPage page = extract("<main><h1>FAQ</h1>"
                + "<p class='heading-2'><strong>Visits</strong></p>"
                + "<details id=walk-ins><summary><span>Do you take walk-ins?</span></summary><p>We keep same-day "
                + "slots.</p></details>"
                + "<div class=accordion-item><h2 class=accordion-header><button aria-expanded=true>What is your "
                + "corkage policy?</button></h2><div><p>Corkage is $25 per bottle.</p></div></div>"
                + "<p>Why does my toilet keep refilling?</p><p>A worn flapper lets water leak.</p>"
                + "<button>Book now</button></main>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("FAQ", "Visits", "Do you take walk-ins?"),
                List.of("FAQ", "What is your corkage policy?"),
                List.of("FAQ", "What is your corkage policy?", "Why does my toilet keep refilling?"));
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Do you take walk-ins?\nWe keep same-day slots.",
                "What is your corkage policy?\nCorkage is $25 per bottle.",
                "Why does my toilet keep refilling?\nA worn flapper lets water leak.");
        assertThat(page.passages().get(0).anchor()).isEqualTo("walk-ins");
        assertThat(page.text()).doesNotContain("Book now");
    }

    @Test
    void aHiddenPanelAVisitorCanOpenIsContentOtherHiddenElementsAreNot() {
        ExtractedPage page = extract("<header><button aria-controls=mobile-menu>Menu</button></header>"
                + "<main><h1>FAQ</h1><h3><button aria-expanded=false aria-controls=walk-ins-panel>Do you take walk-ins?</button></h3>"
                + "<div id=walk-ins-panel role=region hidden><p>We keep same-day slots.</p></div>"
                + "<div id=lunch role=tabpanel><h2>Lunch</h2><p>Chowder $9.</p></div>"
                + "<div role=tabpanel hidden><h2>Dinner</h2><p>Lobster $34.</p></div>"
                + "<div hidden><p>Thanks, we got your message.</p></div>"
                + "<div id=mobile-menu hidden><a href=/>Home</a> <a href=/visit>Visit us</a></div>"
                + "<p aria-hidden=true>Decorative quote mark</p></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Do you take walk-ins?\nWe keep same-day slots.", "Lunch\nChowder $9.", "Dinner\nLobster $34.");
    }

    @Test
    void aHiddenPanelRightAfterItsToggleIsContentWithoutAnyIdNamingIt() {
        ExtractedPage page = extract("<header><button aria-expanded=false>Menu</button><div aria-hidden=true>"
                + "<a href=/>Home</a></div></header><main><h1>FAQ</h1><ul class=accordion-list><li><div "
                + "class=accordion-header aria-expanded=false role=button tabindex=0><span class=accordion-title>"
                + "Do I need to be home?</span><span class=accordion-icon aria-hidden=true></span></div><div "
                + "class=accordion-content "
                + "aria-hidden=true style=display:none><p>Most clients leave a key in a lockbox.</p></div></li></ul>"
                + "</main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Do I need to be home?\nMost clients leave a key in a lockbox.");
    }

    @Test
    void aHiddenPanelAfterTheTermOrHeadingItsToggleIsTheWholeOfIsContent() {
        // Headless UI's disclosure names its panel (aria-controls) only once open; the WAI-ARIA accordion wraps the
        // button in a heading. A block that holds a toggle among other text is no toggle.
        ExtractedPage page = extract("<main><h1>FAQ</h1><dl><div><dt><button aria-expanded=true "
                + "aria-controls=p1><span>Do I need a reservation?</span><svg aria-hidden=true></svg></button></dt>"
                + "<dd id=p1><p>For tours, yes.</p></dd></div><div><dt><button aria-expanded=false>"
                + "<span>What forms of payment do you take?</span></button></dt><dd hidden style=display:none>"
                + "<p>Visa, Mastercard and Apple Pay.</p></dd></div></dl>"
                + "<h3><button aria-expanded=false>Can I bring my dog?</button></h3>"
                + "<div hidden><p>Yes, in canoes.</p></div>"
                + "<div><p>Questions? <button aria-expanded=false>Chat</button></p></div>"
                + "<div hidden><p>Thanks, we got your message.</p></div></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "FAQ\nDo I need a reservation?: For tours, yes.\n"
                        + "What forms of payment do you take?: Visa, Mastercard and Apple Pay.",
                "Can I bring my dog?\nYes, in canoes.\n\nQuestions? Chat");
    }

    @Test
    void anAccordionNamedForHowItsHeadersLookIsContent() {
        // Kadence's accordion names the alignment of its panes' headers on the whole accordion.
        ExtractedPage page = extract("<main><h1>Comfort Club</h1><p>" + "Two tune-ups a year and 15% off repairs. "
                .repeat(8) + "</p><h2>What happens at a tune-up?</h2><div class='kt-accordion-wrap "
                + "kt-pane-header-alignment-left'><div class=kt-accordion-pane><div class=kt-accordion-header-wrap>"
                + "<button type=button>How long does a tune-up take?</button></div><div class=kt-accordion-panel>"
                + "<p>About an hour per system.</p></div></div></div></main>");
        assertThat(page.passages()).extracting(Passage::text).last()
                .isEqualTo("How long does a tune-up take?\nAbout an hour per system.");
    }

    @Test
    void aLoneArticleBesideThePagesTitleIsOneBlockOfThePage() {
        // Drupal's Olivero: the title block, the node's article and the blocks below it, side by side.
        ExtractedPage page = extract("<body><header><a href=/>Blue Heron</a></header><div class=main-content>"
                + "<div class=region--content-above><h1>Family medicine for every age</h1></div>"
                + "<article class=node><p>" + "An independent primary care practice in Duluth. ".repeat(6)
                + "</p></article><div class=region--content-below><h2>Insurance</h2><p>We are in network with "
                + "Aetna and Cigna.</p></div></div></body>");
        assertThat(page.passages()).extracting(Passage::headingPath).contains(
                List.of("Family medicine for every age", "Insurance"));
    }

    @Test
    void aPageBuildersWidgetsOfEveryKindAreThePage() {
        // SiteOrigin: text boxes, an accordion and a contact form, each kind of widget named apart, none half the page.
        String words = "We compare at least three carriers and walk you through the coverage. ";
        ExtractedPage page = extract("<main><h1>Get a Quote</h1><div class='so-panel widget widget_sow-editor'>"
                + "<div class=so-widget-sow-editor><div class='siteorigin-widget-tinymce textwidget'><p>"
                + words.repeat(3) + "</p></div></div></div><div class='so-panel widget widget_sow-accordion'>"
                + "<div class=so-widget-sow-accordion><h3>What to have ready</h3><p>" + "Your license and VIN. "
                .repeat(8) + "</p></div></div><div class='so-panel widget widget_sow-contact-form'>"
                + "<div class=so-widget-sow-contact-form><form><label>Your name</label><input name=n></form></div>"
                + "</div></main>");
        assertThat(page.passages()).extracting(Passage::text).anySatisfy(text -> assertThat(text)
                .startsWith("Get a Quote\nWe compare at least three carriers"));
    }

    @Test
    void aBoilerplateWordInANameMadeForOneElementIsNoBoilerplate() {
        // HubSpot names each module instance and its accordion's panels after the module kind and a timestamp; a
        // builder's sidebar or widget area keeps its name whatever its small number.
        ExtractedPage page = extract("<main><h1>FAQ</h1><div id=widget_1678901267605 class=module_accordion>"
                + "<button aria-expanded=false aria-controls=widget_1678901267605-acc-0><h3>Can I rent clubs?</h3>"
                + "</button><div id=widget_1678901267605-acc-0 style=display:none><p>Yes, $12 for 9 holes.</p></div>"
                + "</div><div id=sidebar-1><p>Follow us for news and offers every week.</p></div></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Can I rent clubs?\nYes, $12 for 9 holes.");
    }


    @Test
    void aWidgetNamedByAHexIdIsOneModuleOfThePage() {
        // Duda names each custom widget after a hex id (a table of prices); a theme's menu named so stays chrome.
        ExtractedPage page = extract("<main><h1>Pro Shop</h1><h2>Services &amp; Prices</h2>"
                + "<div class=\"u_1382610235 widget-7c19aa dmCustomWidget\"><table><tr><th>Service</th><th>Price"
                + "</th></tr><tr><td>Drilling a ball purchased elsewhere</td><td>$45</td></tr></table></div>"
                + "<div class=widget-area><p>Follow us for news and offers every week.</p></div></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Services & Prices\nDrilling a ball purchased elsewhere: $45");
    }
    @Test
    void tabsNamedForHowTheirTitlesLookAreNoMenu() {
        // Avada's tabs carry nav-not-justified: a setting of their titles, not a menu.
        ExtractedPage page = extract("<main><h1>Braces</h1><div class=\"fusion-tabs nav-not-justified\">"
                + "<div class=tab-content><div class=\"tab-pane fade\" role=tabpanel id=tab-ceramic>"
                + "<p>Ceramic brackets are tooth-colored, so they blend in with your teeth.</p></div></div></div>"
                + "<p>Braces work for every age and for almost every bite, including hard cases.</p></main>");
        assertThat(page.passages()).extracting(Passage::text).anySatisfy(text -> assertThat(text)
                .contains("tooth-colored"));
    }

    @Test
    void aClosedTabsHiddenBodyIsItsContent() {
        // SiteOrigin hides a closed tab's body, not only the panel around it.
        ExtractedPage page = extract("<main><h1>Auto insurance</h1><div class=sow-tabs><div role=tablist>"
                + "<div role=tab aria-controls=p11>Teen Drivers</div></div><div role=tabpanel id=p11 "
                + "style=\"display: none;\"><div class=sow-tabs-panel-content aria-hidden=true><p>Good student "
                + "discount: a 3.0 GPA or better usually qualifies for 10% off.</p></div></div></div>"
                + "<p><span aria-hidden=true>*</span>Call us before your teen gets a permit.</p></main>");
        assertThat(page.passages()).extracting(Passage::text).anySatisfy(text -> assertThat(text)
                .contains("3.0 GPA").doesNotContain("*"));
    }

    @Test
    void aBlockNamedSocialThatIsProseIsContent() {
        // "social" names links to the business's profiles; a puppy social hour is an event.
        ExtractedPage page = extract("<main><h1>Good Dog</h1><section class=\"brxe-section social-hour\"><h2>Puppy "
                + "Social Hour</h2><p>Every Sunday from 10:00 to 11:00 am we open the barn for puppy play.</p>"
                + "</section><p>We teach force-free manners classes for dogs of every age in Fort Collins.</p>"
                + "<div class=social-links><a href=https://facebook.com/gooddog>Facebook</a></div></main>");
        assertThat(page.passages()).extracting(Passage::text).anySatisfy(text -> assertThat(text)
                .contains("Every Sunday from 10:00")).noneSatisfy(text -> assertThat(text).contains("Facebook"));
    }

    @Test
    void aPriceSetInAHeadingsTypeStaysWithItsCard() {
        ExtractedPage page = extract("<main><h1>Costs</h1><div><h3>Weekdays</h3><p>Monday through Friday</p>"
                + "<h2>$34</h2><p>per hour</p></div><div><h3>Live-in</h3><p>One caregiver</p><h2>$395</h2>"
                + "<p>per day</p></div></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Weekdays\nMonday through Friday\n\n$34\n\nper hour", "Live-in\nOne caregiver\n\n$395\n\nper day");
    }

    @Test
    void aButtonThatAsksSomethingIsAnAccordionEntrysQuestion() {
        // Kadence Blocks writes the toggle bare; its script adds the ARIA attributes.
        ExtractedPage page = extract("<main><h1>FAQ</h1><h2>Service &amp; repairs</h2><div class=kt-accordion-pane>"
                + "<div class=kt-accordion-header-wrap><button class=kt-blocks-accordion-header type=button><span "
                + "class=kt-blocks-accordion-title>Do you offer 24/7 emergency service?</span></button></div><div "
                + "class=\"kt-accordion-panel kt-accordion-panel-hidden\"><p>Yes. Call any time.</p></div></div>"
                + "<p><button type=button>Book now</button></p></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Do you offer 24/7 emergency service?\nYes. Call any time.");
        assertThat(page.passages().get(0).headingPath()).containsExactly("FAQ", "Service & repairs",
                "Do you offer 24/7 emergency service?");
    }

    @Test
    void aClosedPanelLeftOutOfTheHtmlIsReadFromThePagesNextJsData() {
        // Headless UI renders a closed disclosure's button alone; Radix renders its panel's element, empty.
        String data = "{\"props\": {\"pageProps\": {\"faqs\": [{\"question\": \"Will my eyes be dilated?\", "
                + "\"answer\": \"Often, yes: bring sunglasses.\"}, {\"question\": \"Do you take walk-ins?\", "
                + "\"answer\": \"Yes, until 4 pm every weekday.\", \"slug\": \"walk-ins\"}], "
                + "\"footer\": {\"label\": \"Our story\", \"text\": \"Family-owned since 1998 in Boulder.\"},"
                + "\"intro\": {\"title\": \"Insurance\", \"body\": \"We take most vision plans.\"}}}}";
        ExtractedPage page = extract("<main><h1>FAQ</h1><div><button aria-expanded=false><span>Will my eyes be "
                + "dilated?</span><svg></svg></button></div>"
                + "<h3><button aria-expanded=false aria-controls=radix-r1>Do you take walk-ins?</button></h3>"
                + "<div id=radix-r1 role=region hidden></div>"
                + "<h2>Insurance</h2><p>We take most vision plans.</p></main>"
                + "<script id=__NEXT_DATA__ type=application/json>" + data + "</script>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Will my eyes be dilated?\nOften, yes: bring sunglasses.",
                "Do you take walk-ins?\nYes, until 4 pm every weekday.", "Insurance\nWe take most vision plans.");
    }

    @Test
    void aClosedPanelIsReadFromTheAppRoutersRowsTooNotFromTheClassesOfElements() {
        // The rows are JSON split across pushes; an element's class list is no panel text.
        ExtractedPage page = extract("<header><button aria-expanded=false class=menu>Menu</button></header>"
                + "<main><h1>FAQ</h1><h3><button aria-expanded=false aria-controls=radix-r2>"
                + "Do you park cars?</button></h3><div id=radix-r2 role=region hidden></div></main>"
                + "<script>self.__next_f.push([0])</script>"
                + "<script>self.__next_f.push([1,\"1:I[\\\"123\\\",[],\\\"Accordion\\\"]\\n\"])</script>"
                + "<script>self.__next_f.push([1,\"2:[\\\"$\\\",\\\"$L1\\\",null,{\\\"items\\\":[{\\\"question\\\":"
                + "\\\"Do you park cars?\\\",\\\"answer\\\":\\\"Yes, valet parking is free after 6 pm.\"])</script>"
                + "<script>self.__next_f.push([1,\"\\\"}]}]\\n3:[\\\"$\\\",\\\"button\\\",null,{\\\"className\\\":"
                + "\\\"flex w-full justify-between px-4 py-3\\\",\\\"children\\\":\\\"Menu\\\"}]\\n\"])</script>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Do you park cars?\nYes, valet parking is free after 6 pm.");
    }

    @Test
    void aClosedPanelIsReadFromAnAstroIslandsProps() {
        // Astro writes each prop as [type, value]: 0 a value, 1 an array; the attribute is HTML-escaped.
        String props = "{&quot;items&quot;:[1,[[0,{&quot;question&quot;:[0,&quot;Can I bring my dog?&quot;],"
                + "&quot;answer&quot;:[0,&quot;Yes, dogs are welcome on the patio.&quot;]}]]]}";
        ExtractedPage page = extract("<main><h1>FAQ</h1><astro-island uid=Z1 client=load props=\"" + props + "\">"
                + "<div><h3><button aria-expanded=false aria-controls=radix-r0>Can I bring my dog?</button></h3>"
                + "<div id=radix-r0 role=region hidden></div></div></astro-island></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Can I bring my dog?\nYes, dogs are welcome on the patio.");
    }

    @Test
    void aClosedPanelIsReadFromThePagesSchemaOrgFaqButAnOpenOneIsNotRestated() {
        // The open entry's data says it in other words, as a site's FAQ markup often does: not read twice.
        String faq = "<script type=application/ld+json>{\"@context\": \"https://schema.org\", \"@type\": \"FAQPage\", "
                + "\"mainEntity\": [{\"@type\": \"Question\", \"name\": \"Do you deliver?\", \"acceptedAnswer\": "
                + "{\"@type\": \"Answer\", \"text\": \"<p>Yes, within <b>10 miles</b> for $5.</p>\"}}, "
                + "{\"@type\": \"Question\", \"name\": \"Can I order ahead?\", \"acceptedAnswer\": {\"@type\": "
                + "\"Answer\", \"text\": \"Yes. Call us or order online, any hour.\"}}]}</script>";
        ExtractedPage page = extract("<head>" + faq + "</head><main><h1>FAQ</h1>"
                + "<div><button aria-expanded=false>Do you deliver?</button></div>"
                + "<details><summary>Can I order ahead?</summary><p>Yes: call us, or order <a href=/order>online"
                + "</a>.</p></details></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Do you deliver?\nYes, within 10 miles for $5.", "Can I order ahead?\nYes: call us, or order online.");
    }

    @Test
    void aHeadingOfSentencesIsTextNotAHeading() {
        ExtractedPage page = extract("<main><h1>Packages</h1><h2>Detailing packages</h2><h3 class=section-subtitle>"
                + "Sedans and coupes. Add $20 for SUVs and trucks, $40 for minivans.</h3><h4>Express Wash</h4>"
                + "<p>Hand wash, $59.</p><h3>Dr. Amy Chen, DMD</h3><p>Our founder.</p></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Detailing packages\nSedans and coupes. Add $20 for SUVs and trucks, $40 for minivans.",
                "Express Wash\nHand wash, $59.", "Dr. Amy Chen, DMD\nOur founder.");
    }

    @Test
    void aFooterNamedWithItsBuildersNumberIsTheSiteFooter() {
        ExtractedPage page = extract("<body><section class=\"content5 cid-u1\"><h1>Visit us</h1><p>Free parking "
                + "behind the store, entrance on Burleigh Street; bus routes 15 and 19 stop at the corner.</p></section>"
                + "<section class=\"footer3 cid-u9\" once=footers><ul><li><a href=/>"
                + "Home</a></li><li><a href=/faq>FAQ</a></li></ul><p>© Copyright 2025 Maple Street Pharmacy</p>"
                + "</section></body>");
        // Its menu and copyright go, as any site footer's do (its address or phone would stay, as the site's facts).
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Visit us\nFree parking behind the store, entrance on Burleigh Street; bus routes 15 and 19 stop at the "
                        + "corner.");
    }

    @Test
    void aBlockWhoseModifierNamesItTheFooterIsTheSiteFooterEvenInsideMain() {
        // Hostinger's builder: dropped as chrome by its class word before, its facts lost with it. A post's own
        // "entry-footer" is not the site's footer.
        ExtractedPage page = extract("<header class=block-header><nav><a href=/>Home</a><a href=/pricing>Pricing"
                + "</a></nav></header><main class=page><section class=block><div class=text-box><h1>Pricing</h1>"
                + "<p>Every job has a $99 minimum. Prices are for rooms up to 250 square feet.</p></div></section>"
                + "<section class=block><div class=text-box><h3>Carpet</h3><p>1 room: $49</p><p>3 rooms: $129</p>"
                + "<p>Stairs: $3 per step.</p></div><div class=text-box><h3>Upholstery</h3><p>Sofa: $119</p>"
                + "<p>Loveseat: $89</p></div><div class=entry-footer><p>Updated in May.</p></div></section>"
                + "<section class=\"block block--footer\"><div class=text-box><p><strong>FreshStep Carpet Care"
                + "</strong></p><p>Austin, TX · (512) 555-0148</p></div><div class=text-box><p>© 2025 All rights "
                + "reserved</p></div></section></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Pricing\nEvery job has a $99 minimum. Prices are for rooms up to 250 square feet.",
                "Carpet\n1 room: $49\n\n3 rooms: $129\n\nStairs: $3 per step.",
                "Upholstery\nSofa: $119\n\nLoveseat: $89",
                "FreshStep Carpet Care\nAustin, TX · (512) 555-0148");
    }

    @Test
    void aTabsTitleHeadsItsPanel() {
        ExtractedPage page = extract("<main><h1>Menus</h1><div role=tablist>"
                + "<button role=tab aria-controls=lunch>Lunch</button><div role=tab id=dinner-tab>Dinner</div></div>"
                + "<div id=lunch role=tabpanel><p>Chowder $9.</p></div>"
                + "<div role=tabpanel aria-labelledby=dinner-tab hidden><p>Lobster $34.</p></div></main>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Menus", "Lunch"), List.of("Menus", "Dinner"));
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Lunch\nChowder $9.", "Dinner\nLobster $34.");
    }

    @Test
    void aTabPanelNamedLikeNavigationIsContent() {
        // Odoo's tabs snippet: its panels' ids start with "nav".
        ExtractedPage page = extract("<main><h1>The Club</h1><section class=s_tabs><div class=s_tabs_nav><ul "
                + "role=tablist><li><a role=tab id=t1 href=#nav_tabs_content_1 aria-controls=nav_tabs_content_1>"
                + "Monthly</a></li><li><a role=tab id=t2 href=#nav_tabs_content_2 aria-controls=nav_tabs_content_2>"
                + "Fine print</a></li></ul></div><div class=tab-content><div class='tab-pane fade show active' "
                + "id=nav_tabs_content_1 role=tabpanel><h3>Club Monthly: $58 a month</h3><p>One haircut a month.</p>"
                + "</div><div class='tab-pane fade' id=nav_tabs_content_2 role=tabpanel><p>Unused visits do not roll "
                + "over.</p></div></div></section></main>");
        assertThat(page.passages()).extracting(Passage::text).anySatisfy(text -> assertThat(text).contains("$58"))
                .anySatisfy(text -> assertThat(text).contains("roll over"));
    }

    @Test
    void tabsPairedWithTheirPanelsByOrderHeadThem() {
        ExtractedPage page = extract("<main><h1>Menus</h1><ul class=et_pb_tabs_controls><li><a href=#>Lunch</a>"
                + "</li><li><a href=#>Dinner</a></li></ul><div class=et_pb_all_tabs><div class=et_pb_tab><p>Chowder "
                + "$9.</p></div><div class=et_pb_tab><p>Lobster $34.</p></div></div>"
                + "<ul><li><a href=#>Share</a></li><li><a href=#>Print</a></li></ul><div><section><h2>Hours</h2>"
                + "<p>From 4 pm.</p></section><section><h2>Parking</h2><p>Free lot.</p></section></div></main>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Menus", "Lunch"), List.of("Menus", "Dinner"), List.of("Menus", "Hours"),
                List.of("Menus", "Parking"));
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Lunch\nChowder $9.", "Dinner\nLobster $34.\n\n- Share\n- Print", "Hours\nFrom 4 pm.",
                "Parking\nFree lot.");
    }

    @Test
    void boldLinesOpeningTheParagraphsOfATextBoxHeadThem() {
        ExtractedPage page = extract("<main><h1>Visit</h1><div class=paragraph><strong>Parking</strong><br>Free lot"
                + " behind the shop.<br><br><b>What to bring</b><br><strong>First visit</strong><br>Your insurance "
                + "card.<br><br><strong>Note:</strong> we are cash only.<br><br><strong>Opening hours</strong><br>"
                + "</div><table><tr><td>Monday</td><td>9-5</td></tr></table>"
                + "<p><b>Monday</b><br>9-5<br><b>Tuesday</b><br>9-1</p></main>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Visit", "Parking"), List.of("Visit", "First visit"), List.of("Visit", "Opening hours"));
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Parking\nFree lot behind the shop.\n\nWhat to bring",
                "First visit\nYour insurance card.\nNote: we are cash only.",
                "Opening hours\nMonday: 9-5\n\nMonday\n9-5\nTuesday\n9-1");
    }

    @Test
    void pricingTablesReadEachTableWholeWithoutWhatTheyStrikeOutOrTheirButtons() {
        String table = "<div class=et_pb_pricing_table><div class=et_pb_pricing_heading><h2 class=et_pb_pricing_title>"
                + "%s</h2><span class=et_pb_best_value>Small dogs up to 20 lb</span></div><span class=et_pb_et_price>"
                + "<span class=et_pb_dollar_sign>$</span><span class=et_pb_sum>%s</span></span><ul><li><span>Bath"
                + "</span></li><li class=et_pb_not_available><span>Full haircut</span></li></ul>"
                + "<a class=\"et_pb_button et_pb_pricing_table_button\" href=/book/>Book now</a></div>";
        ExtractedPage page = extract("<main><h1>Pricing</h1>" + table.formatted("Bath &amp; Tidy", "45")
                + table.formatted("Full Groom", "70") + "<p>Nail trim: <s>$20</s> $15</p></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Bath & Tidy\nSmall dogs up to 20 lb\n\n$45\n\n- Bath",
                "Full Groom\nSmall dogs up to 20 lb\n\n$70\n\n- Bath\n\nNail trim: $15");
    }

    @Test
    void weeblysContentAndColumnsAreReadAsThePagesText() {
        ExtractedPage page = extract("<body><div class=header-wrap><span id=wsite-title>Harmony Lane</span></div>"
                + "<div class=main-wrap><div id=wsite-content class=\"wsite-elements wsite-not-footer\">"
                + "<h2 class=wsite-content-title>Contact us</h2><div class=wsite-multicol><table class="
                + "wsite-multicol-table><tbody class=wsite-multicol-tbody><tr class=wsite-multicol-tr><td class="
                + "wsite-multicol-col><div class=paragraph>2280 Lougheed Highway<br>Call (604) 555-0139</div></td>"
                + "<td class=wsite-multicol-col><div class=paragraph><strong>Parking</strong><br>Free parking behind "
                + "the building.</div></td></tr></tbody></table></div></div></div></body>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Contact us\n2280 Lougheed Highway\nCall (604) 555-0139",
                "Parking\nFree parking behind the building.");
    }

    @Test
    void aHandMadePageLaidOutAsATableReadsItsTextAndTakesItsMenuColumnAsTheSitesFacts() {
        StringBuilder menu = new StringBuilder();
        for (String item : List.of("Home", "Services", "Automotive", "Emergency Lockout", "Prices", "About Us")) {
            menu.append("<tr><td><a href=/").append(item.hashCode()).append(".htm>").append(item)
                    .append("</a></td></tr>");
        }
        ExtractedPage page = extract("<body><table width=780><tr><td width=160><table>" + menu + "</table><br>"
                + "<font size=1>24 HOUR SERVICE<br><b>(773) 555-0123</b></font></td><td>"
                + "<table width=100%><tr><td><font size=5><b>Prices</b></font><br><br><font size=2>Car lockout: "
                + "$75.<br><br>We accept cash, checks and Visa.</font></td></tr></table></td></tr></table></body>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Prices\nCar lockout: $75.\nWe accept cash, checks and Visa.", "24 HOUR SERVICE\n(773) 555-0123");
    }

    @Test
    void charactersNobodySeesAreNotText() {
        ExtractedPage page = extract("<main><h1>Good to know</h1><div data-testid=richTextElement><p class=font_8>"
                + "Book 6 to 9 months ahead.</p><p class=font_8><span>\u200b</span></p><p class=font_8>Step-free "
                + "entrance for wheel\u00adchairs.\ufeff</p></div></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Good to know\nBook 6 to 9 months ahead.\n\nStep-free entrance for wheelchairs.");
    }

    @Test
    void aTitleNamedByItsClassHeadsWhatFollowsIt() {
        ExtractedPage page = extract("<main><div class=blog-item-title><h1>Services</h1></div><p>What we do.</p>"
                + "<div class=section-title>Fillings</div><p>Tooth-colored, from $165.</p>"
                + "<div class=card-title><a href=/crowns>Crowns</a></div><div class=card-subtitle>Same day</div>"
                + "<p>Porcelain or zirconia.</p><div class=title>Call us today.</div></main>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Services"), List.of("Services", "Fillings"), List.of("Services", "Crowns"));
        assertThat(page.passages()).extracting(Passage::text).containsExactly("Services\nWhat we do.",
                "Fillings\nTooth-colored, from $165.", "Crowns\nSame day\n\nPorcelain or zirconia.\n\nCall us today.");
    }

    @Test
    void aTitleWrittenAsAParagraphInsideItsTitleElementHeadsWhatFollowsIt() {
        // Strikingly's rich-text fields; the subtitle is a line of text, whatever font class it has.
        ExtractedPage page = extract("<div id=s-content><div class='s-title s-font-title'><p>Fees</p></div>"
                + "<div class='s-text s-font-body'><p>Month to month.</p></div>"
                + "<div class=s-item><div class='s-item-title s-font-title'><p>Uniform</p></div>"
                + "<div class='s-item-subtitle s-font-heading'><p>$45</p></div>"
                + "<div class='s-item-text s-font-body'><p>Free with unlimited.</p></div></div>"
                + "<div class=s-item><div class='s-item-title s-font-title'><p>Belt testing</p></div>"
                + "<div class='s-item-subtitle s-font-heading'><p>$40</p></div></div></div>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Fees"), List.of("Fees", "Uniform"), List.of("Fees", "Belt testing"));
        assertThat(page.passages()).extracting(Passage::text).containsExactly("Fees\nMonth to month.",
                "Uniform\n$45\n\nFree with unlimited.", "Belt testing\n$40");
    }

    @Test
    void aDialogAButtonOfTheContentOpensIsReadWhereItsButtonIs() {
        ExtractedPage page = extract("<header><button data-bs-toggle=modal data-bs-target=#signup>News</button>"
                + "</header><main><h1>Our team</h1><div class=card><h2>Dr. Ana Ruiz</h2><p>Family dentist."
                + " <a href=#bio-ruiz data-toggle=modal>Read bio</a></p></div>"
                + "<div class=card><h2>Sam Lee</h2><p>Hygienist.</p><button data-bs-toggle=modal "
                + "data-bs-target=#bio-lee>Read more</button></div></main>"
                + "<div class='modal fade' id=bio-ruiz tabindex=-1 role=dialog aria-hidden=true>"
                + "<div class=modal-dialog><div class=modal-content><div class=modal-header><h5 class=modal-title>"
                + "Dr. Ana Ruiz</h5></div><div class=modal-body><p>Dr. Ruiz speaks Spanish.</p></div></div></div>"
                + "</div><dialog id=bio-lee><h3>Certified in laser therapy</h3><p>Sam joined in 2019.</p></dialog>"
                + "<div class='modal fade' id=signup aria-hidden=true><div class=modal-body><p>Join our newsletter."
                + "</p></div></div>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Our team", "Dr. Ana Ruiz"), List.of("Our team", "Sam Lee"),
                List.of("Our team", "Sam Lee", "Certified in laser therapy"));
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Dr. Ana Ruiz\nFamily dentist. Read bio\n\nDr. Ruiz speaks Spanish.", "Sam Lee\nHygienist.",
                "Certified in laser therapy\nSam joined in 2019.");
        assertThat(page.text()).doesNotContain("newsletter");
    }

    @Test
    void aDialogNamedByItsClassesIsReadWhereItsButtonIs() {
        // Avada's modal: the button names it by classes, not by an id.
        ExtractedPage page = extract("<main><h1>Services</h1><h2>The arrangement conference</h2><p>It takes about two"
                + " hours.</p><div><a class='fusion-button fusion-modal-text-link' data-toggle=modal "
                + "data-target='.fusion-modal.what-to-bring' href=#>What should I bring?</a></div>"
                + "<div class='fusion-modal modal fade what-to-bring' role=dialog aria-hidden=true><div "
                + "class=modal-body><ul><li>Clothing for your loved one</li><li>Their Social Security number</li>"
                + "</ul></div></div></main>");
        assertThat(page.passages()).extracting(Passage::text).anySatisfy(text -> assertThat(text)
                .contains("It takes about two hours.", "Social Security number"));
    }

    @Test
    void tabsWrittenAsLinksToTheirPanelsHeadThem() {
        ExtractedPage page = extract("<main><h1>Menus</h1><ul class=tabs><li><a href=#lunch>Lunch</a></li>"
                + "<li><a href=#dinner>Dinner</a></li></ul>"
                + "<div id=lunch class=tab-pane><p>Chowder $9.</p></div><div id=dinner class=tab-pane>"
                + "<p>Lobster $34.</p></div><p>On this page: <a href=#hours>Hours</a> <a href=#parking>Parking</a></p>"
                + "<section id=hours><h2>Hours</h2><p>From 4 pm.</p></section>"
                + "<section id=parking><div><h2>Parking</h2></div><p>Free lot.</p></section></main>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Menus", "Lunch"), List.of("Menus", "Dinner"), List.of("Menus", "Hours"),
                List.of("Menus", "Parking"));
        assertThat(page.passages()).extracting(Passage::text).endsWith("Hours\nFrom 4 pm.", "Parking\nFree lot.");
    }

    @Test
    void anAsideOfTextIsContentTheSitesSidebarIsNot() {
        ExtractedPage page = extract("<body><main><h1>Brunch</h1><p>Eggs and oysters.</p>"
                + "<aside class=col-lg-4><div class=card><h2>Sunday jazz</h2><p>A trio plays from 11 to 1.</p></div>"
                + "</aside><aside><h2>More menus</h2><ul><li><a href=/dinner>Dinner menu</a></li>"
                + "<li><a href=/drinks>Drinks menu</a></li></ul></aside></main>"
                + "<aside id=secondary><p>Call us any time for a quote on new pipes.</p></aside></body>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Brunch"), List.of("Brunch", "Sunday jazz"));
        assertThat(page.text()).doesNotContain("More menus").doesNotContain("Call us");

        ExtractedPage noMain = extract("<body><div class=content><h1>Brunch</h1><p>Eggs and oysters.</p>"
                + "<aside><p>Sunday jazz from 11 to 1.</p></aside></div>"
                + "<aside class=sidebar><p>Call us any time for a quote on new pipes.</p></aside></body>");
        assertThat(noMain.text()).contains("Sunday jazz").doesNotContain("Call us");
    }

    @Test
    void aBootstrapAlertInTheTextIsANote() {
        ExtractedPage page = extract("<main><h1>Allergies</h1><p>Ask your server.</p>"
                + "<div class='alert alert-warning' role=alert>Our fryer is shared with shellfish.</div></main>");
        assertThat(page.text()).isEqualTo("Allergies\n\nAsk your server.\n\nOur fryer is shared with shellfish.");
    }

    @Test
    void aNavOfProseIsContentNavigationAndBreadcrumbsAreNot() {
        ExtractedPage page = extract("<main><nav aria-label=breadcrumb><ol><li><a href=/>Home</a></li>"
                + "<li><a href=/blog/>Blog</a></li><li>Why does my drain smell like sewer? Four causes</li></ol></nav>"
                + "<h1>FAQ</h1><div class=w-dropdown><div class=w-dropdown-toggle><div>Do you take walk-ins?</div>"
                + "</div><nav class=w-dropdown-list><p>Yes, before noon on weekdays.</p></nav></div>"
                + "<nav class=mega-menu><ul><li><a href=/drains>Drains</a> Clogs cleared the same day, camera "
                + "inspections and hydro-jetting</li></ul></nav></main>");
        assertThat(page.text()).isEqualTo("FAQ\n\nDo you take walk-ins?\n\nYes, before noon on weekdays.");
    }

    @Test
    void aQuestionOnTheFirstLineOfAParagraphHeadsTheRestOfIt() {
        ExtractedPage page = extract("<main><h1>FAQ</h1>"
                + "<p><strong>Do you validate parking?</strong><br>Yes, for two hours.<br>Ask at the desk.</p>"
                + "<p><strong>Can I bring my dog?</strong><br>Only to the patio.</p>"
                + "<ul><li>Is it open?</li><li>Yes</li></ul></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Do you validate parking?\nYes, for two hours.\nAsk at the desk.",
                "Can I bring my dog?\nOnly to the patio.\n\n- Is it open?\n- Yes");
    }

    @Test
    void xRobotsTagHeaderCounts() {
        var doc = PageExtractor.parse("<p>x</p>".getBytes(StandardCharsets.UTF_8), null, URL);
        assertThat(PageExtractor.extract(doc, URL, "noindex", null, "xappbot").metadata().noindex()).isTrue();
    }

    @Test
    void dropsBoilerplateWithoutAMainElement() {
        ExtractedPage page = extract("<body><div class=topbar>Call us now</div><header><nav><a href=/a>About</a>"
                + "</nav></header><div id=content><h1>Title</h1><p>Real content here.</p>"
                + "<div class='cookie-notice'>We use cookies</div><div class=newsletter-signup>Subscribe!</div>"
                + "<aside>Related: <a href=/b>Why drains smell</a></aside><form><label>Email</label><input></form></div>"
                + "<footer>Copyright 2025</footer><div role=dialog>Popup</div></body>");
        assertThat(page.text()).isEqualTo("Title\n\nReal content here.");
        assertThat(page.links()).contains(URI.create("https://example.com/a"));
    }

    @Test
    void readsTheFactsOfTheSiteFooterAsSectionsAfterTheContent() {
        ExtractedPage page = extract("<body><main><h1>Drain cleaning</h1><h2>Camera inspection</h2>"
                + "<p>We show you the roots before we quote.</p></main>"
                + "<footer class=site-footer><div class=widgets>"
                + "<section class=widget><p><strong>Copperline Plumbing</strong><br>2217 Kettle Road<br>"
                + "Office: <a href='tel:+16085550142'>(608) 555-0142</a></p></section>"
                + "<section class=widget><h2 class=widget-title>Quick Links</h2><ul><li><a href=/faq/>FAQ</a></li>"
                + "<li><a href=/careers/>Careers</a></li></ul></section>"
                + "<section class=widget><p class=heading-4><strong>Hours</strong></p><p>Mon–Fri 7 am – 6 pm</p>"
                + "<p>After hours? <a href=/emergencies/>Emergency information</a></p></section></div>"
                + "<p><a href=https://facebook.com/x>Facebook</a> · <a href=https://instagram.com/x>Instagram</a></p>"
                + "<div class=site-info>© 2025 Copperline Plumbing LLC · <a href=/privacy/>Privacy</a></div>"
                + "</footer></body>");

        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Drain cleaning", "Camera inspection"), List.of("Drain cleaning", "Copperline Plumbing"),
                List.of("Drain cleaning", "Hours"));
        assertThat(page.passages()).extracting(Passage::text).endsWith(
                "Copperline Plumbing\n2217 Kettle Road\nOffice: (608) 555-0142", "Hours\nMon–Fri 7 am – 6 pm");
    }


    @Test
    void readsTheFootersAsidesAsItsColumns() {
        // Astra writes each footer column as an aside, a widget area, not a sidebar beside the content.
        ExtractedPage page = extract("<body><main><h1>Contact</h1><p>Call before you stop by the yard.</p></main>"
                + "<footer class=site-footer><aside class=footer-widget-area role=region><section class=widget>"
                + "<h2>Office Hours</h2></section><section class=widget><p>Saturday: 8:00 am – 12:00 pm</p>"
                + "</section></aside></footer></body>");

        assertThat(page.passages()).extracting(Passage::text).endsWith("Office Hours\nSaturday: 8:00 am – 12:00 pm");
    }
    @Test
    void readsTheFactsOfTheSiteHeadersTopBarUnderThePageTitleAsSiteWide() {
        ExtractedPage page = extract("<body><header class=site-header><div class=top-bar>"
                + "<span><a class='btn btn-call' href='tel:+15555550177'>(555) 555-0177</a></span> "
                + "<span>Mon–Fri 7:30–18:00</span></div>"
                + "<div><a class=logo href=/>Kestrel Lane Auto</a><nav><a href=#services>Services</a></nav>"
                + "<a class='btn btn-primary' href=#contact>Book a repair</a></div></header>"
                + "<section><h1>Honest car repair</h1><h2>Brakes</h2><p>A brake job takes two hours.</p></section>"
                + "<footer><p>© 2025 Kestrel Lane Auto · 1420 Kestrel Lane, Brookmoor · <a href=/privacy/>Privacy</a>"
                + "</p></footer></body>");

        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Honest car repair", "Brakes"), List.of("Honest car repair"), List.of("Honest car repair"));
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Brakes\nA brake job takes two hours.", "(555) 555-0177 Mon–Fri 7:30–18:00",
                "© 2025 Kestrel Lane Auto · 1420 Kestrel Lane, Brookmoor ·");
        assertThat(page.passages()).extracting(Passage::siteWide).containsExactly(false, true, true);
    }

    @Test
    void aHeaderHoldingThePageTitleIsContentNotSiteFacts() {
        ExtractedPage page = extract("<body><header class=hero><h1>Emergency plumbing</h1>"
                + "<p>On call 24 hours, 365 days a year.</p></header><div class=content><p>We fix burst pipes.</p>"
                + "</div></body>");

        assertThat(page.passages()).extracting(Passage::siteWide).containsOnly(false);
        assertThat(page.text()).containsOnlyOnce("On call 24 hours");
    }

    @Test
    void aSectionsOwnHeaderIsContent() {
        ExtractedPage page = extract("<body><header class=site-header><a href=/>Brand</a><nav><a href=/a>A</a></nav>"
                + "</header><main><h1>Plans</h1><section><header><h2>Pricing</h2><p>Plans from $29 a month.</p>"
                + "</header><p>Cancel any time.</p></section></main></body>");

        assertThat(page.passages()).extracting(Passage::text)
                .containsExactly("Pricing\nPlans from $29 a month.\n\nCancel any time.");
    }

    @Test
    void aTitleBarBeforeMainHeadsTheContent() {
        ExtractedPage page = extract("<body><header><a href=/>Brand</a><nav><a href=/a>A</a></nav></header>"
                + "<div class=page-title-bar><div class=container><h1>Drain cleaning</h1></div></div>"
                + "<main><h2>Camera inspection</h2><p>We show you the roots before we quote.</p></main></body>");

        assertThat(page.passages()).extracting(Passage::headingPath)
                .containsExactly(List.of("Drain cleaning", "Camera inspection"));
    }

    @Test
    void aHeroBeforeMainIsReadWithItsLeadParagraph() {
        ExtractedPage page = extract("<body><header class=site-header><a href=/>Brand</a><nav><a href=/a>A</a></nav>"
                + "</header><header class=page-hero><div class=container><h1>Drain cleaning</h1><p>Same-day service "
                + "across the county.</p><a class=btn href=/book>Book now</a></div></header>"
                + "<main><h2>Camera inspection</h2><p>We show you the roots before we quote.</p></main></body>");

        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Drain cleaning\nSame-day service across the county.",
                "Camera inspection\nWe show you the roots before we quote.");
    }

    @Test
    void aMainHoldingOnlyTheTitleIsNotWhereTheContentIs() {
        ExtractedPage page = extract("<body><header><a href=/>Brand</a><nav><a href=/a>A</a></nav></header>"
                + "<main><h1>Drain cleaning</h1><p>Same-day service.</p></main>"
                + "<div class=content-sections><h2>Camera inspection</h2><p>We show you the roots before we quote, "
                + "on a screen in your basement, and we leave the recording with you.</p><h2>Hydro-jetting</h2>"
                + "<p>Water at 4,000 psi clears grease and roots from the whole line, not only a hole through them.</p>"
                + "</div><footer><p>© 2025 Brand</p></footer></body>");

        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(List.of("Drain cleaning"),
                List.of("Drain cleaning", "Camera inspection"), List.of("Drain cleaning", "Hydro-jetting"));
    }

    @Test
    void aFooterNamedSoByItsIdIsTheSiteFooter() {
        ExtractedPage page = extract("<body><div id=content><h1>About</h1><p>Three decades of plumbing.</p></div>"
                + "<div id=footer><div class=footer-col><h4>Opening hours</h4><p>Mon–Sat 8–6</p></div>"
                + "<div class=footer-col><a href=/privacy/>Privacy</a></div></div></body>");

        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(List.of("About"),
                List.of("About", "Opening hours"));
        ExtractedPage duda = extract("<body><div id=dm_content role=main><h1>About</h1><p>Three decades of "
                + "plumbing.</p></div><div class=dmFooterContainer><div id=fcontainer class=\"u_fcontainer dmFooter\">"
                + "<div class=dmNewParagraph><p>Denver, CO</p><p>(303) 555-0186</p></div></div></div></body>");
        assertThat(duda.passages()).extracting(Passage::text).containsExactly("About\nThree decades of plumbing.",
                "Denver, CO\n\n(303) 555-0186");
    }

    @Test
    void framersLayerNamesMarkItsMenuAndFooter() {
        ExtractedPage page = extract("<body><div id=main><div class=framer-72rtr7><div class=framer-14dyx2h-container "
                + "data-framer-name=Navigation name=Navigation><div class=framer-Mx3Tr data-framer-name=Desktop>"
                + "<a href=./>Lumen Dance Studio</a><a href=./classes>Classes</a><a href=./pricing>Pricing</a></div>"
                + "</div><div class=framer-1ab data-framer-name=Hero><h1 class=framer-text>Classes</h1><p "
                + "class=framer-text>Ballet, jazz and tap for ages 3 and up.</p></div><div class=framer-1w1-container "
                + "data-framer-name=Footer name=Footer><div data-framer-name=Desktop><p class=framer-text>418 Alder "
                + "Street, Portland</p><p class=framer-text><a href=./policies>Studio policies</a></p></div></div>"
                + "</div></div></body>");

        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Classes\nBallet, jazz and tap for ages 3 and up.", "418 Alder Street, Portland");
        assertThat(page.passages()).extracting(Passage::siteWide).containsExactly(false, true);
    }

    @Test
    void theFactsOfASidebarBesideTheMainContentAreReadAfterItAndAnArticlesDetailsAreNot() {
        ExtractedPage page = extract("<body class=has-sidebar-right><div class=container-component><main><div "
                + "class=item-page><h1>Prices</h1><dl class=\"article-info text-muted\"><dt>Details</dt><dd class="
                + "createdby>Written by: Super User</dd><dd class=hits>Hits: 1532</dd></dl><div itemprop=articleBody>"
                + "<p>Single lesson: £38. Block of ten hours: £350, paid in advance, never expiring.</p></div>"
                + "</div></main></div><div class=\"grid-child container-sidebar-right\"><div class=\"sidebar-right "
                + "card\"><h3 class=card-header>Office hours</h3><div class=card-body><p>Monday – Friday: 9am – 5pm"
                + "</p></div></div><div class=\"sidebar-right card\"><h3 class=card-header>Latest news</h3><ul><li>"
                + "<a href=/news/1>New car</a></li></ul></div></div></body>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly("Prices\nSingle lesson: £38. Block of "
                + "ten hours: £350, paid in advance, never expiring.", "Office hours\nMonday – Friday: 9am – 5pm");
    }

    @Test
    void theFactsOfASidebarAreReadOnAPageWithoutMainToo() {
        ExtractedPage page = extract("<body class=\"one-sidebar sidebar-first\"><div id=main-wrapper><div id=main>"
                + "<h2 class=element-invisible>You are here</h2><div class=breadcrumb><a href=/>Home</a> » Fees</div>"
                + "<div id=sidebar-first class=\"column sidebar\"><div class=region-sidebar-first><div class=block>"
                + "<h2>Office hours</h2><p>Saturday: 8:00 am – 1:00 pm</p></div><div class=block><h2>Latest news</h2>"
                + "<ul><li><a href=/news/1>Winter registration is open</a></li></ul></div></div></div>"
                + "<div id=content class=column><h1 class=title>Fees</h1><p>Group lessons (8 weeks): $128. Private "
                + "lessons: $42 for 30 minutes.</p></div></div></div></body>");

        assertThat(page.passages()).extracting(Passage::text).containsExactly("Fees\nGroup lessons (8 weeks): $128. "
                + "Private lessons: $42 for 30 minutes.", "Office hours\nSaturday: 8:00 am – 1:00 pm");
    }

    @Test
    void aWrapperNamedForItsSidebarIsNotOneButTheSidebarInItIs() {
        ExtractedPage page = extract("<body><div class=has-sidebar-right><h1>Fees</h1><p>Group lessons: $128 for "
                + "eight weeks.</p><div class=sidebar-right><p>Call 555-0139</p></div></div></body>");

        assertThat(page.passages()).extracting(Passage::text).containsExactly("Fees\nGroup lessons: $128 for "
                + "eight weeks.", "Call 555-0139");
    }

    @Test
    void aFormsTitleGoesWithTheFormWhereTheFormEndsItsSection() {
        ExtractedPage page = extract("<main><h1>Contact us</h1><div class=wp-block-columns><div class=wp-block-column>"
                + "<h3>Office hours</h3><p>Monday – Friday: 7:30 am – 4:30 pm</p></div><div class=wp-block-column>"
                + "<h3>Request a free estimate</h3><div class=wpforms-container><form><label>Name <input name=n>"
                + "</label></form></div></div></div><h2>Write to us</h2><form><input name=m></form><p>We answer "
                + "within a day.</p></main>");

        // The second title heads more than its form: it stays.
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Office hours\nMonday – Friday: 7:30 am – 4:30 pm", "Write to us\nWe answer within a day.");
    }

    @Test
    void aSidebarsOneWidgetKeepsItsHeadingAndFlatWidgetsAreCardsByTheirHeadings() {
        String lessons = "Group lessons: $128 for eight weeks of half-hour lessons, in groups of four at most, "
                + "with the same teacher every week.";
        ExtractedPage one = extract("<body><main><h1>Fees</h1><p>" + lessons + "</p></main><div "
                + "id=secondary class=widget-area><aside class=widget><h2 class=widget-title>Office hours</h2><div "
                + "class=textwidget><p>Monday – Friday: 9am – 5pm</p></div></aside></div></body>");
        ExtractedPage flat = extract("<body><main><h1>Fees</h1><p>" + lessons + "</p></main><div "
                + "class=sidebar><h3>Office hours</h3><p>Monday – Friday: 9am – 5pm</p><h3>What parents say</h3>"
                + "<p>Best lessons in town!</p><h3>Latest news</h3><ul><li><a href=/news/2025>New pool 2025</a>"
                + "</li></ul></div></body>");

        for (ExtractedPage page : List.of(one, flat)) {
            assertThat(page.passages()).extracting(Passage::text).containsExactly("Fees\n" + lessons,
                    "Office hours\nMonday – Friday: 9am – 5pm");
        }
    }

    @Test
    void aLinkInASentenceOfTheSitesFactsStaysInItAListOfLinksGoes() {
        ExtractedPage page = extract("<body><main><h1>Lighting</h1><p>Recessed lights from $145.</p></main>"
                + "<div id=right-sidebar class=\"widget-area sidebar\"><div class=inside-right-sidebar><aside class="
                + "widget><h2 class=widget-title>Need an electrician?</h2><div class=textwidget><p>Call (734) 555-0144 "
                + "or <a href=/contact/>request a free estimate</a>.</p></div></aside><aside class=widget><h2>Services</h2>"
                + "<ul><li><a href=/lighting/>Lighting</a></li><li><a href=/ev/>EV chargers</a></li></ul></aside></div>"
                + "</div>"
                + "<footer><p>4410 Jackson Road · <a href=/map>Directions</a></p><ul><li><a href=/about/>About</a>"
                + "</li><li><a href=/careers/>Careers</a></li></ul></footer></body>");

        assertThat(page.passages()).extracting(Passage::text).containsExactly("Lighting\nRecessed lights from $145.",
                "Need an electrician?\nCall (734) 555-0144 or request a free estimate.", "4410 Jackson Road ·");
    }

    @Test
    void aFieldsLabelAndValueWrittenAsTwoBlocksAreOneLine() {
        ExtractedPage page = extract("<body><main><h1>Level 2</h1><div class=\"field field-label-inline\"><div "
                + "class=field-label>Ages:&nbsp;</div><div class=field-items><div class=field-item>5 – 12 years</div>"
                + "</div></div><div class=field><div class=field-label>Before this level:</div><div class=field-items>"
                + "<p>Swims 5 metres alone</p></div></div><div><p>What you learn:</p><ul><li>Front crawl</li>"
                + "<li>Backstroke</li></ul></div><div><div>Note:</div><div><p>Bring goggles.</p><p>Tie long hair back."
                + "</p></div></div></main></body>");

        assertThat(page.text()).isEqualTo("Level 2\n\nAges: 5 – 12 years\n\nBefore this level: Swims 5 metres alone"
                + "\n\nWhat you learn:\n\n- Front crawl\n- Backstroke\n\nNote:\n\nBring goggles.\n\nTie long hair back.");
    }

    @Test
    void aFooterOfLinksAndACopyrightAddsNothing() {
        ExtractedPage page = extract("<body><main><h1>About</h1><p>Three decades of plumbing.</p></main>"
                + "<footer><ul><li><a href=/faq/>FAQ</a></li><li><a href=/blog/>Blog 2025</a></li></ul>"
                + "<p>Copyright 2025 Copperline</p></footer></body>");

        assertThat(page.text()).isEqualTo("About\n\nThree decades of plumbing.");
    }

    @Test
    void aBoilerplateWordNamingMostOfThePageIsHowItsBuilderNamesContent() {
        String widget = "<div class='elementor-element elementor-widget elementor-widget-text-editor'>"
                + "<div class=elementor-widget-container>%s</div></div>";
        ExtractedPage page = extract("<body><div class=elementor>" + widget.formatted("<h1>Drain cleaning</h1>")
                + widget.formatted("<h2>Camera inspection</h2>")
                + widget.formatted("<p>We run a camera down the line and show you the roots before we quote.</p>")
                + "</div><div id=secondary class=widget-area><p>Recent posts</p></div>"
                + "<div class=newsletter-signup>Subscribe for coupons!</div></body>");
        assertThat(page.text()).isEqualTo("Drain cleaning\n\nCamera inspection\n\n"
                + "We run a camera down the line and show you the roots before we quote.");
    }

    @Test
    void aListWhoseItemsHoldHeadingsIsReadAsSections() {
        ExtractedPage page = extract("<main><h1>FAQ</h1><ul class=accordion-items-container>"
                + "<li><h4><button aria-expanded=false>Do you take walk-ins?</button></h4>"
                + "<div role=region><p>Yes, before noon.</p></div></li>"
                + "<li><div role=heading aria-level=4>Is there parking?</div><p>Behind the building.</p>"
                + "<p>It is free.</p></li></ul><ul><li>Cleanings</li><li>Fillings</li></ul></main>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Do you take walk-ins?\nYes, before noon.",
                "Is there parking?\nBehind the building.\n\nIt is free.\n\n- Cleanings\n- Fillings");
    }

    @Test
    void aHeaderThatHeadsASectionIsContent() {
        ExtractedPage page = extract("<body><div class=site-header><a href=/>Home</a> <a href=/contact>Contact</a>"
                + "<h4><a href=/services>Services</a></h4></div><h1>Plumbing</h1>"
                + "<div class=section-header><h2>Our services</h2><p>Flat-rate prices, quoted first.</p></div>"
                + "<div class=card><div class=card-header><h3>Drains</h3></div><p>From $149.</p></div></body>");
        assertThat(page.text()).isEqualTo(
                "Plumbing\n\nOur services\n\nFlat-rate prices, quoted first.\n\nDrains\n\nFrom $149.");
    }

    @Test
    void everySectionSaysWhichPageItIsOnWhateverLevelTheSectionsAre() {
        ExtractedPage siteNameH1 = extract("<body><header><h1 class=site-title><a href='/'>Brightside</a></h1>"
                + "<p>Family dentistry</p></header><div><h2>Contact</h2><p>Call us.</p>"
                + "<h2>Hours</h2><p>Mon 9-5.</p><h3>Holidays</h3><p>Closed.</p></div></body>");
        assertThat(siteNameH1.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Contact"), List.of("Contact", "Hours"), List.of("Contact", "Hours", "Holidays"));
        ExtractedPage h1Sections = extract("<main><h1>Menus</h1><h1>Lunch</h1><p>Chowder $9.</p>"
                + "<h1>Dinner</h1><p>Lobster $34.</p></main>");
        assertThat(h1Sections.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Menus", "Lunch"), List.of("Menus", "Dinner"));
        ExtractedPage sloganAboveTheTitle = extract("<main><h2>Since 1987</h2><h1>Plumbing</h1><h2>Drains</h2>"
                + "<p>Cleared same day.</p><h2>Heating</h2><p>Boilers.</p></main>");
        assertThat(sloganAboveTheTitle.passages()).extracting(Passage::headingPath).containsExactly(
                List.of(), List.of("Plumbing", "Drains"), List.of("Plumbing", "Heating"));
    }

    @Test
    void aFormWrappingTheWholePageIsNotAForm() {
        ExtractedPage page = extract("<body><form id=form1 method=post action=./hours.aspx>"
                + "<input type=hidden name=__VIEWSTATE value=abc><h2>Opening hours</h2>"
                + "<p>Monday to Friday, 8 am to 6 pm; Saturdays 9 am to noon.</p>"
                + "<div class=newsletter-signup><label>Coupons by e-mail</label><input name=email></div></form></body>");
        assertThat(page.text()).isEqualTo("Opening hours\n\nMonday to Friday, 8 am to 6 pm; Saturdays 9 am to noon.");
    }

    @Test
    void aTableThatLaysOutThePageIsReadAsItsCellsBlocks() {
        ExtractedPage page = extract("<body><table width=100%><tr><td><nav><a href=/a>About</a></nav></td><td>"
                + "<h1>Hours</h1><p>Walk in any weekday.</p><h2>Prices</h2>"
                + "<table><tr><td>Cleaning</td><td>$145</td></tr></table></td></tr></table>"
                + "<table><tr><td><p>Filling</p></td><td><p>$180</p></td></tr></table></body>");
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Hours\nWalk in any weekday.", "Prices\nCleaning: $145\n\nFilling: $180");
    }

    @Test
    void keepsHeaderAndFooterInsideAnArticle() {
        ExtractedPage page = extract("<main><article><header><h1>Post</h1><p>By Ann</p></header><p>Body text.</p>"
                + "<blockquote><p>Quote</p><footer>Someone</footer></blockquote></article></main>");
        assertThat(page.text()).contains("Post", "By Ann", "Body text.", "Someone");
    }

    @Test
    void listsTablesAndDefinitionsBecomeReadableLines() {
        ExtractedPage page = extract("<main><h1>Prices</h1><ol><li>First<ul><li>nested</li></ul></li><li>Second"
                + "</li></ol><table><tr><th>Service</th><th>Insured</th><th>Uninsured</th></tr><tr><td>Cleaning</td>"
                + "<td>$0</td><td>$145</td></tr></table><dl><dt>Fax</dt><dd>555-0143</dd></dl></main>");
        assertThat(page.text()).contains("1. First\n  - nested\n2. Second",
                "Cleaning: Insured $0; Uninsured $145", "Fax: 555-0143");
    }

    @Test
    void aCellSpanningRowsOrColumnsStandsInEverySlotItCovers() {
        ExtractedPage page = extract("<main><h1>Prices</h1><table><tr><th rowspan=2>Pet</th><th rowspan=2>Size</th>"
                + "<th colspan=2>Price</th></tr><tr><th>Spay</th><th>Neuter</th></tr>"
                + "<tr><th colspan=4>Dogs and cats</th></tr>"
                + "<tr><td rowspan=2>Dog</td><td>Under 20 lb</td><td>$425</td><td>$345</td></tr>"
                + "<tr><td>Over 80 lb</td><td colspan=2>$650</td></tr><tr><td>Cat</td><td>Any</td><td>$220</td>"
                + "<td rowspan=0>$160</td></tr></table></main>");
        assertThat(page.text()).isEqualTo("Prices\n\nDogs and cats\n"
                + "Dog: Size Under 20 lb; Price Spay $425; Price Neuter $345\n"
                + "Dog: Size Over 80 lb; Price Spay $650; Price Neuter $650\n"
                + "Cat: Size Any; Price Spay $220; Price Neuter $160");
    }

    @Test
    void passagesFollowTheHeadingTree() {
        ExtractedPage page = extract("<main><h1>Clinic</h1><p>Intro.</p><h2 id=hours>Hours</h2><p>Mon 9-5.</p>"
                + "<h3>Holidays</h3><p>Closed Dec 25.</p><h2>Parking</h2><p>Free lot.</p></main>");
        List<Passage> passages = page.passages();
        assertThat(passages).extracting(Passage::headingPath).containsExactly(List.of("Clinic"),
                List.of("Clinic", "Hours"), List.of("Clinic", "Hours", "Holidays"), List.of("Clinic", "Parking"));
        assertThat(passages.get(1).anchor()).isEqualTo("hours");
        assertThat(passages.get(1).text()).isEqualTo("Hours\nMon 9-5.");
    }

    @Test
    void aParagraphAllInBoldHeadsWhatFollowsItAHeadingOverNothingIsContent() {
        ExtractedPage page = extract("<main><h1>Visit</h1>"
                + "<p><strong>Parking</strong></p><p>Free lot behind the building.</p>"
                + "<p><b>Do you validate?</b></p><p>No need: it is free.</p>"
                + "<p style='font-weight: 700'><span>Opening hours:</span></p><p>Mon 9-5.</p>"
                + "<p><strong>We are closed on public holidays.</strong></p><p>Call ahead.</p>"
                + "<p><strong>Open seven days a week</strong></p><h2>Prices</h2><p>Exam $60.</p>"
                + "<p><a href=/book><strong>Book online</strong></a></p><p>Or call.</p>"
                + "<h2>Same-day emergency visits.</h2><h2>Insurance</h2><p>We bill Delta.</p></main>");
        assertThat(page.passages()).extracting(Passage::headingPath).containsExactly(
                List.of("Visit", "Parking"),
                List.of("Visit", "Parking", "Do you validate?"),
                List.of("Visit", "Opening hours:"),
                List.of("Visit", "Prices"),
                List.of("Visit", "Insurance"));
        assertThat(page.passages()).extracting(Passage::text).containsExactly(
                "Parking\nFree lot behind the building.",
                "Do you validate?\nNo need: it is free.",
                "Opening hours:\nMon 9-5.\n\nWe are closed on public holidays.\n\nCall ahead.\n\n"
                        + "Open seven days a week",
                "Prices\nExam $60.\n\nBook online\n\nOr call.\n\nSame-day emergency visits.",
                "Insurance\nWe bill Delta.");
    }

    @Test
    void longSectionsSplitIntoBoundedPassages() {
        String sentence = "This sentence is about teeth and takes some room. ";
        ExtractedPage page = extract("<main><h2>Long</h2><p>" + sentence.repeat(80) + "</p><p>"
                + sentence.repeat(10) + "</p></main>");
        assertThat(page.passages()).hasSizeGreaterThan(3).allSatisfy(p -> {
            assertThat(p.text().length()).isLessThanOrEqualTo(Passages.MAX_CHARS);
            assertThat(p.headingPath()).containsExactly("Long");
        });
    }

    @Test
    void cardTitlesAndDescriptionsStayApart() {
        ExtractedPage page = extract("<main><ul><li><a href=/x><strong>Fillings</strong><span>Tooth-colored.</span>"
                + "</a></li></ul><p><b>S</b>mall caps</p></main>");
        assertThat(page.text()).contains("- Fillings Tooth-colored.", "Small caps");
    }
}
