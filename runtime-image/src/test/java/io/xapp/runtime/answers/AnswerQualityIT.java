package io.xapp.runtime.answers;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.runtime.testing.Fixtures;
import io.xapp.runtime.testing.LocalInference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The product's heart, as bench/answers.sh measures it: the four fixture sites, each crawled and indexed by the
 * runtime as shipped beside the inference service as shipped, asked their visitors' questions over HTTP with the
 * generic template. Asserts the figures reached (never lower than the ones reported in docs/answer-quality.md), per site,
 * so a change that loses an answer anywhere fails here.
 */
class AnswerQualityIT {

    /**
     * Per site: right answers of 30, noContent recall of 8, false noContent at most. The figures move with the
     * machine: Copperline answered 26 in every run on a CPU without AVX-512 VNNI and 25 in every run on one with it
     * (2026-12-05; ONNX Runtime picks its int8 kernels by instruction set, and a near-tie can turn). The floors are
     * the lower figure. Since 2026-12-06 the inference service embeds each text alone (a batch had moved each vector
     * by a cosine of about 0.01 with what shared its call): Copperline 24 on the VNNI machine, the others the same or
     * one fewer; Copperline 25 again from the same day, when question words the site writes only in another form
     * ("deliver" and "delivery") stopped counting against the question. Brightside's noContent 7 of 8 (the issue's
     * goal) since a passage's own heading is embedded once (docs/runtime.md): its wifi question is answered from the
     * FAQ, while the inference service spends 15% less CPU. Fernwood 24 from the same night, 25 with page support
     * (a page's second near passage counting towards its first) on the machine without VNNI: its floor one below.
     * From 2026-12-07 the meaning a question loses without the words the site never uses counts against its answer
     * (ContentAnswerer.MEANING_LOST_PENALTY; over the 117 fixture and probe sites 21 more right, 3 more refused):
     * Fernwood 24 and one false noContent ("my bunny hasnt pooped since this morning": "bunny" and "pooped" carry
     * it, and the vet's site writes "rabbit"), Brightside 8 of 8 noContent. Later that day a word the site never
     * uses is searched as the site's word nearest in meaning (ContentAnswerer.SITE_WORD_MATCH: "bunny" as "rabbit"):
     * Fernwood 25 and no false noContent again. From 2026-12-08 a page's passages that state the fact asked for come
     * first among the best passage's companions (ContentAnswerer.companions): Copperline 27, measured on a machine
     * with VNNI ("do u charge just to come out and look at the problem?" now quotes the $89 service call); its floor
     * stays one below, for the near tie that has turned with the instruction set before.
     */
    private record Floor(int right, int noContent, int falseNoContent) {
    }

    private static final Map<String, Floor> REACHED = Map.of(
            "brightside-dental", new Floor(24, 7, 0),
            "copperline-plumbing", new Floor(26, 7, 1),
            "fernwood-vet", new Floor(24, 7, 0),
            "saltmarsh-kitchen", new Floor(22, 7, 2));

    @Test
    void theFixtureSitesAreAnsweredAtLeastAsWellAsReported() throws Exception {
        Path work = Files.createTempDirectory("xapp-answer-quality");
        List<SiteTally> tallies;
        try (LocalInference inference = LocalInference.start(LocalInference.defaultJar(), work,
                LocalInference.WITHOUT_VECTOR_CACHE)) {
            tallies = new AnswerBenchmark(Path.of("target/quarkus-app/quarkus-run.jar"), inference, work)
                    .run(QaSet.under(Fixtures.dir().resolve("sites")));
        }
        AnswerBenchmark.print(tallies);
        assertThat(tallies).extracting(SiteTally::site).containsExactlyInAnyOrderElementsOf(REACHED.keySet());
        SoftAssertions soft = new SoftAssertions();
        for (SiteTally t : tallies) {
            Floor floor = REACHED.get(t.site());
            soft.assertThat(t.right()).as("%s: right answers", t.site()).isGreaterThanOrEqualTo(floor.right());
            soft.assertThat(t.noContentRight()).as("%s: unanswerable questions answered noContent", t.site())
                    .isGreaterThanOrEqualTo(floor.noContent());
            soft.assertThat(t.falseNoContent()).as("%s: answerable questions answered noContent", t.site())
                    .isLessThanOrEqualTo(floor.falseNoContent());
        }
        soft.assertAll();
    }
}
