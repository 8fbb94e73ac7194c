package io.xapp.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model, loaded once for the class (a few seconds). */
class OnnxEncoderTest {

    private static OnnxEncoder encoder;

    @BeforeAll
    static void load() {
        encoder = OnnxEncoder.load(AllMiniLmL6V2.MODEL, new EncoderSettings(1, false));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    @Test
    void vectorsHaveTheModelsDimensionsAndUnitLength() {
        float[][] vectors = encoder.embed(List.of("Do you see children?", "We are open on Saturdays from 9 to 1.",
                "診療時間は午前9時から午後6時までです。", "نحن مفتوحون يوم السبت", "x".repeat(10_000)),
                TextKind.PASSAGE);
        assertThat(vectors).hasNumberOfRows(5);
        for (float[] v : vectors) {
            assertThat(v).hasSize(AllMiniLmL6V2.MODEL.dimensions());
            assertThat(norm(v)).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void aParaphraseIsCloserThanAnUnrelatedSentence() {
        float[] question = encoder.embed(List.of("Are you open on Saturday?"), TextKind.QUERY)[0];
        float[][] passages = encoder.embed(List.of(
                "Our office hours: Monday to Friday 8am-5pm, Saturdays 9am-1pm, closed on Sundays.",
                "We repair leaking pipes and install new water heaters."), TextKind.PASSAGE);
        assertThat(dot(question, passages[0])).isGreaterThan(dot(question, passages[1]) + 0.05);
    }

    /**
     * Exactly the same: the int8 model quantizes its activations with one scale per call, so in a batch a text's
     * vector would move with the texts beside it (cosine 0.988 to 0.991); a visitor's answer must not depend on what
     * other runtimes asked at the same moment.
     */
    @Test
    void aTextGetsTheSameVectorAloneAndAmongOthers() {
        List<String> texts = List.of("How much is a cleaning?",
                "A routine cleaning and check-up costs $120 without insurance; most plans cover it in full twice a "
                        + "year, and we bill your insurer directly.",
                "Parking is free.", "We accept walk-ins for emergencies.");
        float[][] together = encoder.embed(texts, TextKind.PASSAGE);
        for (int i = 0; i < texts.size(); i++) {
            float[] alone = encoder.embed(List.of(texts.get(i)), TextKind.PASSAGE)[0];
            assertThat(alone).as("text %d", i).containsExactly(together[i]);
        }
    }

    @Test
    void questionsAndPassagesGetTheModelsInstructionsAndDifferOnlyByThem() {
        EmbeddingModel model = AllMiniLmL6V2.MODEL;
        String text = "opening hours on saturday";
        float[] query = encoder.embed(List.of(text), TextKind.QUERY)[0];
        float[] passage = encoder.embed(List.of(text), TextKind.PASSAGE)[0];
        if (model.queryPrefix().equals(model.passagePrefix())) {
            assertThat(dot(query, passage)).isCloseTo(1.0, within(1e-4));
        } else {
            assertThat(dot(query, passage)).isLessThan(0.999);
        }
    }

    private static double norm(float[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
