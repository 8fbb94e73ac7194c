package io.xapp.e2e.flow;

import io.xapp.api.v1alpha1.Assistant;
import io.xapp.api.v1alpha1.Phase;
import io.xapp.e2e.platform.PartnerPlatform;

/** Looking at an Assistant of the platform's namespace while a flow test waits on it. */
final class Assistants {

    private Assistants() {
    }

    /** The Assistant {@code name}, or null while (or once) there is none. */
    static Assistant find(PartnerPlatform platform, String name) {
        return platform.admin().resources(Assistant.class).withName(name).get();
    }

    /** Its phase, or null when there is no Assistant or no status yet. */
    static Phase phase(Assistant a) {
        return a == null || a.getStatus() == null ? null : a.getStatus().getPhase();
    }
}
