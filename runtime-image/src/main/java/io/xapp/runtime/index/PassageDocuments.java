package io.xapp.runtime.index;

import io.xapp.crawler.CrawledPage;
import io.xapp.crawler.Passage;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns a crawled page into one Lucene document per passage. */
public final class PassageDocuments {

    /** Body text: stored, with offsets in the postings so the highlighter need not re-analyze. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private PassageDocuments() {
    }

    public static List<Document> of(CrawledPage page) {
        List<Document> docs = new ArrayList<>(page.passages().size());
        String url = page.url().toString();
        String title = page.title() == null ? url : page.title();
        List<Passage> passages = page.passages().stream()
                .filter(p -> p.text() != null && !p.text().isBlank())
                .toList();
        int position = 0;
        for (Passage passage : passages) {
            String headings = String.join(PassageFields.HEADING_SEPARATOR, passage.headingPath());
            Document doc = new Document();
            doc.add(new StringField(PassageFields.ID, url + "#" + position, Field.Store.YES));
            doc.add(new StringField(PassageFields.URL, url, Field.Store.YES));
            if (passage.anchor() != null) {
                doc.add(new StoredField(PassageFields.ANCHOR, passage.anchor()));
            }
            doc.add(new TextField(PassageFields.TITLE, title, Field.Store.YES));
            doc.add(new TextField(PassageFields.HEADINGS, headings, Field.Store.YES));
            doc.add(new Field(PassageFields.BODY, passage.text(), BODY_TYPE));
            String all = title + "\n" + headings + "\n" + passage.text();
            doc.add(new TextField(PassageFields.ALL, all, Field.Store.NO));
            doc.add(new TextField(PassageFields.WORDS, all, Field.Store.NO));
            doc.add(new StoredField(PassageFields.POSITION, position));
            doc.add(new StoredField(PassageFields.PAGE_PASSAGES, passages.size()));
            // Doc values: what ranking reads for every candidate, without loading the stored text.
            doc.add(new SortedDocValuesField(PassageFields.URL, new BytesRef(url)));
            doc.add(new NumericDocValuesField(PassageFields.POSITION, position));
            doc.add(new NumericDocValuesField(PassageFields.PAGE_PASSAGES, passages.size()));
            docs.add(doc);
            position++;
        }
        return docs;
    }
}
