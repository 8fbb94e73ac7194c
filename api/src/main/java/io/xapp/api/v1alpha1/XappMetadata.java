package io.xapp.api.v1alpha1;

/** Labels and annotations that components agree on. */
public final class XappMetadata {

    /** Label on the Assistant and on everything made for its customer: the label-safe customer id. */
    public static final String CUSTOMER_ID_LABEL = "xapp.io/customer-id";
    /** Label on everything made for an Assistant: the Assistant's name. */
    public static final String ASSISTANT_LABEL = "xapp.io/assistant";
    /** Label on the runtime's Pods, Deployment and Service. */
    public static final String COMPONENT_LABEL = "app.kubernetes.io/component";
    public static final String MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
    public static final String PART_OF_LABEL = "app.kubernetes.io/part-of";
    public static final String PART_OF_VALUE = "xapp";

    /**
     * Label the operator keeps on each Assistant: passed, warning or failed, the outcome of its current revision's
     * pre-review checks (absent while they run); {@code kubectl get assistants -l xapp.io/qa-checks=passed}.
     */
    public static final String QA_CHECKS_LABEL = "xapp.io/qa-checks";

    /** QA verdict, set only by members of the QA group (enforced by a ValidatingAdmissionPolicy). */
    public static final String QA_ANNOTATION = "xapp.io/qa";
    public static final String QA_APPROVED = "approved";
    public static final String QA_REJECTED = "rejected";
    /** The reviewer's note, shown in a condition and an Event. */
    public static final String QA_NOTE_ANNOTATION = "xapp.io/qa-note";
    /** Optional: the revision the reviewer saw; binds the verdict to it. */
    public static final String QA_REVISION_ANNOTATION = "xapp.io/qa-revision";
    /**
     * QA's note that an approval stands although the revision's pre-review checks failed (or have not finished);
     * without it the operator refuses such an approval.
     */
    public static final String QA_OVERRIDE_ANNOTATION = "xapp.io/qa-override";
    /** Every annotation whose key starts with this is the QA group's to set. */
    public static final String QA_ANNOTATION_PREFIX = "xapp.io/qa";

    private XappMetadata() {
    }
}
