package io.xapp.testing.standin;

import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A kubeconfig that authenticates as a ServiceAccount (TokenRequest API), the way a Pod's projected token does:
 * the process gets exactly the RBAC the chart grants, not the admin's.
 */
final class ServiceAccountKubeconfig {

    private static final long TOKEN_SECONDS = 24 * 3600;

    private ServiceAccountKubeconfig() {
    }

    static void write(KubernetesClient client, String namespace, String serviceAccount, Path file)
            throws IOException {
        if (client.serviceAccounts().inNamespace(namespace).withName(serviceAccount).get() == null) {
            throw new MissingInputException("ServiceAccount " + serviceAccount + " does not exist yet");
        }
        TokenRequest request = client.serviceAccounts().inNamespace(namespace).withName(serviceAccount)
                .tokenRequest(new TokenRequestBuilder().withNewSpec().withExpirationSeconds(TOKEN_SECONDS)
                        .endSpec().build());
        Config config = client.getConfiguration();
        String yaml = """
                apiVersion: v1
                kind: Config
                clusters:
                - name: local
                  cluster:
                    server: %s
                    certificate-authority-data: %s
                users:
                - name: %s
                  user:
                    token: %s
                contexts:
                - name: standin
                  context: {cluster: local, user: %s, namespace: %s}
                current-context: standin
                """.formatted(config.getMasterUrl(), caData(config), serviceAccount,
                request.getStatus().getToken(), serviceAccount, namespace);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }

    private static String caData(Config config) throws IOException {
        if (config.getCaCertData() != null) {
            return config.getCaCertData();
        }
        return Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of(config.getCaCertFile())));
    }
}
