package io.xapp.crawler.url;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A path pattern such as {@code /services/**} or {@code /blog/*.html}: {@code **} matches across slashes,
 * {@code *} and {@code ?} within one segment.
 */
public final class PathGlob {

    private final String glob;
    private final Pattern pattern;

    private PathGlob(String glob) {
        this.glob = glob;
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(regex.toString());
    }

    public static PathGlob of(String glob) {
        if (glob == null || !glob.startsWith("/")) {
            throw new IllegalArgumentException("path pattern must start with '/': " + glob);
        }
        return new PathGlob(glob);
    }

    public static List<PathGlob> all(List<String> globs) {
        return globs.stream().map(PathGlob::of).toList();
    }

    public static boolean anyMatches(List<PathGlob> globs, String path) {
        return globs.stream().anyMatch(g -> g.matches(path));
    }

    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}
