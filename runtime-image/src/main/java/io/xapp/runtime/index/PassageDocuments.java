package io.xapp.runtime.index;

import io.xapp.api.hash.Sha256;
import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/** Turns a crawled page into one Lucene document per passage. */
public final class PassageDocuments {

    /** Body text: with offsets in the postings so the highlighter need not re-analyze. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    /** See {@link #embeddingUnits}. */
    static final int EMBEDDED_CHARS = 1000;
    /** See {@link #embeddingWeights}. */
    private static final double HEADINGS_WEIGHT_PER_LINE = 0.6;
    /**
     * Marks keys of vectors made of the passage's units and {@link #embeddingWeights}, so vectors made another way
     * (an older index's) are never reused as these.
     */
    private static final String UNIT_MEAN_KEY = "unit-mean own-heading-once headings-share-" + HEADINGS_WEIGHT_PER_LINE
            + "\n";

    private PassageDocuments() {
    }

    /** One document per passage of {@code page}, alone (no other page for its passages to introduce). */
    public static List<Document> of(CrawledPage page) {
        return of(page, page.passages(), PageIntroductions.NONE);
    }

    /**
     * One document per passage of {@code indexed}, which are {@code page}'s (some may be left out), with the passages
     * that introduce another of the site's pages ({@code introductions}, made of them all) marked.
     */
    public static List<Document> of(CrawledPage page, List<Passage> indexed, PageIntroductions introductions) {
        List<Document> docs = new ArrayList<>(indexed.size());
        String url = page.url().toString();
        String title = page.title() == null ? url : page.title();
        List<Passage> passages = indexed.stream()
                .filter(p -> p.text() != null && !p.text().isBlank())
                .toList();
        Optional<String> language = PageLanguages.primary(page.language());
        int position = 0;
        for (Passage passage : passages) {
            String headings = String.join(PassageFields.HEADING_SEPARATOR, passage.headingPath());
            Document doc = new Document();
            doc.add(new StringField(PassageFields.ID, url + "#" + position, Field.Store.NO));
            doc.add(new StringField(PassageFields.URL, url, Field.Store.NO));
            doc.add(new TextField(PassageFields.TITLE, title, Field.Store.NO));
            doc.add(new TextField(PassageFields.HEADINGS, headings, Field.Store.NO));
            doc.add(new Field(PassageFields.BODY, passage.text(), BODY_TYPE));
            String all = title + "\n" + headings + "\n" + passage.text();
            doc.add(new TextField(PassageFields.ALL, all, Field.Store.NO));
            doc.add(new TextField(PassageFields.WORDS, all, Field.Store.NO));
            // Doc values: what ranking reads for every candidate, and what results show of the few shown.
            doc.add(new SortedDocValuesField(PassageFields.URL, new BytesRef(url)));
            doc.add(new NumericDocValuesField(PassageFields.POSITION, position));
            doc.add(new NumericDocValuesField(PassageFields.PAGE_PASSAGES, passages.size()));
            // An FAQ entry states its case in its heading ("What if it rains on the day?").
            int facts = StatedFact.statedIn(headings + "\n" + passage.text());
            if (facts != 0) {
                doc.add(new NumericDocValuesField(PassageFields.FACTS, facts));
            }
            language.ifPresent(lang -> {
                doc.add(new StringField(PassageFields.LANGUAGE, lang, Field.Store.NO));
                doc.add(new SortedDocValuesField(PassageFields.LANGUAGE, new BytesRef(lang)));
            });
            if (introductions.introducesAnotherPage(url, passage.headingPath())) {
                doc.add(new NumericDocValuesField(PassageFields.INTRODUCES, 1));
            }
            if (passage.siteWide()) {
                doc.add(new NumericDocValuesField(PassageFields.SITE_WIDE, 1));
            }
            if (PersonEntries.introducesPerson(passage.headingPath(), passage.text())) {
                doc.add(new NumericDocValuesField(PassageFields.PERSON, 1));
                for (String role : PersonEntries.roles(passage.headingPath(), passage.text())) {
                    doc.add(new StringField(PassageFields.PERSON_ROLE, role, Field.Store.NO));
                }
            }
            doc.add(new BinaryDocValuesField(PassageFields.VIEW,
                    view(passage.anchor(), title, headings, passage.text())));
            doc.add(new BinaryDocValuesField(PassageFields.EMBEDDING_KEY,
                    embeddingKey(UNIT_MEAN_KEY + String.join("\n", embeddingUnits(title, headings, passage.text())))));
            docs.add(doc);
            position++;
        }
        return docs;
    }

    /**
     * What is embedded of a passage, part by part, the parts' vectors averaged into the passage's: its title and
     * heading path as one part, then each of its lines and sentences ({@link TextUnits}). The model was trained on
     * sentence pairs: one vector of a whole passage blurred a price list or an opening-hours table, and headings in
     * front of the text made every FAQ entry look like the visitor's question (on the four fixture sites: 86 right
     * answers against 81, false noContent 10 against 16; lines joined into parts of up to 200 characters gave 81).
     * Up to {@link #EMBEDDED_CHARS} of the passage: the gist comes first, and the cost grows with the length. Not
     * the line of its own heading the text starts with: the first part holds it, and embedding it again cost a model
     * call per passage (15% of the service's CPU over the 42 fixture and probe sites) for no answer.
     */
    public static List<String> embeddingUnits(String title, String headings, String text) {
        List<String> units = new ArrayList<>();
        units.add(title + "\n" + headings);
        List<TextUnits.Unit> lines = TextUnits.of(text);
        // The text starts with its own heading's line, which the first part holds already.
        String ownHeading = PassageFields.ownHeading(PassageFields.headingPath(headings));
        int first = !lines.isEmpty() && lines.get(0).text().equals(ownHeading) ? 1 : 0;
        int chars = 0;
        for (TextUnits.Unit unit : lines.subList(first, lines.size())) {
            if (units.size() > 1 && chars + unit.text().length() > EMBEDDED_CHARS) {
                break;
            }
            units.add(unit.text().length() <= EMBEDDED_CHARS ? unit.text() : unit.text().substring(0, EMBEDDED_CHARS));
            chars += unit.text().length();
        }
        return units;
    }

    /**
     * The weight of each of {@link #embeddingUnits} in the passage's vector: each line and sentence 1, the title and
     * headings {@link #HEADINGS_WEIGHT_PER_LINE} of all of them together (at least 1). With equal weights a price
     * list or a menu of twenty lines was the average of its dishes, and what the list is about (the kids' menu, the
     * end-of-life care prices) was a twenty-first of it; this way it stays about three eighths. Chosen once across
     * the four fixture sites (docs/answer-quality.md): 0.4 to 0.75 gave 92 to 94 right, equal weights 92.
     * Since the passage's own heading line is no longer embedded again, 0.8 and 1.0 (the headings' share as it was
     * with that line) answer one and two more of the 42 fixture and probe sites' 816 questions, and refuse two and
     * three fewer unanswerable ones on the fixture sites with every page titled with the site's name alone.
     */
    public static double[] embeddingWeights(int units) {
        double[] weights = new double[units];
        Arrays.fill(weights, 1);
        if (units > 0) {
            weights[0] = Math.max(1, HEADINGS_WEIGHT_PER_LINE * (units - 1));
        }
        return weights;
    }

    /** {@link #embeddingUnits} of a document {@link #of} made. */
    public static List<String> embeddingUnits(Document doc) {
        return embeddingUnits(doc.get(PassageFields.TITLE), doc.get(PassageFields.HEADINGS),
                doc.get(PassageFields.BODY));
    }

    /** Sets the passage's vector (unit length). */
    public static void addVector(Document doc, float[] vector) {
        doc.add(new KnnFloatVectorField(PassageFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }

    /** The first 16 bytes of the SHA-256 of {@code text}: unique enough among a site's passages. */
    static BytesRef embeddingKey(String text) {
        return new BytesRef(Arrays.copyOf(Sha256.of(text), 16));
    }

    /** Encodes the {@link PassageFields#VIEW} value, each part as a vInt length and UTF-8; see {@link #readView}. */
    static BytesRef view(String anchor, String title, String headings, String text) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        for (String part : new String[] {anchor == null ? "" : anchor, title, headings, text}) {
            out.writeString(part);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** A decoded {@link PassageFields#VIEW} value. @param anchor {@code null} when the passage has none */
    public record View(String anchor, String title, String headings, String text) {
    }

    /** Decodes what {@link #view} encoded. */
    public static View readView(BytesRef value) {
        ByteArrayDataInput data = new ByteArrayDataInput(value.bytes, value.offset, value.length);
        String[] parts = new String[4];
        for (int i = 0; i < parts.length; i++) {
            int length = data.readVInt();
            // The input's position counts from the start of value.bytes, not from value.offset.
            parts[i] = new String(value.bytes, data.getPosition(), length, StandardCharsets.UTF_8);
            data.skipBytes(length);
        }
        return new View(parts[0].isEmpty() ? null : parts[0], parts[1], parts[2], parts[3]);
    }
}
