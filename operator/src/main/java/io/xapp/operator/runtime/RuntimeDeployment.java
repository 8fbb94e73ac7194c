package io.xapp.operator.runtime;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.javaoperatorsdk.operator.api.config.informer.Informer;
import io.javaoperatorsdk.operator.processing.dependent.kubernetes.KubernetesDependent;
import io.xapp.api.runtime.RuntimeConfig;
import io.xapp.api.runtime.RuntimeSecrets;
import io.xapp.operator.cache.MatchedByHash;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The customer's runtime: the runtime image under the restricted Pod Security Standard, with no Kubernetes token,
 * its configuration and keys mounted read-only, and a writable data directory (a PersistentVolumeClaim when the
 * partner environment enables persistence, else an emptyDir).
 */
@KubernetesDependent(informer = @Informer(labelSelector = RuntimeLabels.MANAGED_BY_SELECTOR,
        itemStore = MatchedByHash.class, onUpdateFilter = RolloutUpdateFilter.class))
public class RuntimeDeployment extends RuntimeDependent<Deployment> {

    public static final String PORT_NAME = "http";
    /** Pod template annotation that changes with the configuration and keys, rolling the Pods. */
    public static final String CONTENT_HASH_ANNOTATION = "xapp.io/content-hash";
    public static final String DATA_DIR = "/var/lib/xapp";
    // The runtime image runs as this unprivileged user; runAsNonRoot needs a numeric one to verify.
    private static final long RUNTIME_UID = 10001L;

    public RuntimeDeployment() {
        super(Deployment.class);
    }

    @Override
    protected Deployment desired(RuntimeModel model) {
        return new DeploymentBuilder()
                .withMetadata(model.metadata())
                .withNewSpec()
                .withReplicas(model.tier().replicas())
                .withNewSelector().withMatchLabels(RuntimeLabels.podSelector(model.name())).endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(model.podLabels())
                .withAnnotations(Map.of(CONTENT_HASH_ANNOTATION, model.contentHash()))
                .endMetadata()
                .withNewSpec()
                .withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false)
                .withSecurityContext(new PodSecurityContextBuilder()
                        .withRunAsNonRoot(true)
                        .withRunAsUser(RUNTIME_UID)
                        .withRunAsGroup(RUNTIME_UID)
                        .withFsGroup(RUNTIME_UID)
                        .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                        .build())
                .withContainers(container(model))
                .withVolumes(volumes(model))
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    private static io.fabric8.kubernetes.api.model.Container container(RuntimeModel model) {
        return new ContainerBuilder()
                .withName("runtime")
                .withImage(model.runtime().image())
                .withImagePullPolicy(model.runtime().imagePullPolicy())
                .addNewPort().withName(PORT_NAME).withContainerPort(model.runtime().port()).withProtocol("TCP")
                .endPort()
                .withEnv(new EnvVar("XAPP_CONFIG_FILE", RuntimeConfig.DEFAULT_CONFIG_FILE, null),
                        new EnvVar("XAPP_SECRETS_DIR", RuntimeSecrets.DEFAULT_DIR, null))
                .withResources(new ResourceRequirementsBuilder()
                        .withRequests(quantities(model.tier().resources().requests()))
                        .withLimits(quantities(model.tier().resources().limits()))
                        .build())
                .withLivenessProbe(probe("/q/health/live", 10, 6))
                .withReadinessProbe(probe("/q/health/ready", 5, 3))
                .withSecurityContext(new SecurityContextBuilder()
                        .withAllowPrivilegeEscalation(false)
                        .withReadOnlyRootFilesystem(true)
                        .withRunAsNonRoot(true)
                        .withNewCapabilities().withDrop("ALL").endCapabilities()
                        .build())
                .withVolumeMounts(
                        new VolumeMountBuilder().withName("config").withMountPath("/etc/xapp/config")
                                .withReadOnly(true).build(),
                        new VolumeMountBuilder().withName("secrets").withMountPath(RuntimeSecrets.DEFAULT_DIR)
                                .withReadOnly(true).build(),
                        new VolumeMountBuilder().withName("tmp").withMountPath("/tmp").build(),
                        new VolumeMountBuilder().withName("data").withMountPath(DATA_DIR).build())
                .build();
    }

    private static List<Volume> volumes(RuntimeModel model) {
        VolumeBuilder data = new VolumeBuilder().withName("data");
        if (model.runtime().persistence().enabled()) {
            data.withNewPersistentVolumeClaim().withClaimName(model.name()).endPersistentVolumeClaim();
        } else {
            data.withNewEmptyDir().endEmptyDir();
        }
        return List.of(
                new VolumeBuilder().withName("config").withNewConfigMap().withName(model.name()).endConfigMap()
                        .build(),
                new VolumeBuilder().withName("secrets").withNewSecret().withSecretName(model.name()).endSecret()
                        .build(),
                new VolumeBuilder().withName("tmp").withNewEmptyDir().endEmptyDir().build(),
                data.build());
    }

    private static Probe probe(String path, int periodSeconds, int failureThreshold) {
        return new ProbeBuilder()
                .withNewHttpGet().withPath(path).withPort(new IntOrString(PORT_NAME)).withScheme("HTTP").endHttpGet()
                .withPeriodSeconds(periodSeconds)
                .withFailureThreshold(failureThreshold)
                .build();
    }

    private static Map<String, Quantity> quantities(Map<String, String> values) {
        Map<String, Quantity> q = new TreeMap<>();
        values.forEach((k, v) -> q.put(k, new Quantity(v)));
        return q;
    }
}
