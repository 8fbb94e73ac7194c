package io.xapp.operator.install;

import io.xapp.api.v1alpha1.Channel;
import io.xapp.api.v1alpha1.InstallStatus;
import io.xapp.operator.runtime.RuntimeKeys;
import java.util.List;

/**
 * What the partner installs on the customer's site, per channel: an async script tag that loads the channel
 * script from the assistant's public URL and carries the channel's public key (docs/contracts.md, "Public URLs
 * and snippets").
 */
public final class InstallSnippets {

    private InstallSnippets() {
    }

    /** The install status for an approved revision: keys and snippets of the channels the assistant runs. */
    public static InstallStatus publish(String assistantUrl, List<Channel> channels, RuntimeKeys keys,
            String revision, String publishedAt) {
        InstallStatus install = new InstallStatus();
        install.setRevision(revision);
        install.setPublishedAt(publishedAt);
        if (channels.contains(Channel.WIDGET)) {
            install.setWidgetKey(keys.widgetKey());
            install.setWidgetSnippet(scriptTag(assistantUrl, Channel.WIDGET, keys.widgetKey()));
        }
        if (channels.contains(Channel.SEARCH)) {
            install.setSearchKey(keys.searchKey());
            install.setSearchSnippet(scriptTag(assistantUrl, Channel.SEARCH, keys.searchKey()));
        }
        return install;
    }

    public static String scriptTag(String assistantUrl, Channel channel, String key) {
        return "<script async src=\"" + attribute(assistantUrl + "/" + channel.id() + ".js") + "\" data-xapp-key=\""
                + attribute(key) + "\"></script>";
    }

    // The URL comes from partner configuration: escape it so it cannot break out of the attribute.
    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
