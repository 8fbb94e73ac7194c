package io.xapp.operator.config;

import io.xapp.api.partner.PartnerEnvironment;
import io.xapp.api.v1alpha1.Channel;
import io.xapp.operator.status.ConditionType;
import io.xapp.operator.status.StatusDraft;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Looks up an Assistant's tier in the partner environment; an unknown tier holds it with a clear condition. */
public final class TierResolver {

    public static final String RESOLVED = "Resolved";
    public static final String UNKNOWN_TIER = "UnknownTier";

    private TierResolver() {
    }

    public static Optional<PartnerEnvironment.Tier> resolve(String tierName, PartnerEnvironment env,
            PartnerEnvironmentSource source, StatusDraft draft) {
        Optional<PartnerEnvironment.Tier> tier = env.tier(tierName);
        if (tier.isEmpty()) {
            draft.conditions().setFalse(ConditionType.TierResolved, UNKNOWN_TIER, "Tier " + tierName
                    + " is not configured for partner " + env.partnerId() + " (configured: "
                    + String.join(", ", new TreeSet<>(env.tiers().keySet())) + "); add it to the partner "
                    + "environment's tiers (" + source.file() + ", rendered from the chart values) or change "
                    + "spec.tier. The operator rereads the configuration and continues once the tier exists.");
            return tier;
        }
        PartnerEnvironment.Tier t = tier.get();
        draft.conditions().setTrue(ConditionType.TierResolved, RESOLVED, "Tier " + tierName + ": "
                + t.channels().stream().map(Channel::id).collect(Collectors.joining(" and ")) + ", "
                + t.replicas() + " replica(s), up to " + t.maxPages() + " pages");
        return tier;
    }
}
