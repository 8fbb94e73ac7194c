package io.xapp.operator.status;

/** The condition types of an Assistant, in the order status lists them. */
public enum ConditionType {
    /** Summary: True only in phase Ready. */
    Ready,
    TemplateResolved,
    TierResolved,
    SiteAnalyzed,
    RuntimeAvailable,
    QAApproved,
    /** Present only while a cancellation is set. */
    Cancelled
}
