package io.xapp.operator.assistant;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.XappMetadata;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which updates of an Assistant need a reconcile. JOSDK's generation-aware filtering would drop annotation
 * changes, and a user filter can only narrow JOSDK's internal one, so the controller turns generation awareness
 * off and this filter does the same job plus one: a spec change (new generation), a change to any
 * {@code xapp.io/qa*} annotation (QA's verdict must act at once), deletion and finalizer changes pass; status
 * writes, by the operator or the bridge, do not.
 */
public class AssistantUpdateFilter implements OnUpdateFilter<Assistant> {

    @Override
    public boolean accept(Assistant updated, Assistant old) {
        ObjectMeta now = updated.getMetadata();
        ObjectMeta before = old.getMetadata();
        return !Objects.equals(now.getGeneration(), before.getGeneration())
                || !qaAnnotations(now).equals(qaAnnotations(before))
                || now.getDeletionTimestamp() != null
                || !Objects.equals(now.getFinalizers(), before.getFinalizers());
    }

    private static Map<String, String> qaAnnotations(ObjectMeta meta) {
        Map<String, String> qa = new TreeMap<>();
        if (meta.getAnnotations() != null) {
            meta.getAnnotations().forEach((key, value) -> {
                if (key.startsWith(XappMetadata.QA_ANNOTATION_PREFIX)) {
                    qa.put(key, value);
                }
            });
        }
        return qa;
    }
}
