package io.xapp.runtime.answers;

import io.xapp.crawler.CrawlResult;
import io.xapp.crawler.CrawlResults;
import io.xapp.crawler.CrawlSettings;
import io.xapp.crawler.Crawler;
import io.xapp.crawler.Crawlers;
import io.xapp.crawler.FetchPolicy;
import io.xapp.crawler.extract.PageExtractor;
import io.xapp.runtime.chat.ContentAnswer;
import io.xapp.runtime.chat.ContentAnswerer;
import io.xapp.runtime.chat.QuestionEncoder;
import io.xapp.runtime.content.IndexStore;
import io.xapp.runtime.index.SiteWords;
import io.xapp.runtime.search.InterpretedQuery;
import io.xapp.runtime.search.PassageRanker;
import io.xapp.runtime.search.QueryInterpreter;
import io.xapp.runtime.search.RankedPassage;
import io.xapp.runtime.search.TypicalPassage;
import io.xapp.runtime.semantic.Embedder;
import io.xapp.runtime.semantic.InferenceClient;
import io.xapp.runtime.testing.LocalInference;
import io.xapp.runtime.testing.StaticSiteServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * A developer's quick loop over the answer benchmark: the same sites and judging as {@code bench/answers.sh}, with the
 * answering code called in process (no runtime process, no HTTP), each site crawled once per build of the crawler and
 * kept in {@code target/answer-crawls}. Argument: the sites folder. System properties: {@code inference} (the URL of a
 * running inference service; without it, BM25 alone), {@code verbose} (print the misses), {@code debug} (the ranked
 * candidates of every miss; {@code debug=all}: of every answerable question), {@code features} (a tab-separated
 * line per question with the best passage's evidence, the question's concepts, unknown ones marked "?", and how much
 * of its meaning its known words keep: for choosing the noContent settings across all sites at once),
 * {@code xapp.answers.variant} (the sites served as a {@link MarkupVariant}). It prints how many calls to the
 * inference service the answers made per question. It calls the answerer alone, not the chat's intents: a message
 * the chat takes for a request to book or to be called answers otherwise over HTTP, so a change is checked with
 * {@code bench/answers.sh} too.
 */
public final class InProcessAnswers {

    public static void main(String[] args) throws Exception {
        Path sitesDir = Path.of(args.length > 0 ? args[0] : "../testing/fixtures/sites");
        String inference = System.getProperty("inference");
        Embedder embedder = inference == null ? Embedder.NONE
                : new InferenceClient(URI.create(inference), "dev/dev", LocalInference.tokenFor("dev", "dev"));
        QueryInterpreter interpreter = QueryInterpreter.withDefaultSynonyms();
        ContentAnswerer answerer = new ContentAnswerer(interpreter);
        List<SiteTally> tallies = new ArrayList<>();
        AtomicInteger modelCalls = new AtomicInteger();
        int questions = 0;
        int answerCalls = 0;
        List<QaSet> sets = QaSet.under(sitesDir);
        sets = MarkupVariant.asConfigured(sets, Files.createTempDirectory("xapp-markup-variant"));
        for (QaSet set : sets) {
            IndexStore.Stored stored = IndexStore.in(Files.createTempDirectory("xapp-answers")).write(crawl(set),
                    embedder);
            SiteTally tally = new SiteTally(set.site());
            Optional<SiteWords> siteWords = SiteWords.open(stored.dir().resolve(SiteWords.DIR));
            QuestionEncoder encoder = encoder(embedder, siteWords, modelCalls);
            try (var directory = FSDirectory.open(stored.dir().resolve("passages"));
                 DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (QaSet.Question q : set.questions()) {
                    int callsBefore = modelCalls.get();
                    long start = System.nanoTime();
                    ContentAnswer answer = answerer.answer(q.text(), searcher, encoder);
                    long nanos = System.nanoTime() - start;
                    answerCalls += modelCalls.get() - callsBefore;
                    questions++;
                    AnswerJudge.Reply reply = new AnswerJudge.Reply(answer.text(),
                            answer.sources().stream().map(ContentAnswer.Source::url).toList(), !answer.found());
                    tally.add(q, reply, nanos);
                    String show = System.getProperty("show");
                    if (show != null && q.text().toLowerCase().contains(show.toLowerCase())) {
                        System.out.println("A " + q.text() + "\n  " + reply.sourceUrls() + "\n  "
                                + reply.answer().replace("\n", " | "));
                    }
                    explain(set, q, reply, interpreter, encoder, searcher);
                }
            }
            if (siteWords.isPresent()) {
                siteWords.get().close();
            }
            tallies.add(tally);
        }
        System.out.println(SiteTally.header());
        tallies.forEach(t -> System.out.println(t.row()));
        System.out.println(SiteTally.total("all", tallies).row());
        System.out.printf("calls to the model: %.2f per question (%d questions)%n",
                questions == 0 ? 0 : (double) answerCalls / questions, questions);
        if (Boolean.getBoolean("verbose")) {
            tallies.forEach(t -> t.misses().forEach(m -> System.out.println("  miss " + m)));
        }
    }

    /** The inference service as the runtime asks it, with the site's words of the generation being asked. */
    private static QuestionEncoder encoder(Embedder embedder, Optional<SiteWords> siteWords, AtomicInteger calls) {
        return new QuestionEncoder() {
            @Override
            public Optional<List<float[]>> question(List<String> texts) {
                return others(texts);
            }

            @Override
            public Optional<List<float[]>> others(List<String> texts) {
                if (!embedder.configured()) {
                    return Optional.empty();
                }
                calls.incrementAndGet();
                return Optional.of(embedder.embed(Embedder.Kind.QUERY, texts).vectors());
            }

            @Override
            public Map<String, String> siteWords(List<String> words, List<float[]> vectors, double minCosine) {
                return siteWords.map(site -> site.nearest(words, vectors, minCosine)).orElse(Map.of());
            }
        };
    }

    /**
     * The crawler's build, by when its classes were written: a crawl kept from another build would hide what a change
     * to the crawler does (the markup variants measured on kept crawls once did).
     */
    private static final String CRAWLER_BUILD = crawlerBuild();

    private static String crawlerBuild() {
        try {
            Path classes = Path.of(PageExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Long.toHexString(Files.getLastModifiedTime(classes).toMillis());
        } catch (Exception e) {
            throw new IllegalStateException("cannot tell which build of the crawler is on the class path", e);
        }
    }

    /** The site crawled by the real crawler, kept so the loop crawls each site once per build of the crawler. */
    /** The crawl of {@code set}'s site, made once per build of the crawler and kept in target/answer-crawls. */
    public static CrawlResult crawl(QaSet set) throws Exception {
        Path cached = Path.of("target/answer-crawls", set.site() + "-" + CRAWLER_BUILD + ".json");
        if (Files.isRegularFile(cached)) {
            return CrawlResults.fromJson(Files.readString(cached));
        }
        CrawlResult crawl;
        try (StaticSiteServer site = StaticSiteServer.serve(set.www(), "127.0.0.1");
             Crawler crawler = Crawlers.crawler()) {
            crawl = crawler.crawl(CrawlSettings.of(site.baseUri()).withPerHostDelay(Duration.ZERO)
                    .withFetch(FetchPolicy.defaults().withAllowLoopback(true)));
        }
        Files.createDirectories(cached.getParent());
        Files.writeString(cached, CrawlResults.toJson(crawl));
        return crawl;
    }

    /** What -Ddebug and -Dfeatures print about one question. */
    private static void explain(QaSet set, QaSet.Question q, AnswerJudge.Reply reply, QueryInterpreter interpreter,
                                QuestionEncoder encoder, IndexSearcher searcher) {
        boolean debug = System.getProperty("debug") != null && !q.noContent()
                && ("all".equals(System.getProperty("debug")) || !AnswerJudge.judge(q, reply).outcome().right());
        if (!debug && !Boolean.getBoolean("features")) {
            return;
        }
        ContentAnswerer.Understanding understood = ContentAnswerer.understand(q.text(), searcher, interpreter, encoder);
        Optional<ContentAnswerer.QuestionMeaning> meaning = understood.meaning();
        float[] vector = meaning.map(ContentAnswerer.QuestionMeaning::message).orElse(null);
        InterpretedQuery query = understood.ranked();
        List<RankedPassage> ranked = new PassageRanker().rank(query, searcher, Integer.getInteger("debugTop", 8));
        if (debug) {
            System.out.println("D " + set.site() + ": " + q.text() + "  [want " + q.sourcePath() + "] "
                    + query.concepts().stream().map(c -> c.text() + ":" + String.format("%.1f", c.weight())).toList());
            for (RankedPassage r : ranked) {
                System.out.printf("D   %.3f sim %.3f bm25 %5.2f cov %.2f %s %s %s%n", r.score(), r.similarity(),
                        r.bm25(), r.coverage(), r.preferredAsAsked() ? "P" : " ", URI.create(r.url()).getPath(),
                        r.passage().headingPath());
            }
        }
        if (Boolean.getBoolean("features")) {
            RankedPassage best = ranked.isEmpty() ? null : ranked.get(0);
            double typical = vector == null ? Double.NaN : TypicalPassage.similarity(vector, searcher);
            System.out.printf("F\t%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%s\t%s\t%s\t%s\t%.3f%n", set.site(),
                    q.noContent() ? "U" : "A", AnswerJudge.judge(q, reply).outcome(), typical,
                    best == null ? -1 : best.similarity(),
                    best == null ? 0 : best.knownCoverage(), best == null ? 0 : best.unknownShare(),
                    best == null ? "-" : URI.create(best.url()).getPath(),
                    q.sourcePath() == null ? "-" : q.sourcePath(), q.text(), query.concepts().stream()
                            .map(c -> c.text() + "=" + String.format("%.2f", c.weight()) + (c.known() ? "" : "?"))
                            .collect(Collectors.joining(" ")), meaning.map(m -> m.knownMeaning()).orElse(1.0));
        }
    }
}
