package io.xapp.operator.qa.checks;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.api.v1alpha1.Channel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Function: each channel's script loads from the assistant's public URL, and the runtime's public config answers
 * the channel's key from the customer's origin, as the snippets will on the customer's pages.
 */
final class ChannelsCheck implements QaCheck {

    static final String NAME = "Channels";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckOutcome run(CheckContext context) throws CheckException, InterruptedException {
        CheckTarget t = context.target();
        List<String> works = new ArrayList<>();
        List<String> fails = new ArrayList<>();
        for (Channel channel : t.channels()) {
            String script = "/" + channel.id() + ".js";
            JsonHttp.Response js = context.runtime().get(script);
            String type = js.header("Content-Type").orElse("");
            if (js.status() != 200 || !type.contains("javascript") || js.body().isBlank()) {
                fails.add(context.runtime().url(script) + " answers HTTP " + js.status() + " (" + type + ")");
            } else {
                works.add(channel.id() + ".js (" + (js.body().length() + 512) / 1024 + " KiB)");
            }
            String key = channel == Channel.WIDGET ? t.keys().widgetKey() : t.keys().searchKey();
            fails.addAll(configProblems(context.runtime().api("/api/config", key), channel, t));
        }
        if (fails.isEmpty()) {
            return CheckOutcome.passed(String.join(" and ", works) + " load from " + t.runtimeUrl()
                    + "; /api/config answers each channel's key from " + t.siteOrigin() + ".");
        }
        return CheckOutcome.failed(String.join("; ", fails) + ". The snippets would not work on the customer's "
                + "site; see the runtime's log and status.runtime.");
    }

    private static List<String> configProblems(JsonHttp.Response r, Channel channel, CheckTarget t) {
        String what = "/api/config with the " + channel.id() + " key from " + t.siteOrigin();
        if (r.status() != 200) {
            return List.of(what + " answers HTTP " + r.status() + ": " + JsonHttp.abbreviate(r.body()));
        }
        List<String> problems = new ArrayList<>();
        if (!t.siteOrigin().equals(r.header("Access-Control-Allow-Origin").orElse(null))) {
            problems.add(what + " does not allow that origin (Access-Control-Allow-Origin: "
                    + r.header("Access-Control-Allow-Origin").orElse("none") + ")");
        }
        try {
            JsonNode config = JsonHttp.JSON.readTree(r.body());
            String name = config.path("name").asText(null);
            if (name == null || name.isBlank()) {
                problems.add(what + " names no company");
            }
        } catch (IOException e) {
            problems.add(what + " is not JSON: " + JsonHttp.abbreviate(r.body()));
        }
        return problems;
    }
}
