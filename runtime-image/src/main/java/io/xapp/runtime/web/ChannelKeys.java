package io.xapp.runtime.web;

import io.xapp.api.v1alpha1.Channel;
import io.xapp.runtime.config.RuntimeSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Which channel a public key belongs to (constant-time comparison: keys are public, but revocable). */
final class ChannelKeys {

    private final RuntimeSettings settings;

    ChannelKeys(RuntimeSettings settings) {
        this.settings = settings;
    }

    Optional<Channel> channelOf(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        if (settings.has(Channel.WIDGET) && same(key, settings.secrets().widgetKey())) {
            return Optional.of(Channel.WIDGET);
        }
        if (settings.has(Channel.SEARCH) && same(key, settings.secrets().searchKey())) {
            return Optional.of(Channel.SEARCH);
        }
        return Optional.empty();
    }

    private static boolean same(String given, String expected) {
        return expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
