package org.diplomacykg.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.diplomacykg.util.IsoDates;

/**
 * Dates as sources write them ("2023-12-17", "2023-12-17T09:30:00+09:00", "2023-12-17T09:30:00+0900",
 * "Mon, 18 Dec 2023 08:00:00 GMT", "Dec. 17, 2023") to ISO 8601: a date alone stays a date, a date
 * and time keeps its offset (so the day is the publisher's day), a local time stays local. What is
 * not a date reads as null: metadata is a hint, and a malformed one must not sink the article.
 */
public final class DateTimes {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Seconds (or, with 13 digits, milliseconds) since 1970, as some exports give times. */
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    /** Seconds always written, as xsd:dateTime wants them (LocalDateTime.toString leaves out ":00"). */
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");

    private DateTimes() {
    }

    public static String normalize(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (DATE.matcher(t).matches()) {
            return parses(() -> LocalDate.parse(t).toString());
        }
        if (EPOCH.matcher(t).matches()) {
            long n = Long.parseLong(t);
            return of(t.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n));
        }
        String iso = OFFSET_WITHOUT_COLON.matcher(SPACE_BEFORE_TIME.matcher(t).replaceFirst("$1T$2")).replaceFirst("$1:$2");
        String v = parses(() -> format(OffsetDateTime.parse(iso)));
        if (v == null) {
            v = parses(() -> LocalDateTime.parse(iso).format(LOCAL));
        }
        if (v == null) {
            v = parses(() -> format(OffsetDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME)));
        }
        if (v == null) {
            v = IsoDates.parseMonthDayYear(t);
        }
        return v;
    }

    /** An instant (a feed's parsed date, a WARC record's date) in UTC. */
    public static String of(Instant instant) {
        return instant == null ? null : format(instant.atOffset(ZoneOffset.UTC));
    }

    /**
     * The instant a normalized value stands for, to tell which of two versions is newer: a date
     * alone counts from the start of its day, a local time as UTC.
     */
    public static Instant instant(String normalized) {
        if (normalized == null) {
            return null;
        }
        if (normalized.length() == 10) {
            return LocalDate.parse(normalized).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(normalized).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(normalized).toInstant(ZoneOffset.UTC);
        }
    }

    private static String format(OffsetDateTime t) {
        return t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String parses(java.util.function.Supplier<String> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
