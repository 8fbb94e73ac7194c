package io.xapp.inference.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs an {@link EmbeddingModel} on ONNX Runtime: tokenizes each text, runs it through the model, pools and
 * L2-normalises its vector.
 *
 * <p>One model call per text, never a batch of several: the int8 model quantizes its activations with a scale taken
 * over the whole input, so in a batch a text's vector depends on the texts beside it and on their padding (cosine
 * 0.988 to 0.991 with its vector alone, enough to reorder a visitor's near-tied passages). A visitor's answer must
 * not depend on what other runtimes ask at the same moment, nor a passage's vector on which passages shared its
 * call. On CPU it costs nothing: one text per call on one thread embeds as many questions a second as calls of 64,
 * and more passage lines, as no call pads its rows (docs/inference.md). Thread-safe: ONNX Runtime sessions and the
 * tokenizer are; the service runs one call per worker thread.
 */
public final class OnnxEncoder implements AutoCloseable {

    private static final String INPUT_IDS = "input_ids";
    private static final String ATTENTION_MASK = "attention_mask";
    private static final String TOKEN_TYPE_IDS = "token_type_ids";

    private final EmbeddingModel model;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;

    private OnnxEncoder(EmbeddingModel model, OrtEnvironment environment,
            OrtSession session, HuggingFaceTokenizer tokenizer) throws OrtException {
        this.model = model;
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTokenTypes = session.getInputNames().contains(TOKEN_TYPE_IDS);
    }

    /** Reads the model and its tokenizer from the class path and prepares the session (a second or two). */
    public static OnnxEncoder load(EmbeddingModel model, EncoderSettings settings) {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = sessionOptions(settings)) {
            OrtSession session = environment.createSession(resource(model, model.onnxResource()), options);
            HuggingFaceTokenizer tokenizer;
            try (InputStream json = model.resourceAnchor().getClassLoader()
                    .getResourceAsStream(model.tokenizerResource())) {
                if (json == null) {
                    throw missing(model, model.tokenizerResource());
                }
                tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false", "truncation", "true",
                        "maxLength", Integer.toString(model.maxTokens())));
            }
            return new OnnxEncoder(model, environment, session, tokenizer);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime cannot load " + model.onnxResource() + " of model "
                    + model.name() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer " + model.tokenizerResource() + " of model "
                    + model.name(), e);
        }
    }

    private static OrtSession.SessionOptions sessionOptions(EncoderSettings settings) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setIntraOpNumThreads(settings.intraOpThreads());
        options.setInterOpNumThreads(1);
        // Shapes change with every text, so a memory pattern planned for one is rarely reused.
        options.setMemoryPatternOptimization(false);
        options.addConfigEntry("session.intra_op.allow_spinning", settings.spinning() ? "1" : "0");
        return options;
    }

    private static byte[] resource(EmbeddingModel model, String name) throws IOException {
        try (InputStream in = model.resourceAnchor().getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw missing(model, name);
            }
            return in.readAllBytes();
        }
    }

    private static IllegalStateException missing(EmbeddingModel model, String name) {
        return new IllegalStateException("the class path has no " + name + " for model " + model.name() + " (the jar of "
                + model.resourceAnchor().getName() + " holds it): check the dependency in inference/pom.xml");
    }

    public EmbeddingModel model() {
        return model;
    }

    /**
     * One L2-normalised vector per text, in order. Texts are cleaned ({@link TextCleaner}), given the model's
     * instruction for {@code kind} and cut to the model's token limit.
     */
    public float[][] embed(List<String> texts, TextKind kind) {
        String prefix = model.prefix(kind);
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = run(tokenizer.encode(prefix + TextCleaner.clean(texts.get(i), model.maxTokens())));
        }
        return vectors;
    }

    /** One model call for one text. */
    private float[] run(Encoding encoding) {
        long[] ids = encoding.getIds();
        long[] mask = encoding.getAttentionMask();
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
            inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
            if (wantsTokenTypes) {
                inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(environment,
                        LongBuffer.wrap(new long[ids.length]), shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                return pool(hidden, ids.length);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("model " + model.name() + " failed on a text of " + ids.length
                    + " tokens: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /**
     * {@code hidden} is [1, tokens, dimensions], row-major. Every token counts: one text per call is never padded,
     * so its attention mask is all ones.
     */
    private float[] pool(FloatBuffer hidden, int tokens) {
        int dims = model.dimensions();
        float[] out = new float[dims];
        if (model.pooling() == Pooling.CLS) {
            hidden.get(0, out, 0, dims);
        } else {
            for (int t = 0; t < tokens; t++) {
                for (int d = 0; d < dims; d++) {
                    out[d] += hidden.get(t * dims + d);
                }
            }
            for (int d = 0; d < dims; d++) {
                out[d] /= Math.max(tokens, 1);
            }
        }
        normalize(out);
        return out;
    }

    private static void normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= norm;
            }
        }
    }

    @Override
    public void close() {
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the ONNX Runtime session of " + model.name(), e);
        }
    }
}
