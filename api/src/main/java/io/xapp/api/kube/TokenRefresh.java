package io.xapp.api.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.http.HttpClient;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.fabric8.kubernetes.client.utils.TokenRefreshInterceptor;

/**
 * fabric8's token refresh, left out where there is no token to refresh: a client that authenticates by client
 * certificate alone (a kubeconfig used outside the cluster; in a Pod the service account token is refreshed as
 * usual). The refresh then finds no token, never records that it refreshed, and so reads and parses the kubeconfig
 * again before every request: 13% of the operator's CPU in a burst of 1,000 Assistants (bench/operator.sh, whose
 * operator uses the local cluster's certificate).
 */
public final class TokenRefresh {

    private TokenRefresh() {
    }

    /** For {@code KubernetesClientBuilder.withHttpClientBuilderConsumer}: no refresh when there is nothing to. */
    static void offWhenNothingToRefresh(Config config, HttpClient.Builder http) {
        if (nothingToRefresh(config)) {
            http.addOrReplaceInterceptor(TokenRefreshInterceptor.NAME, new Interceptor() {
            });
        }
    }

    /** Whether {@code config} authenticates by client certificate, with no token, password or auth provider. */
    public static boolean nothingToRefresh(Config config) {
        return config.getOauthTokenProvider() == null && config.getOauthToken() == null
                && config.getAuthProvider() == null && (config.getUsername() == null || config.getUsername().isEmpty())
                && (config.getClientCertData() != null || config.getClientCertFile() != null);
    }
}
