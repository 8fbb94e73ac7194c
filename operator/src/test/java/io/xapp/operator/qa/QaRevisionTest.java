package io.xapp.operator.qa;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.Channel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QaRevisionTest {

    private static String revision(BrandStatus brand, List<Channel> channels, String greeting) {
        AssistantTemplateSpec template = new AssistantTemplateSpec();
        template.setGreeting(greeting);
        return QaRevision.of("https://www.example.com/", "Example Co", template, brand, channels);
    }

    private static BrandStatus brand(String primary) {
        BrandStatus b = new BrandStatus();
        b.setName("Example Co");
        b.setPrimaryColor(primary);
        return b;
    }

    @Test
    void isStableAndShort() {
        String r = revision(brand("#112233"), List.of(Channel.WIDGET), "Hi");
        assertThat(r).hasSize(16).matches("[0-9a-f]+");
        assertThat(revision(brand("#112233"), List.of(Channel.WIDGET), "Hi")).isEqualTo(r);
    }

    @Test
    void changesWithWhatAReviewerJudges() {
        String r = revision(brand("#112233"), List.of(Channel.WIDGET), "Hi");
        assertThat(revision(brand("#aa0000"), List.of(Channel.WIDGET), "Hi")).isNotEqualTo(r);
        assertThat(revision(brand("#112233"), List.of(Channel.WIDGET, Channel.SEARCH), "Hi")).isNotEqualTo(r);
        assertThat(revision(brand("#112233"), List.of(Channel.WIDGET), "Hello")).isNotEqualTo(r);
    }

    @Test
    void ignoresBookkeepingAndChannelOrder() {
        BrandStatus reanalysed = brand("#112233");
        reanalysed.setAnalyzedAt("2030-01-01T00:00:00Z");
        reanalysed.setConfidence(Map.of("primaryColor", 0.4));
        assertThat(revision(reanalysed, List.of(Channel.WIDGET), "Hi"))
                .isEqualTo(revision(brand("#112233"), List.of(Channel.WIDGET), "Hi"));
        assertThat(revision(brand("#1"), List.of(Channel.SEARCH, Channel.WIDGET), "Hi"))
                .isEqualTo(revision(brand("#1"), List.of(Channel.WIDGET, Channel.SEARCH), "Hi"));
    }
}
