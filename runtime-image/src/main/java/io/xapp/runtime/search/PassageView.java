package io.xapp.runtime.search;

import io.xapp.runtime.index.PassageFields;
import java.util.List;
import org.apache.lucene.document.Document;

/** The stored fields of a passage document. */
public record PassageView(String url, String anchor, String title, List<String> headingPath, String text,
                          int position, int pagePassages) {

    public PassageView {
        headingPath = List.copyOf(headingPath);
    }

    static PassageView of(Document doc) {
        String headings = doc.get(PassageFields.HEADINGS);
        List<String> path = headings == null || headings.isEmpty() ? List.of()
                : List.of(headings.split(PassageFields.HEADING_SEPARATOR));
        return new PassageView(doc.get(PassageFields.URL), doc.get(PassageFields.ANCHOR),
                doc.get(PassageFields.TITLE), path, doc.get(PassageFields.BODY),
                doc.getField(PassageFields.POSITION).numericValue().intValue(),
                doc.getField(PassageFields.PAGE_PASSAGES).numericValue().intValue());
    }

    /** The page URL with the passage's anchor, for a deep link. */
    public String link() {
        return anchor == null ? url : url + "#" + anchor;
    }
}
