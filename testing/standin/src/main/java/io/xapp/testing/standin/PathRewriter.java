package io.xapp.testing.standin;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces container mount paths (at a path boundary) with the local directories standing in for them.
 *
 * <p>One pass over the text: the local directories often start with a mount path themselves (a work dir under
 * {@code /tmp} and an emptyDir mounted at {@code /tmp}), so a rewritten path must never be rewritten again.
 */
final class PathRewriter {

    private final Map<String, String> localDirs = new LinkedHashMap<>();
    private final Pattern mountPaths;

    PathRewriter(Map<String, Path> mounts) {
        mounts.forEach((mountPath, dir) -> localDirs.put(trimSlash(mountPath), dir.toString()));
        // Longest first, so /etc/xapp/secrets/partner wins over /etc/xapp/secrets where both match.
        String alternatives = localDirs.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.mountPaths = localDirs.isEmpty() ? null
                : Pattern.compile("(?<![\\w/.-])(" + alternatives + ")(?=/|$|[\\s\"'},;:\\]])");
    }

    String rewrite(String text) {
        if (mountPaths == null) {
            return text;
        }
        return mountPaths.matcher(text).replaceAll(m -> Matcher.quoteReplacement(localDirs.get(m.group(1))));
    }

    private static String trimSlash(String p) {
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
