package io.xapp.runtime.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** A passage's view survives encoding; what of a passage is embedded. */
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

    @Test
    void aPassageIsEmbeddedAsItsHeadingsThenEachLineOrSentenceUpToTheCap() {
        assertThat(PassageDocuments.embeddingUnits("Contact", "Opening hours",
                "Monday: 8:00 am – 5:00 pm\nSaturday: 9:00 am – 1:00 pm"))
                .containsExactly("Contact\nOpening hours", "Monday: 8:00 am – 5:00 pm", "Saturday: 9:00 am – 1:00 pm");

        String sentence = "A sentence of about fifty characters, give or take. ";
        String longPassage = sentence.repeat(200);
        assertThat(PassageDocuments.embeddingUnits("T", "H", longPassage))
                .as("the first %d characters of the passage, in whole sentences", PassageDocuments.EMBEDDED_CHARS)
                .hasSize(1 + PassageDocuments.EMBEDDED_CHARS / sentence.strip().length());
    }

    @Test
    void theLineOfItsOwnHeadingTheTextStartsWithIsNotEmbeddedAgain() {
        assertThat(PassageDocuments.embeddingUnits("Contact", "Contact › Opening hours",
                "Opening hours\nMonday: 8:00 am – 5:00 pm\nOpening hours change on holidays."))
                .containsExactly("Contact\nContact › Opening hours", "Monday: 8:00 am – 5:00 pm",
                        "Opening hours change on holidays.");
    }

    @Test
    void theHeadingsKeepTheirShareOfALongPassagesVector() {
        assertThat(PassageDocuments.embeddingWeights(1)).containsExactly(1.0);
        assertThat(PassageDocuments.embeddingWeights(2)).containsExactly(1.0, 1.0);
        double[] list = PassageDocuments.embeddingWeights(21);
        assertThat(list[0]).as("a twenty-line list's headings").isEqualTo(12.0, offset(1e-9));
        assertThat(Arrays.copyOfRange(list, 1, list.length)).as("its lines").containsOnly(1.0);
    }
}
