package io.xapp.e2e.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.testing.platform.tools.Command;
import io.xapp.testing.platform.tools.Helm;
import org.junit.jupiter.api.Test;

/** {@code helm lint --strict} (warnings fail it) with the defaults and with every option switched on. */
class ChartLintTest {

    private final Helm helm = Helm.offline();

    @Test
    void lintsCleanWithTheDefaults() {
        assertClean(helm.lint());
    }

    @Test
    void lintsCleanWithEveryOptionSwitchedOn() {
        assertClean(helm.lint(ChartFiles.fullValues()));
    }

    private static void assertClean(Command.Result result) {
        assertThat(result.exitCode()).as("helm lint --strict exit code; it said:%n%s", result.output()).isZero();
        assertThat(result.stdout()).as("helm lint output").contains("1 chart(s) linted, 0 chart(s) failed")
                .doesNotContain("[WARNING]").doesNotContain("[ERROR]");
    }
}
