package io.xapp.operator.qa.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xapp.api.v1alpha1.AssistantTemplateSpec.CallToAction;
import io.xapp.api.v1alpha1.Channel;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime's public API as a visitor's browser calls it (docs/contracts.md, "Public URLs and snippets"): at the
 * assistant's public base URL, with a channel key and the customer's origin. Sample questions go in a session whose
 * id starts with {@value #SESSION_PREFIX}, which the runtime does not count as visitor usage.
 */
final class RuntimeApi {

    static final String SESSION_PREFIX = "xapp-qa-check-";
    static final String KEY_HEADER = "X-Xapp-Key";

    private final JsonHttp http;
    private final CheckTarget target;

    RuntimeApi(JsonHttp http, CheckTarget target) {
        this.http = http;
        this.target = target;
    }

    URI url(String path) {
        String base = target.runtimeUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    /** Whether the runtime says it is ready (a first index exists). */
    boolean ready() throws InterruptedException {
        try {
            return http.send(http.request(url("/q/health/ready")).GET().build()).status() == 200;
        } catch (CheckException e) {
            return false;
        }
    }

    /** A plain GET (scripts), no key, from the customer's origin as a page loading the snippet would. */
    JsonHttp.Response get(String path) throws CheckException, InterruptedException {
        return http.send(http.request(url(path)).header("Origin", target.siteOrigin()).GET().build());
    }

    /** GET /api/... with {@code key} from the customer's origin; the raw answer, for checks that judge it. */
    JsonHttp.Response api(String pathAndQuery, String key) throws CheckException, InterruptedException {
        return http.send(http.request(url(pathAndQuery)).header(KEY_HEADER, key)
                .header("Origin", target.siteOrigin()).GET().build());
    }

    /** GET /api/suggest?q=: headings and titles of the site that start with {@code prefix}. */
    JsonNode suggest(String prefix) throws CheckException, InterruptedException {
        return http.json(http.request(url("/api/suggest?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8)))
                .header(KEY_HEADER, target.apiKey()).header("Origin", target.siteOrigin()).GET().build());
    }

    /** POST /api/chat with the widget key: the runtime's answer, with its sources. */
    JsonNode chat(String message) throws CheckException, InterruptedException {
        ObjectNode body = JsonHttp.JSON.createObjectNode().put("message", message)
                .put("sessionId", SESSION_PREFIX + target.revision());
        return http.json(http.request(url("/api/chat")).header(KEY_HEADER, target.keys().widgetKey())
                .header("Origin", target.siteOrigin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /**
     * The calls to action the widget offers visitors, as the runtime's public config lists them (the template's,
     * with the runtime's defaults); none when the assistant has no widget.
     */
    List<CallToAction> callsToAction() throws CheckException, InterruptedException {
        if (!target.channels().contains(Channel.WIDGET)) {
            return List.of();
        }
        JsonNode config = http.json(http.request(url("/api/config")).header(KEY_HEADER, target.keys().widgetKey())
                .header("Origin", target.siteOrigin()).GET().build());
        List<CallToAction> ctas = new ArrayList<>();
        for (JsonNode c : config.path("callsToAction")) {
            ctas.add(JsonHttp.JSON.convertValue(c, CallToAction.class));
        }
        return ctas;
    }

    /** GET /preview/crawl: what the last crawl indexed and excluded (for holders of the preview token). */
    JsonNode crawlSummary() throws CheckException, InterruptedException {
        return http.json(http.request(url("/preview/crawl?token=" + URLEncoder.encode(target.keys().previewToken(),
                StandardCharsets.UTF_8))).GET().build());
    }
}
