package io.xapp.operator.testing;

import io.xapp.testing.kube.KubeCluster;

/** The committed CRDs ({@code crds/}, the single source) on the cluster, applied once per JVM. */
public final class Crds {

    private static boolean applied;

    private Crds() {
    }

    public static synchronized void ensureApplied(KubeCluster cluster) {
        if (!applied) {
            io.xapp.testing.support.Crds.apply(cluster.client(), "xapp-operator-tests");
            applied = true;
        }
    }
}
