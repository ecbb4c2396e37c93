package org.diplomacykg.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A page's canonical URL, the key that makes the same story read twice one article: absolute
 * http or https only, scheme and host in lower case, no default port, no fragment (it names a
 * place in the page, not another page) and no {@code utm_*} campaign parameters (feeds and
 * newsletters add them to the same page's link).
 */
public final class Urls {
    private Urls() {
    }

    /** The canonical form of {@code url}, or null when it is not an absolute http(s) URL. */
    public static String canonical(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) {
                return null;
            }
            int port = u.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            StringBuilder b = new StringBuilder(scheme).append("://").append(u.getHost().toLowerCase(Locale.ROOT));
            if (!defaultPort) {
                b.append(':').append(port);
            }
            b.append(u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath());
            String query = withoutCampaign(u.getRawQuery());
            if (query != null) {
                b.append('?').append(query);
            }
            return b.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String withoutCampaign(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String part : query.split("&")) {
            if (!part.isEmpty() && !part.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                kept.add(part);
            }
        }
        return kept.length() == 0 ? null : kept.toString();
    }
}
