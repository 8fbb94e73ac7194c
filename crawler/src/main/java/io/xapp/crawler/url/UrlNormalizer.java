package io.xapp.crawler.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the many spellings of one address into one, so the crawl fetches each page once: drops the fragment,
 * tracking parameters and default ports, lower-cases scheme and host, removes dot segments and repairs what
 * browsers tolerate (spaces, unencoded characters).
 */
public final class UrlNormalizer {

    /** Query parameters that only track campaigns or clicks and never change the page. */
    private static final Set<String> TRACKING_PARAMS = Set.of("gclid", "gclsrc", "dclid", "gbraid", "wbraid",
            "fbclid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid", "mc_cid", "mc_eid", "_ga",
            "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "srsltid");
    private static final Pattern TRACKING_PREFIX = Pattern.compile("^(utm_|pk_|mtm_|matomo_).*");
    private static final Pattern SKIPPED_SCHEMES = Pattern.compile("^(mailto|tel|sms|javascript|data|ftp|file|"
            + "about|blob|whatsapp|skype|callto|geo|fax|market|intent):.*", Pattern.CASE_INSENSITIVE);

    private UrlNormalizer() {
    }

    /** Resolves a link against the page it is on and normalises it; empty for non-web links and garbage. */
    public static Optional<URI> resolve(URI base, String href) {
        if (href == null) {
            return Optional.empty();
        }
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#") || SKIPPED_SCHEMES.matcher(h).matches()) {
            return Optional.empty();
        }
        try {
            if (h.startsWith("?")) {
                // java.net.URI follows RFC 2396 here and would drop the last path segment; RFC 3986 keeps it
                return parse(base.getScheme() + "://" + base.getRawAuthority() + base.getRawPath() + h);
            }
            URI relative = new URI(encodeIllegal(h));
            return normalize(base.resolve(relative));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Parses and normalises an absolute http(s) URL; empty when it is not one. */
    public static Optional<URI> parse(String url) {
        try {
            return normalize(new URI(encodeIllegal(url.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Normalises an absolute http(s) URI; empty when it is not one. */
    public static Optional<URI> normalize(URI uri) {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(normalizePath(uri.getRawPath()));
        String query = normalizeQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        try {
            return Optional.of(new URI(out.toString()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String normalizePath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String[] segments = rawPath.split("/", -1);
        var kept = new java.util.ArrayDeque<String>();
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".")) {
                if (last) {
                    kept.addLast("");
                }
            } else if (s.equals("..")) {
                kept.pollLast();
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(normalizeEscapes(s));
            }
        }
        return "/" + String.join("/", kept);
    }

    private static String normalizeQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (TRACKING_PARAMS.contains(name) || TRACKING_PREFIX.matcher(name).matches()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(normalizeEscapes(pair));
        }
        return out.toString();
    }

    /** Upper-cases percent escapes and decodes those of unreserved characters, as RFC 3986 allows. */
    private static String normalizeEscapes(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                int v = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                if (isUnreserved(v)) {
                    out.append((char) v);
                } else {
                    out.append('%').append(s.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isUnreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    /** Percent-encodes what browsers accept in an href but {@link URI} does not (spaces, non-ASCII, stray %). */
    static String encodeIllegal(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean legal = cp > 0x20 && cp < 0x7f && "\"<>\\^`{|}".indexOf(cp) < 0
                    && (cp != '%' || i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2)));
            if (legal) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
