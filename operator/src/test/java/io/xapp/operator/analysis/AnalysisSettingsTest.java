package io.xapp.operator.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnalysisSettingsTest {

    @Test
    void backoffDoublesUpToTheMaximum() {
        AnalysisSettings s = new AnalysisSettings(1, 1, Duration.ofSeconds(10), Duration.ofMinutes(1));
        assertThat(s.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.backoff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(s.backoff(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(s.backoff(400)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new AnalysisSettings(0, 1, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("at least 1 thread");
        assertThatThrownBy(() -> new AnalysisSettings(1, 1, Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .hasMessageContaining("retry-initial <= retry-max");
    }
}
