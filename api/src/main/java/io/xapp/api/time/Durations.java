package io.xapp.api.time;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in YAML: 90s, 15m, 12h, 7d, or combined like 1h30m. */
public final class Durations {

    private static final Pattern WHOLE = Pattern.compile("^([0-9]+(s|m|h|d))+$");
    private static final Pattern PART = Pattern.compile("([0-9]+)(s|m|h|d)");

    private Durations() {
    }

    public static Duration parse(String text) {
        if (text == null || !WHOLE.matcher(text.trim()).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write it like 90s, 15m, 12h, 7d "
                    + "or 1h30m");
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(text.trim());
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
        }
        return total;
    }
}
