package io.xapp.operator.qa.checks;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * WCAG 2 contrast, and the widget's own way of making a brand colour readable (runtime-image's
 * {@code common/contrast.ts}, ported so the check predicts exactly what visitors will see): white or ink text,
 * whichever contrasts more, and the background mixed toward black (or white) in tenths until the pair reaches the
 * minimum; link colours are the brand colour darkened until readable on white.
 */
final class WcagContrast {

    /** WCAG AA for normal text. */
    static final double AA = 4.5;
    static final Rgb WHITE = new Rgb(255, 255, 255);
    static final Rgb INK = new Rgb(17, 24, 39);
    private static final Rgb BLACK = new Rgb(0, 0, 0);
    private static final Pattern HEX = Pattern.compile("^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$");

    private WcagContrast() {
    }

    record Rgb(double r, double g, double b) {

        static Optional<Rgb> parse(String color) {
            if (color == null || !HEX.matcher(color.strip()).matches()) {
                return Optional.empty();
            }
            String hex = color.strip().replace("#", "");
            if (hex.length() == 3) {
                hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2)
                        + hex.charAt(2);
            }
            return Optional.of(new Rgb(Integer.parseInt(hex.substring(0, 2), 16),
                    Integer.parseInt(hex.substring(2, 4), 16), Integer.parseInt(hex.substring(4, 6), 16)));
        }

        String hex() {
            return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(r), Math.round(g), Math.round(b));
        }

        Rgb mix(Rgb toward, double t) {
            return new Rgb(r + (toward.r - r) * t, g + (toward.g - g) * t, b + (toward.b - b) * t);
        }

        double luminance() {
            return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        }

        private static double channel(double v) {
            double s = v / 255;
            return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
    }

    static double contrast(Rgb a, Rgb b) {
        double hi = Math.max(a.luminance(), b.luminance());
        double lo = Math.min(a.luminance(), b.luminance());
        return (hi + 0.05) / (lo + 0.05);
    }

    /** A background and text the widget draws for a brand colour, and whether it had to move the background. */
    record Scheme(Rgb brand, Rgb background, Rgb text) {

        boolean adjusted() {
            return !brand.hex().equals(background.hex());
        }

        double ratio() {
            return contrast(background, text);
        }
    }

    /** contrast.ts readableScheme. */
    static Scheme readableScheme(Rgb base) {
        Rgb text = contrast(base, WHITE) >= contrast(base, INK) ? WHITE : INK;
        Rgb toward = text == WHITE ? BLACK : WHITE;
        Rgb bg = base;
        // Tenths added up in floating point, as the script does, so both stop at the same step.
        for (double t = 0.1; contrast(bg, text) < AA && t <= 1; t += 0.1) {
            bg = base.mix(toward, t);
        }
        return new Scheme(base, bg, text);
    }

    /** contrast.ts readableOnWhite: the colour links are drawn in on the widget's white surface. */
    static Rgb readableOnWhite(Rgb base) {
        Rgb c = base;
        for (double t = 0.1; contrast(c, WHITE) < AA && t <= 1; t += 0.1) {
            c = base.mix(BLACK, t);
        }
        return c;
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.1f:1", Math.floor(r * 10) / 10);
    }
}
