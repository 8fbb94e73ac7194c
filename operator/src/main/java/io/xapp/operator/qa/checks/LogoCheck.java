package io.xapp.operator.qa.checks;

import io.xapp.crawler.FetchException;
import io.xapp.crawler.fetch.FetchRequest;
import io.xapp.crawler.fetch.FetchResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Brand: the logo in effect loads (through the crawler's guarded fetcher: it is the customer's URL) and decodes as
 * an image of a sensible size for the widget's header.
 */
final class LogoCheck implements QaCheck {

    static final String NAME = "Logo";
    /** The widget shows the logo up to 48 px high: smaller than this looks blurry on a high-density screen. */
    static final int MIN_SIDE = 32;
    static final int MAX_SIDE = 4096;
    static final double MAX_ASPECT = 8.0;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome run(CheckContext context) {
        String logo = context.target().brand().getLogoUrl();
        String fix = "; set spec.branding.logoUrl to a working logo (or fix it on the site)";
        if (logo == null || logo.isBlank()) {
            return CheckOutcome.warning("No logo was detected on " + context.target().website() + ": the widget "
                    + "shows the company name instead" + fix);
        }
        FetchResponse response;
        try {
            response = context.site().fetch(FetchRequest.get(URI.create(logo), context.target().fetchPolicy()));
        } catch (FetchException | IllegalArgumentException e) {
            return CheckOutcome.failed("The logo " + logo + " does not load: " + e.getMessage() + fix);
        }
        if (!response.ok() || response.body() == null) {
            return CheckOutcome.failed("The logo " + logo + " answers HTTP " + response.status() + fix);
        }
        String type = response.mediaType();
        if (type != null && (type.startsWith("text/html") || type.startsWith("application/json"))) {
            return CheckOutcome.failed("The logo " + logo + " is a " + type + " page, not an image" + fix);
        }
        ImageProbe.Image image;
        try {
            image = ImageProbe.read(response.body(), type);
        } catch (IOException e) {
            return CheckOutcome.failed("The logo " + logo + " does not decode as an image: " + e.getMessage() + fix);
        }
        return judge(logo, image, response.body().length, fix);
    }

    static CheckOutcome judge(String logo, ImageProbe.Image image, int bytes, String fix) {
        String what = "The logo " + logo + " (" + image.format() + (image.sized() ? ", " + image.width() + "x"
                + image.height() + " px" : "") + ", " + kib(bytes) + ")";
        if (!image.sized()) {
            return image.format().equals("SVG")
                    ? CheckOutcome.warning(what + " has neither width/height nor a viewBox, so browsers may draw it "
                            + "at any size; check it in the preview" + fix)
                    : CheckOutcome.failed(what + " has no size" + fix);
        }
        int shorter = Math.min(image.width(), image.height());
        int longer = Math.max(image.width(), image.height());
        if (!image.format().equals("SVG") && shorter < MIN_SIDE) {
            return CheckOutcome.warning(what + " is smaller than " + MIN_SIDE + " px on a side and will look blurry "
                    + "in the widget's header" + fix);
        }
        if (!image.format().equals("SVG") && longer > MAX_SIDE) {
            return CheckOutcome.warning(what + " is larger than " + MAX_SIDE + " px on a side: every visitor "
                    + "downloads it; a smaller copy would do" + fix);
        }
        if ((double) longer / shorter > MAX_ASPECT) {
            return CheckOutcome.warning(what + " is more than " + (int) MAX_ASPECT + " times as wide as high (or "
                    + "high as wide), so it shrinks to a sliver in the header; check it in the preview" + fix);
        }
        return CheckOutcome.passed(what + " loads and decodes");
    }

    private static String kib(int bytes) {
        return bytes < 1024 ? bytes + " bytes" : (bytes + 512) / 1024 + " KiB";
    }
}
