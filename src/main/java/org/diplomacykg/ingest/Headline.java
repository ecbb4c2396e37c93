package org.diplomacykg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's headline without the site's name that {@code <title>} (and some {@code og:title}s)
 * add: "Kenya and France sign a deal | Reuters", "Kenya and France sign a deal - BBC News",
 * "World | Kenya and France sign a deal". A segment is the site's when it names the site (its
 * {@code og:site_name} or publisher, or a word of the URL's host), or, in a {@code <title>}
 * (where nearly every site appends its name), when it is a short run of capitalised words after a
 * headline of several words: that is how sites and sections are named, not how headlines end.
 */
final class Headline {
    private static final Pattern SEPARATOR = Pattern.compile(" (?:\\||-|–|—|::|·|•) ");
    private static final int MAX_SITE_WORDS = 4;
    private static final int MIN_HEADLINE_WORDS = 4;

    private Headline() {
    }

    /**
     * {@code title} without site and section segments at its ends; null stays null.
     * {@code fromTitleTag}: the title is the page's {@code <title>}, not a headline field.
     */
    static String withoutSite(String title, String siteName, String url, boolean fromTitleTag) {
        if (title == null) {
            return null;
        }
        String t = title.strip().replaceAll("\\s+", " ");
        List<String> names = siteNames(siteName, url);
        for (int round = 0; round < 3; round++) {
            List<int[]> seps = separators(t);
            if (seps.isEmpty()) {
                break;
            }
            int[] last = seps.get(seps.size() - 1);
            String head = t.substring(0, last[0]);
            String tail = t.substring(last[1]);
            if (names(tail, names) || fromTitleTag && looksLikeSite(tail, head)) {
                t = head.strip();
                continue;
            }
            int[] first = seps.get(0);
            String lead = t.substring(0, first[0]);
            String rest = t.substring(first[1]);
            if (names(lead, names)) {
                t = rest.strip();
                continue;
            }
            break;
        }
        return t.isEmpty() ? title.strip() : t;
    }

    private static List<int[]> separators(String t) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(t);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean looksLikeSite(String tail, String head) {
        String[] words = tail.strip().split(" ");
        if (words.length > MAX_SITE_WORDS || head.strip().split(" ").length < MIN_HEADLINE_WORDS) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0))) {
                return false;
            }
        }
        return !tail.strip().endsWith(".") && !tail.strip().endsWith("?");
    }

    /** Whether a segment is the site: it equals a known name or holds the host's name as a word. */
    private static boolean names(String segment, List<String> names) {
        String s = fold(segment);
        if (s.isEmpty()) {
            return false;
        }
        for (String n : names) {
            if (s.equals(n) || (n.length() >= 3 && (" " + s + " ").contains(" " + n + " ") && s.split(" ").length <= MAX_SITE_WORDS)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> siteNames(String siteName, String url) {
        List<String> names = new ArrayList<>();
        if (siteName != null && !fold(siteName).isEmpty()) {
            names.add(fold(siteName));
        }
        String host = host(url);
        if (host != null) {
            String[] labels = host.split("\\.");
            // the registered name: "reuters" of www.reuters.com, "bbc" of www.bbc.co.uk
            for (int i = labels.length - 2; i >= 0; i--) {
                String l = labels[i];
                if (l.length() > 3 || (i == 0 || !List.of("co", "com", "org", "net", "gov", "ac").contains(l))) {
                    if (!l.equals("www")) {
                        names.add(fold(l)); // "example-news" of www.example-news.co.uk is "example news"
                    }
                    break;
                }
            }
        }
        return names;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new java.net.URI(url).getHost();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
