package io.xapp.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The objects of a rendered chart ({@code helm template} output), looked up by kind and name. */
public final class Manifests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<GenericKubernetesResource> objects;

    private Manifests(List<GenericKubernetesResource> objects) {
        this.objects = List.copyOf(objects);
    }

    public static Manifests parse(String renderedYaml) {
        List<GenericKubernetesResource> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(renderedYaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && doc.hasNonNull("kind")) {
                    objects.add(Serialization.unmarshal(doc.toString(), GenericKubernetesResource.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the rendered chart is not valid YAML", e);
        }
        return new Manifests(objects);
    }

    public List<GenericKubernetesResource> all() {
        return objects;
    }

    public List<GenericKubernetesResource> ofKind(String kind) {
        return objects.stream().filter(o -> o.getKind().equals(kind)).toList();
    }

    /** The one object of that kind and name, as a typed fabric8 model ({@code Deployment.class}, ...). */
    public <T extends HasMetadata> T get(String kind, String name, Class<T> type) {
        GenericKubernetesResource found = objects.stream()
                .filter(o -> o.getKind().equals(kind) && o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the rendered chart has no " + kind + " " + name + "; it has "
                        + summary()));
        return Serialization.unmarshal(Serialization.asJson(found), type);
    }

    /** {@code Kind/name} of every object, for messages. */
    public String summary() {
        return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName())
                .collect(Collectors.joining(", "));
    }
}
