package io.xapp.testing.kube;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.security.SecureRandom;
import java.util.Locale;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * JUnit 5 extension behind {@link LocalCluster}: ensures the cluster runs
 * ({@link KubeCluster#get()}), creates a namespace per test class, injects
 * {@link KubernetesClient}, {@link TestNamespace} and {@link KubeCluster} into
 * fields and parameters, and deletes the namespace after the class.
 *
 * <p>Field injection applies to non-static, non-final fields of those types
 * that are still {@code null}.
 */
public class LocalClusterExtension implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor,
        ParameterResolver {

    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(LocalClusterExtension.class);
    private static final String KEY = "testNamespace";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void beforeAll(ExtensionContext context) {
        namespaceFor(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestNamespace ns = context.getStore(STORE).remove(KEY + context.getRequiredTestClass().getName(),
                TestNamespace.class);
        if (ns == null) {
            return;
        }
        try {
            if (!Boolean.getBoolean("xapp.cluster.keepNamespaces")) {
                TestNamespace.delete(ns.cluster().client(), ns.name());
            }
        } catch (KubernetesClientException e) {
            System.err.println("[xapp-testing] could not delete namespace " + ns.name() + ": " + e.getMessage());
        } finally {
            ns.client().close();
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        TestNamespace ns = namespaceFor(context);
        for (Class<?> type = testInstance.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
                    continue;
                }
                Object value = valueFor(field.getType(), ns);
                if (value == null) {
                    continue;
                }
                field.setAccessible(true);
                if (field.get(testInstance) == null) {
                    field.set(testInstance, value);
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == KubernetesClient.class || type == TestNamespace.class || type == KubeCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Object value = valueFor(parameterContext.getParameter().getType(), namespaceFor(extensionContext));
        if (value == null) {
            throw new ParameterResolutionException("unsupported parameter " + parameterContext.getParameter());
        }
        return value;
    }

    /**
     * The namespace of the {@link LocalCluster} test class of {@code context}: for other extensions of the class,
     * such as one that starts something in the namespace before the class's tests.
     */
    public static TestNamespace namespace(ExtensionContext context) {
        return namespaceFor(context);
    }

    private static Object valueFor(Class<?> type, TestNamespace ns) {
        if (type == KubernetesClient.class) {
            return ns.client();
        }
        if (type == TestNamespace.class) {
            return ns;
        }
        if (type == KubeCluster.class) {
            return ns.cluster();
        }
        return null;
    }

    /**
     * The namespace of the test class of {@code context}, created on first use.
     * Kept in the class-level store, so every method of the class (and every
     * instance, with the default per-method lifecycle) sees the same one.
     */
    private static TestNamespace namespaceFor(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() || classContext.getTestClass().orElse(null) != testClass) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(STORE).getOrComputeIfAbsent(KEY + testClass.getName(),
                k -> createNamespace(testClass), TestNamespace.class);
    }

    private static TestNamespace createNamespace(Class<?> testClass) {
        KubeCluster cluster = KubeCluster.get();
        String name = namespaceName(testClass);
        cluster.client().namespaces().resource(new NamespaceBuilder()
                .withNewMetadata()
                .withName(name)
                .addToLabels(TestNamespace.LABEL, "true")
                .addToAnnotations("xapp.io/test-class", testClass.getName())
                .endMetadata()
                .build()).create();
        return new TestNamespace(name, cluster, cluster.newClient(name));
    }

    /** A DNS label: the lower-cased simple class name, cut to fit, plus a random suffix. */
    static String namespaceName(Class<?> testClass) {
        String base = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "test";
        }
        if (base.length() > 50) {
            base = base.substring(0, 50).replaceAll("-+$", "");
        }
        StringBuilder suffix = new StringBuilder();
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 6; i++) {
            suffix.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return base + "-" + suffix;
    }
}
