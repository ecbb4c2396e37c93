package org.diplomacykg.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.util.IsoDates;

/**
 * Recognises a page's date line, whatever the site's style: "Published: Friday, May 12, 2023",
 * "Updated: Monday, February 19, 2024 08:15 IST", "Abu Dhabi | Published February 15, 2024",
 * "Madrid, 2 February 2023 (EFE)", "Rabat - 02/02/2023 (MAP)", "2023-12-17". A short line that is
 * mostly a full date is the printed date, not story text.
 */
final class PrintedDateLine {
    static final int MAX_WORDS = 14;
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)\\b(\\d{1,2})\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");

    private PrintedDateLine() {
    }

    /** The ISO date of a date line, or null when the line is not one. */
    static String parse(String line) {
        if (ArticleCleaner.wordCount(line) > MAX_WORDS || ArticleCleaner.endsLikeSentence(line)) {
            return null;
        }
        Matcher m = MONTH_FIRST.matcher(line);
        while (m.find()) {
            int month = IsoDates.month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (month > 0 && day >= 1 && day <= 31) {
                return IsoDates.ymd(Integer.parseInt(m.group(3)), month, day);
            }
        }
        m = DAY_FIRST.matcher(line);
        while (m.find()) {
            int month = IsoDates.month(m.group(2));
            int day = Integer.parseInt(m.group(1));
            if (month > 0 && day >= 1 && day <= 31) {
                return IsoDates.ymd(Integer.parseInt(m.group(3)), month, day);
            }
        }
        m = ISO.matcher(line);
        if (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? m.group() : null;
        }
        m = NUMERIC.matcher(line);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            // day first, as most of the world writes it, unless that cannot be a date
            int day = a > 12 || b <= 12 ? a : b;
            int month = day == a ? b : a;
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                return IsoDates.ymd(Integer.parseInt(m.group(3)), month, day);
            }
        }
        return null;
    }
}
