package io.xapp.runtime.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** A passage's view survives encoding, also when doc values hand it back inside a larger buffer. */
class PassageDocumentsTest {

    @Test
    void aViewDecodesAsEncodedWhereverItSitsInTheBuffer() {
        BytesRef encoded = PassageDocuments.view(null, "Crowns – Zahnärzte", "Crowns › Cost", "A crown: $1,150 ☕");
        byte[] larger = new byte[encoded.length + 7];
        System.arraycopy(encoded.bytes, encoded.offset, larger, 3, encoded.length);

        PassageDocuments.View expected = new PassageDocuments.View(null, "Crowns – Zahnärzte", "Crowns › Cost",
                "A crown: $1,150 ☕");
        assertThat(PassageDocuments.readView(encoded)).isEqualTo(expected);
        assertThat(PassageDocuments.readView(new BytesRef(larger, 3, encoded.length))).isEqualTo(expected);
        assertThat(PassageDocuments.readView(PassageDocuments.view("cost", "", "", "")).anchor()).isEqualTo("cost");
    }
}
