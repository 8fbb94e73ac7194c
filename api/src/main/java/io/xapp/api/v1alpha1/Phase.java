package io.xapp.api.v1alpha1;

/** Where an Assistant is in its life. The operator owns it; everyone else reads it. */
public enum Phase {
    /** Accepted, waiting for its template and tier to resolve. */
    Pending,
    /** Analysing the website for the brand. */
    Analyzing,
    /** Creating the runtime and waiting for it to become available. */
    Provisioning,
    /** Running; held until a QA reviewer approves this revision. */
    AwaitingQA,
    /** Approved; install snippets and keys are in status.install. */
    Ready,
    /** A cancellation is scheduled for the future; still running until then. */
    Cancelling,
    /** Torn down: nothing made for the customer remains but this record. */
    Cancelled,
    /** Cannot proceed without a human; the conditions say why. */
    Failed
}
