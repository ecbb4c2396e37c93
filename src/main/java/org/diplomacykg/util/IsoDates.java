package org.diplomacykg.util;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Month names and the formatting of full or partial ISO 8601 dates. */
public final class IsoDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");

    private IsoDates() {
    }

    /** The month number for a month name or its abbreviation ("Dec.", "December", "Sept"), or 0. */
    public static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        if (n.length() < 3) {
            return 0;
        }
        Integer m = MONTHS.get(n.substring(0, 3));
        if (m == null) {
            return 0;
        }
        String full = java.time.Month.of(m).name().toLowerCase(Locale.ROOT);
        boolean ok = n.length() == 3 || full.startsWith(n) || (m == 9 && n.equals("sept"));
        return ok ? m : 0;
    }

    /** "Dec. 17, 2023" to "2023-12-17", or null. */
    public static String parseMonthDayYear(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (!m.find()) {
            return null;
        }
        int month = month(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (month == 0 || day < 1 || day > 31) {
            return null;
        }
        return ymd(Integer.parseInt(m.group(3)), month, day);
    }

    public static String ymd(int y, int m, int d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d);
    }

    public static String ym(int y, int m) {
        return String.format(Locale.ROOT, "%04d-%02d", y, m);
    }
}
