package io.xapp.testing.standin;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces container mount paths (at a path boundary) with the local directories standing in for them. */
final class PathRewriter {

    private final List<Map.Entry<Pattern, String>> rules;

    PathRewriter(Map<String, Path> mounts) {
        // Longest first, so /etc/xapp/secrets/partner wins over /etc/xapp/secrets.
        this.rules = mounts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Path> e) -> e.getKey().length()).reversed())
                .map(e -> Map.entry(Pattern.compile("(?<![\\w/.-])" + Pattern.quote(trimSlash(e.getKey()))
                        + "(?=/|$|[\\s\"'},;:\\]])"), Matcher.quoteReplacement(e.getValue().toString())))
                .toList();
    }

    String rewrite(String text) {
        String out = text;
        for (Map.Entry<Pattern, String> rule : rules) {
            out = rule.getKey().matcher(out).replaceAll(rule.getValue());
        }
        return out;
    }

    private static String trimSlash(String p) {
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
