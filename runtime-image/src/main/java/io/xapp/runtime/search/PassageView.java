package io.xapp.runtime.search;

import io.xapp.runtime.index.PassageDocuments;
import io.xapp.runtime.index.PassageFields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/** What results and answers show of a passage, read from its doc values. */
public record PassageView(String url, String anchor, String title, List<String> headingPath, String text,
                          int position, int pagePassages) {

    public PassageView {
        headingPath = List.copyOf(headingPath);
    }

    /** The passage {@code doc} of {@code searcher}'s index. */
    static PassageView read(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        LeafReader reader = leaf.reader();
        int local = doc - leaf.docBase;
        BinaryDocValues view = DocValues.getBinary(reader, PassageFields.VIEW);
        SortedDocValues url = DocValues.getSorted(reader, PassageFields.URL);
        if (!view.advanceExact(local) || !url.advanceExact(local)) {
            throw new IllegalStateException("passage " + doc + " has no " + PassageFields.VIEW + " or "
                    + PassageFields.URL + " doc values: the index was not written by PassageDocuments");
        }
        PassageDocuments.View stored = PassageDocuments.readView(view.binaryValue());
        List<String> path = PassageFields.headingPath(stored.headings());
        int position = (int) numeric(reader, PassageFields.POSITION, local);
        int pagePassages = (int) numeric(reader, PassageFields.PAGE_PASSAGES, local);
        return new PassageView(url.lookupOrd(url.ordValue()).utf8ToString(), stored.anchor(), stored.title(), path,
                stored.text(), position, pagePassages);
    }

    private static long numeric(LeafReader reader, String field, int doc) throws IOException {
        NumericDocValues values = DocValues.getNumeric(reader, field);
        return values.advanceExact(doc) ? values.longValue() : 0;
    }

    /** The passage's own heading (the last of its path), or "" when it has none. */
    public String ownHeading() {
        return PassageFields.ownHeading(headingPath);
    }

    /** The page URL with the passage's anchor, for a deep link. */
    public String link() {
        return anchor == null ? url : url + "#" + anchor;
    }
}
