package io.xapp.operator.qa.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.api.v1alpha1.QaCheckResult.Result;
import io.xapp.api.v1alpha1.QaCheckResult.SampleAnswer;
import io.xapp.operator.qa.checks.SampleQuestions.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleQuestionsTest {

    /** What the runtime's /api/suggest?q=hours answers on the dental fixture. */
    private static final String HOURS = """
            [{"text":"Contact, Hours & Directions","url":"https://x.example/contact.html"},
             {"text":"Hours that fit school and work","url":"https://x.example/"},
             {"text":"Opening hours","url":"https://x.example/contact.html"},
             {"text":"What should I do if I have a dental emergency after hours?","url":"https://x.example/faq.html"}]
            """;

    private static JsonNode json(String s) throws Exception {
        return JsonHttp.JSON.readTree(s);
    }

    @Test
    void theShortestHeadingThatNamesTheTopicIsAsked() throws Exception {
        var heading = SampleQuestions.pick(Topic.HOURS, json(HOURS)).orElseThrow();
        assertThat(heading.text()).isEqualTo("Opening hours");
        assertThat(heading.url()).endsWith("/contact.html");
        assertThat(SampleQuestions.question(heading.text())).isEqualTo("Can you tell me about Opening hours?");
    }

    @Test
    void aHeadingThatIsAQuestionIsAskedAsItIs() {
        assertThat(SampleQuestions.question("Are you open on Saturdays?")).isEqualTo("Are you open on Saturdays?");
        assertThat(SampleQuestions.question("Fees:")).isEqualTo("Can you tell me about Fees?");
    }

    @Test
    void headingsThatDoNotNameTheTopicAreNotAsked() throws Exception {
        assertThat(SampleQuestions.pick(Topic.PRICES, json("[{\"text\":\"Pricewise Plumbing\",\"url\":\"u\"}]")))
                .isEmpty();
        assertThat(SampleQuestions.pick(Topic.PRICES, json("[{\"text\":\"Fees without insurance\",\"url\":\"u\"}]")))
                .isPresent();
    }

    private static SampleAnswer answer(String q, boolean noContent, String source) {
        return new SampleAnswer(q, q, "...", source, noContent);
    }

    @Test
    void answersWithSourcesPassNoContentWarnsOrFails() {
        var all = SampleAnswersCheck.judge(List.of(answer("A?", false, "https://x/a"), answer("B?", false,
                "https://x/b")), List.of("prices"));
        assertThat(all.result()).isEqualTo(Result.Passed);
        assertThat(all.message()).contains("2 of 2 sample questions", "No heading of the site names prices");
        assertThat(all.answers()).hasSize(2);

        var some = SampleAnswersCheck.judge(List.of(answer("A?", false, "https://x/a"), answer("B?", true, null)),
                List.of());
        assertThat(some.result()).isEqualTo(Result.Warning);
        assertThat(some.message()).contains("1 of 2", "No content for: \"B?\"");

        var none = SampleAnswersCheck.judge(List.of(answer("A?", true, null)), List.of());
        assertThat(none.result()).isEqualTo(Result.Failed);

        var nothingToAsk = SampleAnswersCheck.judge(List.of(), List.of("hours", "prices", "services", "contact"));
        assertThat(nothingToAsk.result()).isEqualTo(Result.Warning);
        assertThat(nothingToAsk.message()).contains("No sample question could be made");
    }
}
