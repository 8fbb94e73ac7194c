package io.xapp.operator.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.xapp.api.v1alpha1.Channel;
import io.xapp.api.v1alpha1.InstallStatus;
import io.xapp.operator.runtime.RuntimeKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstallSnippetsTest {

    private static final RuntimeKeys KEYS = new RuntimeKeys("wk_abc", "sk_def", "preview", "xat1.bridge");
    private static final String URL = "https://assist.partner.example/ast-acme-0123456789";

    @Test
    void publishesTheContractSnippetsForEachChannel() {
        InstallStatus install = InstallSnippets.publish(URL, List.of(Channel.WIDGET, Channel.SEARCH), KEYS, "rev1",
                "2026-01-01T00:00:00Z");
        assertThat(install.getWidgetSnippet()).isEqualTo("<script async src=\"https://assist.partner.example/"
                + "ast-acme-0123456789/widget.js\" data-xapp-key=\"wk_abc\"></script>");
        assertThat(install.getSearchSnippet()).isEqualTo("<script async src=\"https://assist.partner.example/"
                + "ast-acme-0123456789/search.js\" data-xapp-key=\"sk_def\"></script>");
        assertThat(install.getWidgetKey()).isEqualTo("wk_abc");
        assertThat(install.getSearchKey()).isEqualTo("sk_def");
        assertThat(install.getRevision()).isEqualTo("rev1");
    }

    @Test
    void onlyTheChannelsTheAssistantRuns() {
        InstallStatus install = InstallSnippets.publish(URL, List.of(Channel.SEARCH), KEYS, "rev1", "t");
        assertThat(install.getWidgetSnippet()).isNull();
        assertThat(install.getWidgetKey()).isNull();
        assertThat(install.getSearchSnippet()).contains("search.js");
    }

    @Test
    void escapesAttributeValues() {
        assertThat(InstallSnippets.scriptTag("https://a.example/x?a=1&b=\"2\"", Channel.WIDGET, "k"))
                .isEqualTo("<script async src=\"https://a.example/x?a=1&amp;b=&quot;2&quot;/widget.js\" "
                        + "data-xapp-key=\"k\"></script>");
    }
}
