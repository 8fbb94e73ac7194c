package io.xapp.api.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import org.junit.jupiter.api.Test;

class TokenRefreshTest {

    private static ConfigBuilder certificate() {
        return new ConfigBuilder(Config.empty()).withMasterUrl("https://127.0.0.1:26443")
                .withClientCertData("Y2VydA==").withClientKeyData("a2V5");
    }

    @Test
    void aClientCertificateAloneLeavesNothingToRefresh() {
        assertThat(TokenRefresh.nothingToRefresh(certificate().build())).isTrue();
    }

    @Test
    void tokensAndPasswordsKeepTheirRefresh() {
        assertThat(TokenRefresh.nothingToRefresh(certificate().withOauthToken("t").build())).isFalse();
        assertThat(TokenRefresh.nothingToRefresh(certificate().withUsername("u").withPassword("p").build()))
                .isFalse();
        assertThat(TokenRefresh.nothingToRefresh(certificate().withOauthTokenProvider(() -> "t").build()))
                .isFalse();
        Config serviceAccount = new ConfigBuilder(Config.empty()).withMasterUrl("https://10.96.0.1").build();
        serviceAccount.setAutoOAuthToken("from-the-token-file");
        assertThat(TokenRefresh.nothingToRefresh(serviceAccount)).isFalse();
    }
}
