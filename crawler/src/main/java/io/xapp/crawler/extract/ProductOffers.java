package io.xapp.crawler.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * The prices of a product's variants that only its JSON-LD states. A store's product page shows the price of the
 * variant selected (Shopify's "12 oz", $21.00); the others appear by script when a visitor picks them, while the
 * product's schema.org {@code offers} list every one ("Harbor Espresso Blend - 2 lb", 52.00 USD). Read as lines of
 * the page, "how much is a 2 lb bag" finds them.
 */
final class ProductOffers {

    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "CAD", "CA$", "AUD", "A$", "GBP", "£",
            "EUR", "€");

    private ProductOffers() {
    }

    /**
     * "Harbor Espresso Blend - 2 lb: $52.00", one line per named offer of each product, and "Gift card: from $25.00
     * to $100.00" for an aggregate offer; none when the page's {@code text} already shows every price stated.
     */
    static List<String> lines(List<JsonNode> jsonLd, String text) {
        List<String> lines = new ArrayList<>();
        boolean shown = true;
        for (JsonNode product : jsonLd) {
            if (!JsonLd.isA(product, "Product")) {
                continue;
            }
            String name = JsonLd.text(product.get("name")).orElse("");
            JsonNode offers = product.path("offers");
            for (JsonNode offer : offers.isArray() ? offers : List.of(offers)) {
                String currency = JsonLd.text(offer.get("priceCurrency")).orElse("");
                Optional<String> price = JsonLd.text(offer.get("price")).map(p -> money(p, currency));
                Optional<String> low = JsonLd.text(offer.get("lowPrice")).map(p -> money(p, currency));
                Optional<String> high = JsonLd.text(offer.get("highPrice")).map(p -> money(p, currency));
                String label = JsonLd.text(offer.get("name")).orElse(name);
                if (price.isPresent() && !label.isEmpty()) {
                    lines.add(label + ": " + price.get());
                    shown &= text.contains(price.get());
                } else if (low.isPresent() && high.isPresent() && !name.isEmpty()) {
                    lines.add(name + ": from " + low.get() + " to " + high.get());
                    shown &= text.contains(low.get()) && text.contains(high.get());
                }
            }
        }
        return shown ? List.of() : lines;
    }

    /** "52.00" in USD as "$52.00", as pages write it; a price that is no number is left as it is. */
    private static String money(String amount, String currency) {
        String plain;
        try {
            plain = new BigDecimal(amount.strip()).setScale(2, RoundingMode.HALF_UP).toPlainString();
        } catch (NumberFormatException e) {
            plain = amount.strip();
        }
        String symbol = SYMBOLS.get(currency);
        return symbol != null ? symbol + plain : (plain + " " + currency).strip();
    }
}
