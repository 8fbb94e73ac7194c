package io.xapp.api.v1alpha1;

import io.xapp.api.hash.Sha256;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a partner's customer id (any string) into Kubernetes names and label values that are valid, stable and
 * collision-free. The readable part is a slug of the id; the hash of the exact id makes two ids that slug alike
 * ("ACME" and "acme", "a b" and "a-b") still distinct.
 */
public final class CustomerNames {

    static final int SLUG_MAX = 40;
    static final int HASH_CHARS = 10;
    static final String NAME_PREFIX = "ast-";

    private static final Pattern LABEL_VALUE = Pattern.compile("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$");

    private CustomerNames() {
    }

    /**
     * The Assistant name for a customer id: {@code ast-<slug>-<hash>}, at most 55 characters, a DNS-1035 label (so
     * the Service, Deployment, Secret and ConfigMap can all carry the same name, with room for a short suffix).
     */
    public static String assistantName(String customerId) {
        requireId(customerId);
        String slug = slug(customerId);
        return NAME_PREFIX + (slug.isEmpty() ? "" : slug + "-") + hash(customerId);
    }

    /** The value of the xapp.io/customer-id label: the id itself when it is a valid label value, else its slug-hash. */
    public static String labelValue(String customerId) {
        requireId(customerId);
        if (LABEL_VALUE.matcher(customerId).matches()) {
            return customerId;
        }
        String slug = slug(customerId);
        return (slug.isEmpty() ? "id" : slug) + "-" + hash(customerId);
    }

    private static void requireId(String customerId) {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("customer id must not be empty");
        }
    }

    private static String slug(String id) {
        String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > SLUG_MAX) {
            s = s.substring(0, SLUG_MAX).replaceAll("-+$", "");
        }
        return s;
    }

    private static String hash(String id) {
        return Sha256.hex(id).substring(0, HASH_CHARS);
    }
}
