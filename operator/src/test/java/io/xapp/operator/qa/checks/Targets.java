package io.xapp.operator.qa.checks;

import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.Channel;
import io.xapp.crawler.FetchPolicy;
import io.xapp.operator.runtime.RuntimeKeys;
import java.net.URI;
import java.util.List;

/** Check targets for tests: a site and a runtime on loopback, fixed keys. */
final class Targets {

    static final RuntimeKeys KEYS = new RuntimeKeys("wk_test", "sk_test", "preview-test", "bridge-test");

    private Targets() {
    }

    static CheckTarget of(URI website, URI runtime, BrandStatus brand, String revision) {
        return new CheckTarget("ns", "ast-test", revision, "Brightside Family Dental", website, runtime,
                List.of(Channel.WIDGET, Channel.SEARCH), KEYS, brand, null,
                FetchPolicy.defaults().withAllowLoopback(true));
    }
}
