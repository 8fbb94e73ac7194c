package io.xapp.testing.standin;

import io.xapp.api.hash.Sha256;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns a Deployment's pod spec into what a local process needs: a directory per volume (ConfigMap and Secret
 * contents written out, emptyDirs fresh, PersistentVolumeClaims kept across restarts), the container's
 * environment, and a kubeconfig for the Pod's ServiceAccount.
 *
 * <p>Processes cannot see files at the container's mount paths, so each mount path is rewritten to its local
 * directory wherever it appears: in environment values and in mounted ConfigMap files (e.g. a config file that
 * names a secret file by its mount path).
 */
final class PodMaterializer {

    private final KubernetesClient client;
    private final Deployment deployment;
    private final PodSpec spec;
    private final Path podDir;
    private final Path volumesDir;
    private final Map<String, ConfigMap> configMaps = new TreeMap<>();
    private final Map<String, Secret> secrets = new TreeMap<>();

    PodMaterializer(KubernetesClient client, Deployment deployment, Path workDir) {
        this.client = client;
        this.deployment = deployment;
        this.spec = deployment.getSpec().getTemplate().getSpec();
        String ns = deployment.getMetadata().getNamespace();
        this.podDir = workDir.resolve("pods").resolve(ns).resolve(deployment.getMetadata().getName());
        this.volumesDir = workDir.resolve("volumes").resolve(ns);
        resolveInputs();
    }

    /**
     * Changes when the pod template changes, or a value the container's environment takes from a ConfigMap or
     * Secret: what a Pod only picks up when it is created, so the process restarts.
     */
    String podFingerprint(Container container) {
        StringBuilder s = new StringBuilder(Serialization.asJson(deployment.getSpec().getTemplate()));
        for (EnvVar e : nullSafe(container.getEnv())) {
            if (e.getValueFrom() != null) {
                s.append("\nenv:").append(e.getName()).append('=').append(valueFrom(e));
            }
        }
        return Sha256.hex(s.toString());
    }

    /**
     * Changes when a mounted ConfigMap or Secret changes. The kubelet refreshes such files in a running Pod, so the
     * stand-in rewrites them in place ({@link #refreshVolumes}) rather than restart the process.
     */
    String volumesFingerprint() {
        StringBuilder s = new StringBuilder();
        configMaps.forEach((name, cm) -> s.append("\ncm:").append(name).append(Serialization.asJson(cm.getData()))
                .append(Serialization.asJson(cm.getBinaryData())));
        secrets.forEach((name, sec) -> s.append("\nsecret:").append(name).append(Serialization.asJson(sec.getData())));
        return Sha256.hex(s.toString());
    }

    /** Writes the volumes out afresh and returns the process environment. */
    Prepared prepare(Container container, int port) throws IOException {
        deleteRecursively(podDir);
        Files.createDirectories(podDir);
        Map<String, Path> mounts = mounts(container);
        PathRewriter rewriter = new PathRewriter(mounts);
        for (Volume v : nullSafe(spec.getVolumes())) {
            writeVolume(v, rewriter);
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar e : nullSafe(container.getEnv())) {
            String value = e.getValueFrom() != null ? valueFrom(e) : e.getValue();
            if (value != null) {
                env.put(e.getName(), rewriter.rewrite(value));
            }
        }
        // Pods have a network namespace of their own; processes share the loopback interface.
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        if (!Boolean.FALSE.equals(spec.getAutomountServiceAccountToken())) {
            Path kubeconfig = podDir.resolve("kubeconfig");
            ServiceAccountKubeconfig.write(client, deployment.getMetadata().getNamespace(),
                    spec.getServiceAccountName() == null ? "default" : spec.getServiceAccountName(), kubeconfig);
            env.put("KUBECONFIG", kubeconfig.toString());
        }
        return new Prepared(env, mounts);
    }

    record Prepared(Map<String, String> env, Map<String, Path> mounts) {
    }

    /** Rewrites the mounted ConfigMaps and Secrets of a running process in place; emptyDirs and claims stay. */
    void refreshVolumes(Container container) throws IOException {
        PathRewriter rewriter = new PathRewriter(mounts(container));
        for (Volume v : nullSafe(spec.getVolumes())) {
            if (v.getConfigMap() != null || v.getSecret() != null) {
                writeVolume(v, rewriter);
            }
        }
    }

    private Map<String, Path> mounts(Container container) {
        Map<String, Path> mounts = new LinkedHashMap<>();
        for (VolumeMount mount : nullSafe(container.getVolumeMounts())) {
            Path dir = volumeDir(volume(mount.getName()));
            mounts.put(mount.getMountPath(), mount.getSubPath() == null ? dir : dir.resolve(mount.getSubPath()));
        }
        return mounts;
    }

    private void resolveInputs() {
        String ns = deployment.getMetadata().getNamespace();
        for (Volume v : nullSafe(spec.getVolumes())) {
            if (v.getConfigMap() != null) {
                configMaps.put(v.getConfigMap().getName(), require(
                        client.configMaps().inNamespace(ns).withName(v.getConfigMap().getName()).get(),
                        "ConfigMap " + v.getConfigMap().getName(), v.getConfigMap().getOptional()));
            } else if (v.getSecret() != null) {
                secrets.put(v.getSecret().getSecretName(), require(
                        client.secrets().inNamespace(ns).withName(v.getSecret().getSecretName()).get(),
                        "Secret " + v.getSecret().getSecretName(), v.getSecret().getOptional()));
            }
        }
    }

    private static <T> T require(T found, String what, Boolean optional) {
        if (found == null && !Boolean.TRUE.equals(optional)) {
            throw new MissingInputException(what + " does not exist yet");
        }
        return found;
    }

    private Volume volume(String name) {
        return nullSafe(spec.getVolumes()).stream().filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new MissingInputException("volume " + name + " is mounted but not declared"));
    }

    private Path volumeDir(Volume v) {
        if (v.getPersistentVolumeClaim() != null) {
            return volumesDir.resolve(v.getPersistentVolumeClaim().getClaimName());
        }
        return podDir.resolve("volumes").resolve(v.getName());
    }

    private void writeVolume(Volume v, PathRewriter rewriter) throws IOException {
        Path dir = volumeDir(v);
        Files.createDirectories(dir);
        if (v.getConfigMap() != null) {
            ConfigMap cm = configMaps.get(v.getConfigMap().getName());
            if (cm != null) {
                Map<String, byte[]> files = new TreeMap<>();
                nullSafe(cm.getData()).forEach((k, val) ->
                        files.put(k, rewriter.rewrite(val).getBytes(StandardCharsets.UTF_8)));
                nullSafe(cm.getBinaryData()).forEach((k, val) -> files.put(k, Base64.getDecoder().decode(val)));
                writeFiles(dir, files, v.getConfigMap().getItems());
            }
        } else if (v.getSecret() != null) {
            Secret s = secrets.get(v.getSecret().getSecretName());
            if (s != null) {
                Map<String, byte[]> files = new TreeMap<>();
                nullSafe(s.getData()).forEach((k, val) -> files.put(k, Base64.getDecoder().decode(val)));
                writeFiles(dir, files, v.getSecret().getItems());
            }
        }
    }

    /** Each file is replaced atomically, so a process reading it while it is refreshed sees the old or the new. */
    private static void writeFiles(Path dir, Map<String, byte[]> files, List<KeyToPath> items) throws IOException {
        if (items == null || items.isEmpty()) {
            try (Stream<Path> present = Files.list(dir)) {
                for (Path stale : present.filter(p -> !files.containsKey(p.getFileName().toString())).toList()) {
                    Files.deleteIfExists(stale); // a key removed from the ConfigMap or Secret
                }
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                write(dir.resolve(f.getKey()), f.getValue());
            }
            return;
        }
        for (KeyToPath item : items) {
            byte[] content = files.get(item.getKey());
            if (content == null) {
                throw new MissingInputException("key " + item.getKey() + " is missing from a mounted volume");
            }
            Path target = dir.resolve(item.getPath());
            Files.createDirectories(target.getParent());
            write(target, content);
        }
    }

    private static void write(Path target, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".refresh-", ".tmp");
        Files.write(tmp, content);
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private String valueFrom(EnvVar e) {
        EnvVarSource from = e.getValueFrom();
        String ns = deployment.getMetadata().getNamespace();
        if (from.getFieldRef() != null) {
            return switch (from.getFieldRef().getFieldPath()) {
                case "metadata.namespace" -> ns;
                case "metadata.name" -> deployment.getMetadata().getName() + "-standin";
                default -> null;
            };
        }
        if (from.getSecretKeyRef() != null) {
            Secret s = client.secrets().inNamespace(ns).withName(from.getSecretKeyRef().getName()).get();
            String v = s == null || s.getData() == null ? null : s.getData().get(from.getSecretKeyRef().getKey());
            return v == null ? null : new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8);
        }
        if (from.getConfigMapKeyRef() != null) {
            ConfigMap cm = client.configMaps().inNamespace(ns).withName(from.getConfigMapKeyRef().getName()).get();
            return cm == null || cm.getData() == null ? null : cm.getData().get(from.getConfigMapKeyRef().getKey());
        }
        return null;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> nullSafe(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
