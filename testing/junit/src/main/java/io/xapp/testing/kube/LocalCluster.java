package io.xapp.testing.kube;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against the real local control plane of
 * {@code testing/cluster} (etcd, kube-apiserver, kube-controller-manager,
 * kube-scheduler and kwok nodes).
 *
 * <p>One cluster serves the whole test run: if one is already running (for
 * example started by {@code make test}) it is reused, otherwise the first test
 * class starts it and a JVM shutdown hook stops it again. Every test class gets
 * a fresh namespace, deleted after the class.
 *
 * <p>Fields and parameters (constructor, lifecycle and test methods) of these
 * types are injected:
 * <ul>
 * <li>{@link io.fabric8.kubernetes.client.KubernetesClient}: an admin client
 * whose default namespace is the class's namespace;</li>
 * <li>{@link TestNamespace}: the namespace's name and helpers such as
 * {@link TestNamespace#impersonating(String, String...)};</li>
 * <li>{@link KubeCluster}: the cluster (kubeconfig path, API server URL,
 * clients for other users).</li>
 * </ul>
 *
 * <pre>{@code
 * @LocalCluster
 * class MyTest {
 *     KubernetesClient client;   // injected
 *     TestNamespace namespace;   // injected
 *
 *     @Test
 *     void createsAConfigMap() {
 *         client.configMaps().resource(new ConfigMapBuilder()
 *                 .withNewMetadata().withName("x").endMetadata().build()).create();
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LocalClusterExtension.class)
public @interface LocalCluster {
}
