package io.xapp.runtime.answers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.runtime.bench.RuntimeBenchmark;
import io.xapp.runtime.testing.Fixtures;
import io.xapp.runtime.testing.LocalInference;
import io.xapp.runtime.testing.QuarkusProcess;
import io.xapp.runtime.testing.StaticSiteServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The answer benchmark (bench/answers.sh): each site served on loopback, crawled and indexed by the runtime as
 * shipped with the generic template, beside the inference service as shipped, then asked every question of its
 * {@code qa.json} through {@code POST /api/chat}. Prints, per site and overall: right answers, source@1, facts
 * (answers with every expected string, whatever their page), noContent recall, false noContent and chat latency
 * (after one unjudged pass over the questions, so the figures are of a warmed-up runtime).
 */
public final class AnswerBenchmark {

    private static final String ORIGIN = "http://answers.bench.example";
    private static final String WIDGET_KEY = "wk_answers_bench";
    private static final String NAMESPACE = "bench";

    private final ObjectMapper json = new ObjectMapper();
    private final Path runtimeJar;
    private final LocalInference inference;
    private final Path workDir;

    public AnswerBenchmark(Path runtimeJar, LocalInference inference, Path workDir) {
        this.runtimeJar = runtimeJar;
        this.inference = inference;
        this.workDir = workDir;
    }

    /**
     * args: [sites folder] (default: the repository's fixture sites); {@code -Dxapp.answers.variant=NAME} serves
     * them as a {@link MarkupVariant}.
     */
    public static void main(String[] args) throws Exception {
        Path sites = args.length > 0 ? Path.of(args[0]) : Fixtures.dir().resolve("sites");
        Path work = Files.createTempDirectory("xapp-answers");
        List<QaSet> sets = QaSet.under(sites);
        sets = MarkupVariant.asConfigured(sets, work);
        System.out.println("sites: " + sets.stream().map(QaSet::site).toList() + " from " + sites.toAbsolutePath());
        System.out.println("logs: " + work);
        List<SiteTally> tallies;
        try (LocalInference inference = LocalInference.start(LocalInference.defaultJar(), work,
                LocalInference.WITHOUT_VECTOR_CACHE)) {
            tallies = new AnswerBenchmark(Path.of("target/quarkus-app/quarkus-run.jar"), inference, work).run(sets);
        }
        print(tallies);
        System.exit(0);
    }

    public static void print(List<SiteTally> tallies) {
        System.out.println();
        System.out.println(SiteTally.header());
        tallies.forEach(t -> System.out.println(t.row()));
        System.out.println(SiteTally.total("all", tallies).row());
        System.out.println();
        tallies.forEach(t -> t.misses().forEach(m -> System.out.println("miss " + m)));
    }

    public List<SiteTally> run(List<QaSet> sets) throws Exception {
        List<SiteTally> tallies = new ArrayList<>();
        for (QaSet set : sets) {
            tallies.add(run(set));
        }
        return tallies;
    }

    private SiteTally run(QaSet set) throws Exception {
        Path dir = Files.createDirectories(workDir.resolve(set.site()));
        String name = "ast-" + set.site();
        try (StaticSiteServer site = StaticSiteServer.serve(set.www(), "127.0.0.1")) {
            Files.writeString(dir.resolve("config.json"), """
                    {"assistant": {"namespace": "%s", "name": "%s"}, "website": "%s",
                     "channels": ["widget", "search"], "allowedOrigins": ["%s"],
                     "rateLimits": {"perKeyPerMinute": 100000000, "perClientPerMinute": 100000000},
                     "crawl": {"cadence": "24h", "maxPages": 500, "allowLoopback": true}, "dataDir": "%s"}
                    """.formatted(NAMESPACE, name, site.baseUri(), ORIGIN, dir.resolve("data")));
            Map<String, String> env = Map.of("XAPP_CONFIG_FILE", dir.resolve("config.json").toString(),
                    "XAPP_WIDGET_KEY", WIDGET_KEY, "XAPP_BRIDGE_TOKEN", inference.tokenFor(NAMESPACE, name),
                    "XAPP_SECRETS_DIR", dir.resolve("no-secrets").toString(),
                    "XAPP_INFERENCE_URL", inference.url().toString());
            try (QuarkusProcess runtime = QuarkusProcess.start(runtimeJar, RuntimeBenchmark.jvmOptions(), env,
                    dir.resolve("runtime.log")).awaitReady(Duration.ofMinutes(5))) {
                for (QaSet.Question q : set.questions()) {
                    ask(runtime, q.text());
                }
                SiteTally tally = new SiteTally(set.site());
                for (QaSet.Question q : set.questions()) {
                    long start = System.nanoTime();
                    AnswerJudge.Reply reply = ask(runtime, q.text());
                    tally.add(q, reply, System.nanoTime() - start);
                }
                return tally;
            }
        }
    }

    private AnswerJudge.Reply ask(QuarkusProcess runtime, String question) throws IOException {
        QuarkusProcess.Http.Response response = QuarkusProcess.Http.exchange(runtime.base().resolve("api/chat"),
                Map.of("Origin", ORIGIN, "X-Xapp-Key", WIDGET_KEY),
                json.writeValueAsBytes(Map.of("message", question, "sessionId", "answers-bench")));
        if (response.status() != 200) {
            throw new IllegalStateException("the runtime answered " + response.status() + " to '" + question + "': "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8) + "; see "
                    + runtime.log());
        }
        JsonNode reply = json.readTree(response.body());
        List<String> sources = new ArrayList<>();
        reply.path("sources").forEach(s -> sources.add(s.path("url").asText()));
        return new AnswerJudge.Reply(reply.path("answer").asText(), sources, reply.path("noContent").asBoolean());
    }
}
