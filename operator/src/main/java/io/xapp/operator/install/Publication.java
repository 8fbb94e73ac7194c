package io.xapp.operator.install;

import io.xapp.api.v1alpha1.Channel;
import io.xapp.api.v1alpha1.InstallStatus;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.operator.qa.QaReview;
import io.xapp.operator.runtime.Rollout;
import io.xapp.operator.runtime.RuntimeKeys;
import io.xapp.operator.status.StatusDraft;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where a provisioned Assistant stands: Provisioning until the runtime has rolled out, AwaitingQA until QA
 * approves the current revision, then Ready with the install snippets published. Once a revision is published it
 * stays Ready while the runtime rolls (a crawl setting changed, a Pod moved): the snippets do not change.
 */
public final class Publication {

    private Publication() {
    }

    /** Whether {@code revision}'s install snippets are out already. */
    public static boolean published(StatusDraft draft, String revision) {
        InstallStatus published = draft.previous().getInstall();
        return published != null && revision.equals(published.getRevision());
    }

    /**
     * @param assistantUrl the assistant's public base URL
     * @param channels     the channels it runs
     */
    public static void decide(StatusDraft draft, QaReview review, Rollout rollout, String assistantUrl,
            List<Channel> channels, RuntimeKeys keys, String revision, Instant now) {
        InstallStatus published = draft.previous().getInstall();
        boolean alreadyPublished = published(draft, revision);
        if (review.verdict() == QaReview.Verdict.APPROVED && (rollout.complete() || alreadyPublished)) {
            String at = alreadyPublished ? published.getPublishedAt()
                    : now.truncatedTo(ChronoUnit.SECONDS).toString();
            draft.next().setInstall(InstallSnippets.publish(assistantUrl, channels, keys, revision, at));
            draft.phase(Phase.Ready, "Revision " + revision + " is approved; the install snippets and keys are in "
                    + "status.install");
            return;
        }
        draft.next().setInstall(null);
        if (!rollout.complete()) {
            draft.phase(Phase.Provisioning, "Waiting for the runtime: " + rollout.message());
        } else {
            draft.phase(Phase.AwaitingQA, review.message());
        }
    }
}
