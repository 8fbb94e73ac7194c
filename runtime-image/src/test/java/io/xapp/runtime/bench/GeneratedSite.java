package io.xapp.runtime.bench;

import io.xapp.crawler.CrawlEndReason;
import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import io.xapp.runtime.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A large made-up small-business site as a crawl result: pages of services with a few sections each. Titles and
 * headings name the services; body text is drawn from one of three {@link Text}s.
 */
final class GeneratedSite {

    /** How body text picks its words. */
    enum Text {
        /**
         * Every word from the {@link #WORDS} of the trade, uniformly: each question word then appears in about 40% of
         * all passages, so every search walks long postings. A stress case; no real site reads like this.
         */
        UNIFORM,
        /**
         * Words by Zipf's law, as in real text: the trade's words spread from very common to rare among
         * {@link #FILLER_WORDS} other words, so a question word appears in anywhere from about a third of the
         * passages down to a few dozen.
         */
        ZIPF,
        /**
         * Sentences of real small businesses' pages (the fixture sites' paragraphs and list items) drawn at random:
         * the words, length and tokens of English as sites write it. Made-up words cost an embedding model several
         * tokens each, so what indexing costs is measured on this text.
         */
        ENGLISH
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9])");
    /** Other words of a site's prose (made-up syllable words), for {@link Text#ZIPF}. */
    static final int FILLER_WORDS = 8000;
    /** Zipf exponent of English prose. */
    private static final double ZIPF_EXPONENT = 1.07;

    static final String[] WORDS = ("appointment availability booking cleaning consultation coverage deposit discount "
            + "emergency estimate evening exam family fee financing first follow-up guarantee holiday hours "
            + "installation insurance inspection kids location maintenance membership monthly morning new "
            + "option parking payment phone plan policy premium price quote refund repair replacement "
            + "reservation review saturday schedule season senior service session special staff student "
            + "subscription support team training treatment upgrade visit warranty weekday weekend window "
            + "garden roof heating cooling plumbing electrical painting flooring kitchen bathroom deck fence "
            + "lawn tree pool pest carpet furnace boiler pipe drain water filter solar battery charger "
            + "walk-in online same-day free local licensed certified insured experienced friendly quick").split(" ");

    private final Random random;
    private final Text text;
    /** For {@link Text#ZIPF}: words by rank and their cumulative probabilities. */
    private final String[] ranked;
    private final double[] cumulative;

    /** For {@link Text#ENGLISH}: the sentences drawn from. */
    private final List<String> english;

    private GeneratedSite(long seed, Text text) {
        this.random = new Random(seed);
        this.text = text;
        this.english = text == Text.ENGLISH ? fixtureSentences() : List.of();
        this.ranked = text == Text.ZIPF ? zipfVocabulary() : WORDS;
        this.cumulative = new double[ranked.length];
        double sum = 0;
        for (int r = 0; r < ranked.length; r++) {
            sum += text == Text.ZIPF ? 1 / Math.pow(r + 1, ZIPF_EXPONENT) : 1;
            cumulative[r] = sum;
        }
        for (int r = 0; r < ranked.length; r++) {
            cumulative[r] /= sum;
        }
    }

    static CrawlResult crawl(URI base, int pages, long seed, Text text) {
        return new GeneratedSite(seed, text).crawl(base, pages);
    }

    private CrawlResult crawl(URI base, int pages) {
        List<CrawledPage> list = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            URI url = base.resolve("services/" + i + ".html");
            String topic = word(random) + " " + word(random);
            List<Passage> passages = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                String heading = capital(word(random)) + " " + word(random);
                String body = heading + "\n" + sentences(3 + random.nextInt(3));
                passages.add(new Passage(List.of(capital(topic), heading), body, "s" + s));
                text.append(body).append("\n\n");
            }
            list.add(new CrawledPage(url, capital(topic) + " " + i + " | Example Services", null, "en", url, 1,
                    text.toString(), passages, Integer.toHexString(text.hashCode()), null, null, Instant.now(),
                    false));
        }
        return new CrawlResult(base, Instant.now(), Instant.now(), list, List.of(), null, CrawlEndReason.COMPLETED);
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

    private String sentences(int n) {
        if (text == Text.ENGLISH) {
            return String.join(" ", random.ints(n, 0, english.size()).mapToObj(english::get).toList());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int words = 8 + random.nextInt(12);
            StringBuilder sentence = new StringBuilder(capital(bodyWord()));
            for (int w = 1; w < words; w++) {
                sentence.append(' ').append(random.nextInt(6) == 0 ? "$" + (20 + random.nextInt(900)) : bodyWord());
            }
            out.append(sentence).append(". ");
        }
        return out.toString().strip();
    }

    private String bodyWord() {
        if (text == Text.UNIFORM) {
            return word(random);
        }
        int r = Arrays.binarySearch(cumulative, random.nextDouble());
        return ranked[Math.min(ranked.length - 1, r < 0 ? -r - 1 : r)];
    }

    /** The sentences of six words or more in the paragraphs and list items of every fixture site's pages. */
    private static List<String> fixtureSentences() {
        Set<String> sentences = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(Fixtures.dir().resolve("sites"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                for (Element block : Jsoup.parse(file.toFile()).select("p, li")) {
                    for (String sentence : SENTENCE_END.split(block.text())) {
                        if (sentence.split(" ").length >= 6) {
                            sentences.add(sentence);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fixture sites under " + Fixtures.dir(), e);
        }
        return List.copyOf(sentences);
    }

    /** The trade's words at every 40th rank from the 3rd (common to rare), filler words between them. */
    private static String[] zipfVocabulary() {
        String[] vocabulary = new String[WORDS.length + FILLER_WORDS];
        String[] syllables = ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu "
                + "na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu").split(" ");
        int filler = 0;
        int domain = 0;
        for (int r = 0; r < vocabulary.length; r++) {
            if (domain < WORDS.length && r == 2 + 40 * domain) {
                vocabulary[r] = WORDS[domain++];
            } else {
                int f = filler++;
                // Three syllables: 50^3 distinct made-up words, none of them the trade's.
                vocabulary[r] = syllables[f % 50] + syllables[f / 50 % 50] + syllables[f / 2500 % 50];
            }
        }
        return vocabulary;
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
