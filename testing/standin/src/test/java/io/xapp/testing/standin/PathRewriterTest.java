package io.xapp.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathRewriterTest {

    private static final String POD = "/tmp/standin/pods/ns/bridge/volumes";

    // The chart's bridge: an emptyDir at /tmp, and a work dir that is itself under /tmp.
    private final PathRewriter rewriter = new PathRewriter(Map.of(
            "/tmp", Path.of(POD + "/tmp"),
            "/etc/xapp/partner", Path.of(POD + "/partner"),
            "/etc/xapp/secrets", Path.of(POD + "/token-key"),
            "/etc/xapp/secrets/partner/", Path.of(POD + "/partner-secrets")));

    @Test
    void rewritesEachMountPathOnceEvenWhenTheLocalDirectoryStartsWithAnotherMountPath() {
        assertThat(rewriter.rewrite("/etc/xapp/partner/partner.yaml")).isEqualTo(POD + "/partner/partner.yaml");
        assertThat(rewriter.rewrite("/tmp")).isEqualTo(POD + "/tmp");
    }

    @Test
    void theLongestMountPathWins() {
        assertThat(rewriter.rewrite("key: {file: /etc/xapp/secrets/partner/analytics-key}"))
                .isEqualTo("key: {file: " + POD + "/partner-secrets/analytics-key}");
        assertThat(rewriter.rewrite("/etc/xapp/secrets/assistant-token-key"))
                .isEqualTo(POD + "/token-key/assistant-token-key");
    }

    @Test
    void leavesPathsThatOnlyShareAPrefixAlone() {
        assertThat(rewriter.rewrite("/tmpfiles /var/tmp /etc/xapp/partnerx")).isEqualTo(
                "/tmpfiles /var/tmp /etc/xapp/partnerx");
        assertThat(rewriter.rewrite("jdbc:h2:file:/tmp/db")).isEqualTo("jdbc:h2:file:" + POD + "/tmp/db");
    }
}
