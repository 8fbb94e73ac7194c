package io.xapp.operator.qa.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Collection;

/**
 * The bridge's view of the partner's APIs for one Assistant (docs/contracts.md, "Operator to bridge"), called as
 * the Assistant's runtime calls the bridge: with its bridge token.
 */
final class BridgeApi {

    private final JsonHttp http;
    private final CheckTarget target;

    BridgeApi(JsonHttp http, CheckTarget target) {
        this.http = http;
        this.target = target;
    }

    /** Which partner endpoints are configured, and which have a test marker: {@code {"leads": {...}, ...}}. */
    JsonNode partnerApi() throws CheckException, InterruptedException {
        return http.json(request("/partner-api").GET().build());
    }

    /** Test requests to the named partner endpoints: {@code {"results": [{"call", "outcome", ...}]}}. */
    JsonNode dryRun(Collection<String> calls) throws CheckException, InterruptedException {
        ObjectNode body = JsonHttp.JSON.createObjectNode().put("reference", target.revision());
        calls.forEach(body.putArray("calls")::add);
        return http.json(request("/partner-api/dry-run").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private HttpRequest.Builder request(String path) throws CheckException {
        if (target.bridgeUrl() == null) {
            throw new CheckException("this partner environment names no bridge (runtime.bridgeUrl in the partner "
                    + "file), so no call to action can reach the partner");
        }
        String base = target.bridgeUrl().toString();
        URI uri = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/internal/v1/assistants/" + target.namespace() + "/" + target.name() + path);
        return http.request(uri).header("Authorization", "Bearer " + target.keys().bridgeToken());
    }
}
