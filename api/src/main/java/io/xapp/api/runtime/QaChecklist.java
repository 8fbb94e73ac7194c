package io.xapp.api.runtime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.xapp.api.v1alpha1.QaCheckResult;
import io.xapp.api.v1alpha1.QaCheckRun;
import java.util.List;

/**
 * The finished pre-review checks of one revision, as the QA preview page shows them above the live widget. The
 * operator writes it into the runtime's ConfigMap under {@value #CONFIG_KEY} beside {@code config.json} (not part of
 * the pod template's hash, so it never restarts the runtime); the kubelet refreshes the mounted file and the preview
 * reads it on every request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QaChecklist(
        @JsonProperty("run") QaCheckRun run,
        @JsonProperty("checks") List<QaCheckResult> checks) {

    /** ConfigMap key and file name. */
    public static final String CONFIG_KEY = "qa-checks.json";
    /** Where the runtime container finds it. */
    public static final String DEFAULT_FILE = "/etc/xapp/config/" + CONFIG_KEY;

    public QaChecklist {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    public String revision() {
        return run == null ? null : run.revision();
    }

    /** Stable JSON, so an unchanged checklist renders byte-identical and the ConfigMap is not written again. */
    public String toJson() {
        return MountedJson.write(this);
    }

    public static QaChecklist fromJson(String json) {
        return MountedJson.read(json, QaChecklist.class, "the QA checklist");
    }
}
