package io.xapp.operator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The operator's own settings ({@code xapp.*} in application.properties; each also as an environment variable,
 * e.g. {@code XAPP_PARTNER_CONFIG}, {@code XAPP_ANALYSIS_THREADS}).
 */
@ConfigMapping(prefix = "xapp")
public interface OperatorConfig {

    /** The partner environment file (the chart mounts the partner ConfigMap here). */
    @WithDefault("/etc/xapp/partner/partner.yaml")
    Path partnerConfig();

    /** How often the partner environment file is reread, so a new tier applies without a restart. */
    @WithDefault("30s")
    Duration partnerConfigRecheck();

    /** The assistant-token signing key itself ({@code XAPP_ASSISTANT_TOKEN_KEY}); wins over the key file. */
    Optional<String> assistantTokenKey();

    /** The file holding the assistant-token signing key. */
    @WithDefault("/etc/xapp/secrets/assistant-token-key")
    Path assistantTokenKeyFile();

    /** How often an Assistant waiting on the partner configuration (an unknown tier) looks again. */
    @WithDefault("60s")
    Duration unresolvedRecheck();

    /** How often a teardown checks whether everything made for a customer is gone. */
    @WithDefault("2s")
    Duration teardownPoll();

    Analysis analysis();

    QaChecks qaChecks();

    LeaderElection leaderElection();

    Kubernetes kubernetes();

    interface Analysis {

        /** Site analyses that run at once (each fetches a home page and a few assets). */
        @WithDefault("4")
        int threads();

        /** Analyses that may wait for a thread; beyond that an Assistant asks again a little later. */
        @WithDefault("2000")
        int queueCapacity();

        /** Wait after the first failed analysis of a site; doubles with every further failure. */
        @WithDefault("10s")
        Duration retryInitial();

        /** Longest wait between analyses of a failing site. */
        @WithDefault("10m")
        Duration retryMax();
    }

    interface QaChecks {

        /** Run the automated pre-review checks, and refuse approvals of revisions whose checks failed. */
        @WithDefault("true")
        boolean enabled();

        /** Checks that run at once (each makes a few HTTP requests to the runtime, the bridge or the site). */
        @WithDefault("8")
        int threads();

        /** Check tasks that may wait for a thread. */
        @WithDefault("5000")
        int queueCapacity();

        /** A check still running after this counts as failed. */
        @WithDefault("20s")
        Duration checkTimeout();

        /** How long a run waits for the runtime to answer at its public URL before it tries again later. */
        @WithDefault("2m")
        Duration runtimeWait();

        /** When a runtime that did not answer is tried again. */
        @WithDefault("1m")
        Duration runtimeRetry();
    }

    interface LeaderElection {

        /** Name of the Lease that elects the active operator replica. */
        @WithDefault("xapp-operator")
        String leaseName();

        /** Namespace of the Lease; default: the operator's own namespace (its kubeconfig's, in a Pod its own). */
        Optional<String> leaseNamespace();

        /**
         * Exit when leadership is lost, so no two replicas ever reconcile at once (Kubernetes restarts the Pod).
         * Off only where the process must survive it, as in tests.
         */
        @WithDefault("true")
        boolean exitOnStopLeading();

        /**
         * How long a Lease holds without renewal. Generous, so a leader whose API requests queue behind a burst of
         * work (a thousand new Assistants) does not lose it.
         */
        @WithDefault("30s")
        Duration leaseDuration();

        /** How long the leader keeps trying to renew before it gives up leading. */
        @WithDefault("20s")
        Duration renewDeadline();

        @WithDefault("5s")
        Duration retryPeriod();
    }

    interface Kubernetes {

        /**
         * Write requests (POST, PUT, PATCH, DELETE) sent to the API server per second at most, 1 to 1000; reads,
         * watches and the Lease's renewals are not counted. An Assistant costs about 11 writes on its way to
         * AwaitingQA (docs/operator.md, benchmark) and 2 to 4 more with the pre-review checks, so 150 a second
         * carries the goal of 10 new Assistants a second, and a burst of thousands reaches the API server at that
         * rate instead of as fast as the reconcile threads can send it.
         */
        @WithDefault("150")
        int writesPerSecond();
    }
}
