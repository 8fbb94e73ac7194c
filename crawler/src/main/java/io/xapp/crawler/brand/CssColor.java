package io.xapp.crawler.brand;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a CSS colour value as lower-case {@code #rrggbb}; judges whether it is a neutral (white, grey, black). */
final class CssColor {

    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3,8})\\b");
    private static final Pattern FUNC = Pattern.compile("(rgba?|hsla?)\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("black", "#000000"), Map.entry("white", "#ffffff"), Map.entry("red", "#ff0000"),
            Map.entry("green", "#008000"), Map.entry("blue", "#0000ff"), Map.entry("navy", "#000080"),
            Map.entry("teal", "#008080"), Map.entry("orange", "#ffa500"), Map.entry("purple", "#800080"),
            Map.entry("maroon", "#800000"), Map.entry("olive", "#808000"), Map.entry("lime", "#00ff00"),
            Map.entry("aqua", "#00ffff"), Map.entry("cyan", "#00ffff"), Map.entry("fuchsia", "#ff00ff"),
            Map.entry("magenta", "#ff00ff"), Map.entry("yellow", "#ffff00"), Map.entry("silver", "#c0c0c0"),
            Map.entry("gray", "#808080"), Map.entry("grey", "#808080"), Map.entry("crimson", "#dc143c"),
            Map.entry("darkblue", "#00008b"), Map.entry("darkgreen", "#006400"), Map.entry("darkred", "#8b0000"),
            Map.entry("gold", "#ffd700"), Map.entry("indigo", "#4b0082"), Map.entry("tomato", "#ff6347"),
            Map.entry("coral", "#ff7f50"), Map.entry("royalblue", "#4169e1"), Map.entry("steelblue", "#4682b4"),
            Map.entry("seagreen", "#2e8b57"), Map.entry("forestgreen", "#228b22"), Map.entry("firebrick", "#b22222"),
            Map.entry("darkorange", "#ff8c00"), Map.entry("dodgerblue", "#1e90ff"), Map.entry("slategray", "#708090"),
            Map.entry("darkslategray", "#2f4f4f"), Map.entry("midnightblue", "#191970"),
            Map.entry("whitesmoke", "#f5f5f5"), Map.entry("gainsboro", "#dcdcdc"), Map.entry("lightgray", "#d3d3d3"),
            Map.entry("darkgray", "#a9a9a9"), Map.entry("dimgray", "#696969"), Map.entry("skyblue", "#87ceeb"),
            Map.entry("turquoise", "#40e0d0"), Map.entry("salmon", "#fa8072"), Map.entry("hotpink", "#ff69b4"),
            Map.entry("deeppink", "#ff1493"), Map.entry("chocolate", "#d2691e"), Map.entry("sienna", "#a0522d"),
            Map.entry("goldenrod", "#daa520"), Map.entry("orchid", "#da70d6"), Map.entry("plum", "#dda0dd"),
            Map.entry("tan", "#d2b48c"), Map.entry("beige", "#f5f5dc"), Map.entry("ivory", "#fffff0"));

    private CssColor() {
    }

    /** The first colour in a CSS value ("#0B7A75", "rgb(11 122 117 / .9)", "teal", "4px solid #abc"). */
    static Optional<String> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher hex = HEX.matcher(v);
        if (hex.find()) {
            return fromHex(hex.group(1));
        }
        Matcher func = FUNC.matcher(v);
        if (func.find()) {
            return fromFunction(func.group(1), func.group(2));
        }
        for (String word : v.split("[\\s,]+")) {
            String named = NAMED.get(word.replace("!important", ""));
            if (named != null) {
                return Optional.of(named);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromHex(String h) {
        return switch (h.length()) {
            case 3, 4 -> Optional.of("#" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2)
                    + h.charAt(2));
            case 6, 8 -> Optional.of("#" + h.substring(0, 6));
            default -> Optional.empty();
        };
    }

    private static Optional<String> fromFunction(String name, String args) {
        String[] parts = args.replace("/", " ").replace(",", " ").strip().split("\\s+");
        if (parts.length < 3) {
            return Optional.empty();
        }
        try {
            if (name.startsWith("rgb")) {
                return Optional.of(hex(channel(parts[0]), channel(parts[1]), channel(parts[2])));
            }
            double h = Double.parseDouble(parts[0].replace("deg", ""));
            double s = percent(parts[1]);
            double l = percent(parts[2]);
            return Optional.of(hsl(h, s, l));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int channel(String s) {
        double v = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) * 2.55 : Double.parseDouble(s);
        return (int) Math.round(Math.max(0, Math.min(255, v)));
    }

    private static double percent(String s) {
        return Double.parseDouble(s.replace("%", "")) / 100.0;
    }

    private static String hsl(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double hp = ((h % 360) + 360) % 360 / 60.0;
        double x = c * (1 - Math.abs(hp % 2 - 1));
        double[] rgb = hp < 1 ? new double[] {c, x, 0} : hp < 2 ? new double[] {x, c, 0} : hp < 3
                ? new double[] {0, c, x} : hp < 4 ? new double[] {0, x, c} : hp < 5 ? new double[] {x, 0, c}
                : new double[] {c, 0, x};
        double m = l - c / 2;
        return hex((int) Math.round((rgb[0] + m) * 255), (int) Math.round((rgb[1] + m) * 255),
                (int) Math.round((rgb[2] + m) * 255));
    }

    private static String hex(int r, int g, int b) {
        return String.format("#%02x%02x%02x", r, g, b);
    }

    /** White, black and greys say nothing about a brand. */
    static boolean isNeutral(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        return max - min < 24 || max < 28 || min > 235;
    }
}
