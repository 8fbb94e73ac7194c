package io.xapp.api.kube;

import io.fabric8.kubernetes.client.Config;

/**
 * fabric8 allows 5 requests in flight per API server by default, too few for a component whose workers write in
 * parallel: they would queue for a connection inside the client. This raises the limit to what the component's
 * workers need, unless {@code KUBERNETES_MAX_CONCURRENT_REQUESTS_PER_HOST} (or the client's own configuration) set
 * another value.
 */
public final class RequestConcurrency {

    private RequestConcurrency() {
    }

    /** At least {@code requests} in flight, to any API server and to this one, unless configured otherwise. */
    public static void atLeast(Config config, int requests) {
        if (config.getMaxConcurrentRequestsPerHost() == Config.DEFAULT_MAX_CONCURRENT_REQUESTS_PER_HOST) {
            config.setMaxConcurrentRequestsPerHost(requests);
        }
        if (config.getMaxConcurrentRequests() < requests) {
            config.setMaxConcurrentRequests(requests);
        }
    }
}
