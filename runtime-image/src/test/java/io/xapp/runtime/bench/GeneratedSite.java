package io.xapp.runtime.bench;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A large made-up small-business site as a crawl result: pages of services with a few sections each. */
final class GeneratedSite {

    static final String[] WORDS = ("appointment availability booking cleaning consultation coverage deposit discount "
            + "emergency estimate evening exam family fee financing first follow-up guarantee holiday hours "
            + "installation insurance inspection kids location maintenance membership monthly morning new "
            + "option parking payment phone plan policy premium price quote refund repair replacement "
            + "reservation review saturday schedule season senior service session special staff student "
            + "subscription support team training treatment upgrade visit warranty weekday weekend window "
            + "garden roof heating cooling plumbing electrical painting flooring kitchen bathroom deck fence "
            + "lawn tree pool pest carpet furnace boiler pipe drain water filter solar battery charger "
            + "walk-in online same-day free local licensed certified insured experienced friendly quick").split(" ");

    private GeneratedSite() {
    }

    static CrawlResult crawl(URI base, int pages, long seed) {
        Random random = new Random(seed);
        List<CrawledPage> list = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            URI url = base.resolve("services/" + i + ".html");
            String topic = word(random) + " " + word(random);
            List<Passage> passages = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                String heading = capital(word(random)) + " " + word(random);
                String body = heading + "\n" + sentences(random, 3 + random.nextInt(3));
                passages.add(new Passage(List.of(capital(topic), heading), body, "s" + s));
                text.append(body).append("\n\n");
            }
            list.add(new CrawledPage(url, capital(topic) + " " + i + " | Example Services", null, "en", url, 1,
                    text.toString(), passages, Integer.toHexString(text.hashCode()), null, null, Instant.now(),
                    false));
        }
        return new CrawlResult(base, Instant.now(), Instant.now(), list, List.of(), null, "completed");
    }

    /** Questions and searches in the site's vocabulary, some with a typo. */
    static List<String> queries(int n, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String a = word(random);
            String b = word(random);
            queries.add(switch (i % 4) {
                case 0 -> "how much does " + a + " " + b + " cost?";
                case 1 -> "do you offer " + a + " on the " + b + "?";
                case 2 -> a + " " + b;
                default -> typo(a) + " " + b;
            });
        }
        return queries;
    }

    private static String sentences(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int words = 8 + random.nextInt(12);
            StringBuilder sentence = new StringBuilder(capital(word(random)));
            for (int w = 1; w < words; w++) {
                sentence.append(' ').append(random.nextInt(6) == 0 ? "$" + (20 + random.nextInt(900)) : word(random));
            }
            out.append(sentence).append(". ");
        }
        return out.toString().strip();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String typo(String s) {
        return s.length() < 5 ? s : s.substring(0, 2) + s.substring(3);
    }
}
