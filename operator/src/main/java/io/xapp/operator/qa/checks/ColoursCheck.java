package io.xapp.operator.qa.checks;

import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.operator.qa.checks.WcagContrast.Rgb;
import io.xapp.operator.qa.checks.WcagContrast.Scheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Brand: the widget's colours come from the brand in effect, and its text meets WCAG AA (4.5:1) on them. The widget
 * paints three things from the brand (runtime-image {@code common/theme.ts}): the header (primary, else theme
 * colour), the buttons (accent, else primary) and links on white (primary, else theme). For each, the check says
 * where the colour comes from and, when no text colour reaches 4.5:1 on it, which pair fails and what the widget
 * draws instead.
 */
final class ColoursCheck implements QaCheck {

    static final String NAME = "Colours";
    /** What the widget falls back to when the brand has no colour for a role (theme.ts FALLBACK). */
    static final String FALLBACK = "#2563eb";

    private record Role(String what, String field, Function<BrandStatus, String> first, String fallbackField,
            Function<BrandStatus, String> second, boolean onWhite) {
    }

    private static final List<Role> ROLES = List.of(
            new Role("header", "primaryColor", BrandStatus::getPrimaryColor, "themeColor", BrandStatus::getThemeColor,
                    false),
            new Role("buttons", "accentColor", BrandStatus::getAccentColor, "primaryColor",
                    BrandStatus::getPrimaryColor, false),
            new Role("links", "primaryColor", BrandStatus::getPrimaryColor, "themeColor", BrandStatus::getThemeColor,
                    true));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome run(CheckContext context) {
        return judge(context.target().brand());
    }

    static CheckOutcome judge(BrandStatus brand) {
        List<String> findings = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        for (Role role : ROLES) {
            Optional<String> field = source(brand, role);
            if (field.isEmpty()) {
                findings.add(role.what() + ": the brand has no " + role.field() + " or " + role.fallbackField()
                        + ", so the widget uses its default " + FALLBACK + " (set spec.branding." + role.field()
                        + ")");
                continue;
            }
            String colour = (field.get().equals(role.field()) ? role.first() : role.second()).apply(brand);
            Rgb base = Rgb.parse(colour).orElseThrow();
            String from = role.what() + ": " + field.get() + " " + colour;
            if (role.onWhite()) {
                double ratio = WcagContrast.contrast(base, WcagContrast.WHITE);
                Rgb used = WcagContrast.readableOnWhite(base);
                if (ratio < WcagContrast.AA) {
                    findings.add(from + " on white is " + WcagContrast.ratio(ratio) + ", under 4.5:1; the widget "
                            + "draws links in " + used.hex() + " instead ("
                            + WcagContrast.ratio(WcagContrast.contrast(used, WcagContrast.WHITE)) + ")");
                } else {
                    fine.add(from + " on white " + WcagContrast.ratio(ratio));
                }
                continue;
            }
            Scheme scheme = WcagContrast.readableScheme(base);
            if (scheme.adjusted()) {
                findings.add(from + " reaches " + WcagContrast.ratio(WcagContrast.contrast(base, WcagContrast.WHITE))
                        + " with white text and " + WcagContrast.ratio(WcagContrast.contrast(base, WcagContrast.INK))
                        + " with dark text, under 4.5:1; the widget draws it as " + scheme.background().hex()
                        + " behind " + (scheme.text() == WcagContrast.WHITE ? "white" : "dark") + " text ("
                        + WcagContrast.ratio(scheme.ratio()) + ")");
            } else {
                fine.add(from + " with " + (scheme.text() == WcagContrast.WHITE ? "white" : "dark") + " text "
                        + WcagContrast.ratio(scheme.ratio()));
            }
        }
        if (findings.isEmpty()) {
            return CheckOutcome.passed("The widget's colours are the brand's and its text meets WCAG AA: "
                    + String.join("; ", fine));
        }
        return CheckOutcome.warning(String.join("; ", findings) + ". A colour QA prefers goes in spec.branding "
                + "(primaryColor, accentColor, themeColor).");
    }

    /** The brand field the widget takes this role's colour from, if any holds a valid colour. */
    private static Optional<String> source(BrandStatus brand, Role role) {
        if (Rgb.parse(role.first().apply(brand)).isPresent()) {
            return Optional.of(role.field());
        }
        if (Rgb.parse(role.second().apply(brand)).isPresent()) {
            return Optional.of(role.fallbackField());
        }
        return Optional.empty();
    }
}
