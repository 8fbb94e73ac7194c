package io.xapp.runtime.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The words entity markers add to what a passage is about, and what they leave alone. */
class EntityMarkersTest {

    @Test
    void marksStreetAddressesAsAnAddress() {
        assertThat(about("Juniper Street Bakery\n88 Juniper Street, Alder Falls")).contains("address");
        assertThat(about("Suite 4, 1200 Hospital Drive")).contains("address");
        assertThat(about("Find us at 41 Ropewalk St. near the harbour")).contains("address");
        assertThat(about("2217B Old Kettle Mill Rd")).contains("address");
        assertThat(about("Greenthumb Garden Center, 2150 Lititz Pike, Lancaster")).contains("address");
        assertThat(about("Route 9 exit, 480 Old Mill Crossing")).contains("address");
        assertThat(about("Lotus Nail Spa, 3347 Highway 6, Suite 140")).contains("address");
        assertThat(about("8801 FM 1960 Bypass")).contains("address");
    }

    @Test
    void leavesNumbersThatAreNoAddressAlone() {
        assertThat(about("Marta and Jon opened the bakery in 2014 in the old post office.")).doesNotContain("address");
        assertThat(about("Ask for 3 Dr. Smith appointments")).doesNotContain("address");
        assertThat(about("Dr. Lindqvist sees cats on 2 Mondays a month")).doesNotContain("address");
        assertThat(about("Pick up 12 loaves on the street")).doesNotContain("address");
        assertThat(about("Our 5 Mile Loop starts at the dock")).doesNotContain("address");
        assertThat(about("Take exit 12 off Route 9 to the marina")).doesNotContain("address");
    }

    @Test
    void keepsMarkingPricesTimesAndPhones() {
        assertThat(about("Baguette: $4. Saturday: 8 am – 2 pm. Call (555) 555-0199."))
                .contains("price", "hour", "phone").doesNotContain("address");
    }

    @Test
    void marksHoursOnTheTwentyFourHourClockAndWritesOutTheirDays() {
        assertThat(about("Mon–Fri 7:30–18:00 · Sat 8:00–12:00")).contains("hour", "monday", "friday", "saturday");
        assertThat(about("Tues & Thurs: 9-5")).contains("hour", "tuesday", "thursday");
        assertThat(about("We sat down with Sun Li on a Wed in May.")).doesNotContain("hour", "saturday", "sunday",
                "wednesday");
        assertThat(about("Our monthly plan: 3 visits")).doesNotContain("hour", "monday");
    }

    @Test
    void marksAShareOrAnAmountOffAsADiscount() {
        assertThat(about("Your first colour appointment comes with 15% off.")).contains("discount");
        assertThat(about("Families take $10 off each additional child's fee.")).contains("discount");
        assertThat(about("Our success rate is 95%, and 10 % of clients return.")).doesNotContain("discount");
        assertThat(about("Lessons are $10, or $85 for ten; we take time off in August.")).doesNotContain("discount");
    }

    @Test
    void marksTheYearABusinessBeganAsItsEstablishment() {
        assertThat(about("Ace Lock & Key was started in 1987 by Stan Kowalski.")).contains("establish");
        assertThat(about("Family-owned since 1994")).contains("establish");
        assertThat(about("Founded 2012 in Portland.")).contains("establish");
        assertThat(about("Marco and Elena Ruiz started FreshStep in 2012 with one van.")).contains("establish");
        assertThat(about("We opened our doors in 1998.")).contains("establish");
        assertThat(about("In August 2012 she opened BrightPath Learning Center.")).contains("establish");
        assertThat(about("Dr. Elena Marsh opened Brightside in the spring of 2009.")).contains("establish");
        assertThat(about("In 2014 I left the paper and started Lakeshore Photo Studio.")).contains("establish");
        assertThat(about("In 2019 we moved to a bigger shop and our crew kept growing; we started a blog."))
                .doesNotContain("establish");
        assertThat(about("We started the job at 9 and opened the last box in 12 minutes.")).doesNotContain("establish");
        assertThat(about("Open since Monday; 1994 customers served.")).doesNotContain("establish");
        assertThat(about("Prices since the last update, 2021 to 2024, held.")).doesNotContain("establish");
        assertThat(about("We started the job at 9 and worked in the rain, 2019 was wet.")).doesNotContain("establish");
    }

    @Test
    void marksASpanOfTimeAsADuration() {
        assertThat(about("Most alterations are ready in one week.")).contains("duration");
        assertThat(about("Orders ship in 5 to 7 business days")).contains("duration");
        assertThat(about("Balayage takes between three and four hours.")).contains("duration");
        assertThat(about("Every roof comes with a 12-month warranty.")).contains("duration");
        assertThat(about("We offer next-day service across the county.")).contains("duration");
        assertThat(about("Once a year for most homes, ideally in late spring.")).contains("duration");
        assertThat(about("We come every other week in winter.")).contains("duration");
        assertThat(about("Filters are inspected annually.")).contains("duration");
        assertThat(about("Once you book, we call to confirm. Every technician is certified."))
                .doesNotContain("duration");
        assertThat(about("Lessons are $10; call (555) 555-0199 at 9 am, Suite 4.")).doesNotContain("duration");
        assertThat(about("Someone will call you back. Our 3 vans and 12 technicians")).doesNotContain("duration");
    }

    @Test
    void marksAListOfPlacesAsAnArea() {
        assertThat(about("We work in Ames, Gilbert, Nevada, Huxley and Story City.")).contains("area");
        assertThat(about("Where we work Austin, Round Rock, Cedar Park, Pflugerville, Georgetown and Lakeway"))
                .contains("area");
        assertThat(about("We serve Denver, Lakewood, Wheat Ridge, Arvada, Golden and Edgewater.")).contains("area");
        assertThat(about("Open Monday, Wednesday and Friday; closed Sat, Sun.")).doesNotContain("area");
        assertThat(about("Maya and Jon run the shop in Ames.")).doesNotContain("area");
    }

    @Test
    void marksANumberOfThingsAsACount() {
        assertThat(about("The main barn seats up to 200 guests for dinner.")).contains("count");
        assertThat(about("Small classes with no more than four swimmers per teacher")).contains("count");
        assertThat(about("4.9 average from 640 Google reviews")).contains("count");
        assertThat(about("Up to 12 people per tour")).contains("count");
        assertThat(about("Most cleanings take 45 minutes; we have been here 20 years.")).doesNotContain("count");
        assertThat(about("A $25 deposit. Room 2 is upstairs; ask 1 of us. Level 3 class.")).doesNotContain("count");
    }

    @Test
    void eachFactsTermIsWhatItsMarkerBecomesInTheIndex() {
        for (StatedFact fact : StatedFact.values()) {
            if (fact.marked()) {
                assertThat(terms(ContentAnalyzers.aboutness(), PassageFields.ALL, fact.marker())).as(fact.name())
                        .containsExactly(fact.term().orElseThrow());
            } else {
                assertThat(fact.term()).as(fact.name()).isEmpty();
            }
        }
    }

    @Test
    void recordsTheFactsAPassageStates() {
        int removalPage = StatedFact.statedIn("An arborist looks at the tree and gives you a written price.");
        int priceList = StatedFact.statedIn("Large tree removal (over 60 ft) $1,500 – $3,500");
        int shipping = StatedFact.statedIn("Orders ship in 5 to 7 business days; call (734) 555-0192.");

        assertThat(removalPage).isZero();
        assertThat(priceList).isEqualTo(StatedFact.PRICE.bit());
        assertThat(shipping).isEqualTo(StatedFact.DURATION.bit() | StatedFact.PHONE.bit());
    }

    @Test
    void aPolicyStatesItsCaseInASentenceOrInItsHeading() {
        int guarantee = StatedFact.statedIn("Our guarantee\nIf pests return between visits, we re-treat for free.");
        int entry = StatedFact.statedIn("What if it rains on the day?\nWe work in light rain.");
        int midSentence = StatedFact.statedIn("Pruning\nWe prune in winter if the tree is dormant.");
        int word = StatedFact.statedIn("Gifts\nIfield Road branch sells gift cards.");

        assertThat(guarantee).isEqualTo(StatedFact.CONDITION.bit());
        assertThat(entry).isEqualTo(StatedFact.CONDITION.bit());
        assertThat(midSentence).isZero();
        assertThat(word).isZero();
    }

    private static List<String> about(String text) {
        return terms(ContentAnalyzers.aboutness(), PassageFields.ALL, text);
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}; the analyzer is closed after. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        try (analyzer) {
            return ContentAnalyzers.terms(analyzer, field, text);
        }
    }
}
