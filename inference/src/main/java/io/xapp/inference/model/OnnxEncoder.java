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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Runs an {@link EmbeddingModel} on ONNX Runtime: tokenizes a batch of texts, runs them through the model in as
 * few calls as the token budget allows, pools and L2-normalises each vector.
 *
 * <p>Written here rather than taken from langchain4j's {@code OnnxBertBiEncoder}, which makes one model call per
 * text: a call for many short texts costs little more than a call for one, and batching concurrent questions is
 * how this service reaches its throughput. Texts of a batch are sorted by length before they are cut into calls,
 * so a call pads its rows to a similar length. Thread-safe: ONNX Runtime sessions and the tokenizer are.
 */
public final class OnnxEncoder implements AutoCloseable {

    private static final String INPUT_IDS = "input_ids";
    private static final String ATTENTION_MASK = "attention_mask";
    private static final String TOKEN_TYPE_IDS = "token_type_ids";

    private final EmbeddingModel model;
    private final EncoderSettings settings;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;

    private OnnxEncoder(EmbeddingModel model, EncoderSettings settings, OrtEnvironment environment,
            OrtSession session, HuggingFaceTokenizer tokenizer) throws OrtException {
        this.model = model;
        this.settings = settings;
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
            return new OnnxEncoder(model, settings, environment, session, tokenizer);
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
        // Shapes change with every batch, so a memory pattern planned for one is rarely reused.
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
        Encoding[] encodings = new Encoding[texts.size()];
        for (int i = 0; i < encodings.length; i++) {
            encodings[i] = tokenizer.encode(prefix + TextCleaner.clean(texts.get(i), model.maxTokens()));
        }
        Integer[] byLength = IntStream.range(0, encodings.length).boxed()
                .sorted(Comparator.comparingInt(i -> encodings[i].getIds().length)).toArray(Integer[]::new);
        float[][] vectors = new float[encodings.length][];
        int from = 0;
        while (from < byLength.length) {
            int to = from + 1;
            // Sorted by length, so the last row of a call is its longest.
            while (to < byLength.length
                    && (long) (to + 1 - from) * encodings[byLength[to]].getIds().length <= settings.maxBatchTokens()) {
                to++;
            }
            Integer[] rows = Arrays.copyOfRange(byLength, from, to);
            float[][] call = run(rows, encodings);
            for (int r = 0; r < rows.length; r++) {
                vectors[rows[r]] = call[r];
            }
            from = to;
        }
        return vectors;
    }

    /** One model call for {@code rows} (indices into {@code encodings}), padded to the longest. */
    private float[][] run(Integer[] rows, Encoding[] encodings) {
        int length = encodings[rows[rows.length - 1]].getIds().length;
        long[] ids = new long[rows.length * length];
        long[] mask = new long[rows.length * length];
        for (int r = 0; r < rows.length; r++) {
            Encoding e = encodings[rows[r]];
            System.arraycopy(e.getIds(), 0, ids, r * length, e.getIds().length);
            System.arraycopy(e.getAttentionMask(), 0, mask, r * length, e.getAttentionMask().length);
        }
        long[] shape = {rows.length, length};
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
                return pool(hidden, mask, rows.length, length);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("model " + model.name() + " failed on a batch of " + rows.length
                    + " texts of up to " + length + " tokens: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** {@code hidden} is [rows, length, dimensions], row-major. */
    private float[][] pool(FloatBuffer hidden, long[] mask, int rows, int length) {
        int dims = model.dimensions();
        float[][] out = new float[rows][dims];
        for (int r = 0; r < rows; r++) {
            int rowStart = r * length * dims;
            if (model.pooling() == Pooling.CLS) {
                hidden.get(rowStart, out[r], 0, dims);
            } else {
                int tokens = 0;
                for (int t = 0; t < length; t++) {
                    if (mask[r * length + t] == 0) {
                        continue;
                    }
                    tokens++;
                    int at = rowStart + t * dims;
                    for (int d = 0; d < dims; d++) {
                        out[r][d] += hidden.get(at + d);
                    }
                }
                for (int d = 0; d < dims; d++) {
                    out[r][d] /= Math.max(tokens, 1);
                }
            }
            normalize(out[r]);
        }
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
