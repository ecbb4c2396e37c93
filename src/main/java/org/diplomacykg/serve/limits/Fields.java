package org.diplomacykg.serve.limits;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of a URL query string and a form body ({@code a=1&b=2}), decoded, in order, query string first. */
final class Fields {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    static Fields parse(String queryString, String formBody, Charset charset) {
        Fields f = new Fields();
        f.add(queryString, StandardCharsets.UTF_8);
        f.add(formBody, charset);
        return f;
    }

    /** The UTF-8 length of the longest decoded value in a URL query string. */
    static long longestValue(String queryString, Charset charset) {
        Fields f = new Fields();
        f.add(queryString, charset);
        return f.longestValueBytes();
    }

    long longestValueBytes() {
        long longest = 0;
        for (List<String> vs : values.values()) {
            for (String v : vs) {
                longest = Math.max(longest, v.getBytes(StandardCharsets.UTF_8).length);
            }
        }
        return longest;
    }

    Map<String, String[]> asMap() {
        Map<String, String[]> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v.toArray(String[]::new)));
        return Collections.unmodifiableMap(m);
    }

    private void add(String encoded, Charset charset) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    private static String decode(String s, Charset charset) {
        try {
            return URLDecoder.decode(s, charset);
        } catch (IllegalArgumentException e) {
            // a stray '%': kept as written, as Jetty does, rather than refusing the request here
            return s;
        }
    }
}
