package io.xapp.operator.status;

/** The condition types of an Assistant, in the order status lists them. */
public enum ConditionType {
    /** Summary: True only in phase Ready. */
    Ready,
    TemplateResolved,
    TierResolved,
    SiteAnalyzed,
    RuntimeAvailable,
    /** The automated pre-review checks of the current revision (absent when they are off). */
    QAChecks,
    QAApproved,
    /** Present only while a cancellation is set. */
    Cancelled
}
