package io.xapp.runtime.preview;

/** Escaping for the server-rendered preview page: every value from a crawl or a config goes through here. */
final class Html {

    private Html() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** An attribute value that is a URL: only http(s), anything else becomes "#". */
    static String url(String s) {
        if (s == null || !(s.startsWith("https://") || s.startsWith("http://"))) {
            return "#";
        }
        return text(s);
    }

    /** A CSS colour: only #rgb / #rrggbb pass. */
    static String color(String s) {
        return s != null && s.matches("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$") ? s : "#cccccc";
    }
}
