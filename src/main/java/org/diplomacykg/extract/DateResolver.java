package org.diplomacykg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.nlp.Sentence;
import org.diplomacykg.util.IsoDates;

/**
 * Dates in an article. The reference date is the date the text itself gives for its events
 * (a caption or body "Mar. 4, 2022", or "Mar. 3-5" with the year the weekdays in the text
 * fit), falling back to the printed date; relative expressions ("on Saturday", "last month",
 * "In November", "a month ago") resolve against it, and partial dates stay partial. Stateless:
 * one instance may be shared.
 */
public final class DateResolver {
    /** How a date expression relates to what the sentence reports. */
    /** POINT: when it happened; END: "through Monday"; DATELINE: when it was filed; SINCE: "since 2018", a start of something else. */
    public enum Role { POINT, END, DATELINE, SINCE }

    /**
     * One date expression: span [start, end) in the cleaned text, its ISO value (full or partial,
     * null when it cannot be resolved), the end of a range if one was given, and its precision
     * (1 year, 2 month, 3 day).
     */
    public record DateMention(int start, int end, String value, String rangeEnd, int precision, Role role, boolean relative) {
    }

    /**
     * The dates of one article. {@code referenceReason} says where the reference date came from
     * when the text gave it ({@link #FROM_TEXT}, {@link #FROM_DATELINE}, {@link #FROM_WEEKDAYS}); null
     * when it is the printed date the resolver was given, or when there is none.
     */
    public record ArticleDates(String referenceDate, boolean printedDateContradicted, String referenceReason,
                               List<List<DateMention>> bySentence, List<String> own, List<String> carried) {
        /** The sentence's own date, else the date carried from the scene it continues, else null. */
        public String sentenceDate(int i) {
            return own.get(i) != null ? own.get(i) : carried.get(i);
        }
    }

    /** The reference date is a full date the text gives for its events. */
    public static final String FROM_TEXT = "event dates in the text";
    /** The reference date is a month and day in the dateline or lead, in the year of the printed date. */
    public static final String FROM_DATELINE = "dateline";
    /** The reference date is a month and day in the text, in the year whose weekdays the text's weekdays fit. */
    public static final String FROM_WEEKDAYS = "weekdays in the text";

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** Every month name of {@link #MONTH} starts with one of these. */
    private static final String[] MONTH_STEMS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final Guarded ISO = Guarded.of("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b", "-");
    private static final Guarded MONTH_DAY = Guarded.of("\\b" + MONTH + "\\s+(\\d{1,2})(?:\\s*-\\s*(\\d{1,2}))?(?!\\d)(?:(?:st|nd|rd|th)\\b)?(?:,?\\s+(\\d{4})\\b)?", MONTH_STEMS);
    /**
     * Day before month, as most of the world writes it ("28 June 2022", "27-28 June", "5th of
     * May"): groups day, end day, month, year, like {@link #MONTH_DAY} reordered.
     */
    private static final Guarded DAY_MONTH = Guarded.of("\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-\u2013]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?"
            + MONTH + "(?![a-z])(?:,?\\s+(\\d{4})\\b)?", MONTH_STEMS);
    /** A dotted numeric date, always day first where it is written ("13.05.2025"). */
    private static final Guarded DOTTED = Guarded.of("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b", ".");
    private static final Guarded MONTH_YEAR = Guarded.of("\\b" + MONTH + "\\s+(\\d{4})\\b", MONTH_STEMS);
    private static final Guarded MONTH_ALONE = Guarded.of("\\b" + MONTH + "(?![\\w-])", MONTH_STEMS);
    private static final Pattern MONTH_MODIFIER = Pattern.compile("(?i)\\b(in|since|by|during|from|until|through|of|early|late|mid-?|last|next|this|on)\\s*$");
    /** Every weekday name ends in "day". */
    private static final Guarded WEEKDAY_P = Guarded.of("(?i:\\b(last|next|this|through|until|till|by)\\s+)?\\b" + WEEKDAY + "\\b", "day");
    private static final Guarded RELATIVE = Guarded.ignoringCase("(?i)\\b(last month|next month|this month|earlier this month|later this month|(?:later|earlier) that month|that month|the same month|a month ago|(\\w+) months ago|last year|next year|this year(?!'s| ')|yesterday|today|tomorrow|(\\w+) days ago)\\b",
            "month", "year", "yesterday", "today", "tomorrow", "days ago");
    private static final Guarded YEAR = Guarded.of("\\b(in|since|by|from|until|of|during|early|late|before|after)\\s+((?:1[89]|20)\\d\\d)\\b(?!-)", "18", "19", "20");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|next|plans?|planned|expected|scheduled|to be held|upcoming)\\b");
    private static final Pattern CONTINUATION = Pattern.compile("^(?:Separately|Also|Additionally|Meanwhile|Later|Then|There|The (?:assistance|deal|provision|grant|agreement|aid|package|two)|This|It|He|She|They|Both)\\b");
    private static final long CONTRADICTION_DAYS = 60;
    private static final Pattern DATELINE_DATE = Pattern.compile("^[A-Z][A-Z .'-]{1,40}(?:,\\s+[A-Z][A-Za-z.]+)?,\\s+$");
    private static final Pattern DATELINE_END = Pattern.compile("^(?:[A-Za-z]+\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Za-z]+\\.?)(?:,?\\s+\\d{4})?(?:\\s*\\([^)]{1,30}\\))?\\s*-{1,2}\\s");
    /** "Tuesday, March 3", "Tuesday (28 June 2022)", "Tuesday (13.05.2025)": the weekday only names the date that follows. */
    private static final Pattern DATE_AFTER = Pattern.compile("^,?\\s*\\(?\\s*(?:" + MONTH + "\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "|\\d{1,2}\\.\\d{1,2}\\.\\d{4})");
    private static final Pattern UNTIL = Pattern.compile("through|until|till");
    private static final Pattern ENDS_WITH_SINCE = Pattern.compile(".*\\bsince\\s*$");
    /** "by the end of", "before the end of the year", "by": a deadline, not a date of the report. */
    private static final Pattern DEADLINE = Pattern.compile(
            ".*\\b(?:by|before)\\s+(?:the\\s+)?(?:(?:end|close|middle|start|beginning)\\s+(?:of\\s+)?(?:the\\s+)?(?:year\\s+)?)?$");
    private static final Pattern ENDS_WITH_UNTIL = Pattern.compile(".*\\b(through|until|till|to)\\s*$");
    private static final Pattern HAS_FROM = Pattern.compile(".*\\bfrom\\b.*");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern ISO_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    /** Only the reference date (what the people rules need before the rest is resolved). */
    public String referenceDate(List<Sentence> sentences, String printedDate) {
        return reference(sentences, folded(sentences), printedDate).orPrinted();
    }

    /**
     * Resolves the article's dates. {@code sharesActor(i, j)} tells whether sentences i and j
     * are about the same people, which lets a day carry further into the same scene.
     */
    public ArticleDates resolve(List<Sentence> sentences, String printedDate, BiPredicate<Integer, Integer> sharesActor) {
        List<String> texts = folded(sentences);
        return resolve(sentences, texts, reference(sentences, texts, printedDate), sharesActor);
    }

    /**
     * The printed date (when valid) and the date the text itself gives (null when none): found
     * once per article, since the people rules need it before the other dates are resolved.
     */
    record Reference(String printed, String found, String why) {
        String orPrinted() {
            return found == null ? printed : found;
        }
    }

    /** A reference date the text gives, and how it was found (one of the FROM_ constants). */
    private record Found(String date, String why) {
        static final Found NONE = new Found(null, null);

        Found {
            why = date == null ? null : why;
        }
    }

    /** The reference of an article whose sentences are already folded ({@code texts}). */
    Reference reference(List<Sentence> sentences, List<String> texts, String printedDate) {
        String printed = validDate(printedDate);
        Found found = found(sentences, texts, printed);
        return new Reference(printed, found.date(), found.why());
    }

    /** {@link #resolve(List, String, BiPredicate)} with the folded texts and the reference already at hand. */
    ArticleDates resolve(List<Sentence> sentences, List<String> texts, Reference reference, BiPredicate<Integer, Integer> sharesActor) {
        String printed = reference.printed();
        String ref = reference.found();
        boolean contradicted = false;
        if (printed != null && ref != null && !ref.equals(printed)) {
            long gap = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(ref), LocalDate.parse(printed)));
            contradicted = gap > CONTRADICTION_DAYS;
        }
        if (ref == null) {
            ref = printed;
        }
        List<List<DateMention>> all = new ArrayList<>();
        List<String> own = new ArrayList<>();
        String lastMonth = null;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<DateMention> ms = mentions(texts.get(i), s.start(), ref, lastMonth);
            all.add(ms);
            String o = ownDate(ms);
            own.add(o);
            for (DateMention m : ms) {
                if (m.value() != null && m.precision() >= 2) {
                    lastMonth = m.value().substring(0, 7);
                }
            }
        }
        List<String> carried = carry(sentences, texts, all, own, sharesActor);
        return new ArticleDates(ref, contradicted, reference.why(), all, own, carried);
    }

    private static List<String> folded(List<Sentence> sentences) {
        List<String> texts = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            texts.add(Text.fold(s.text()));
        }
        return texts;
    }

    /** The first dated point of the sentence, months and days before bare years. */
    private static String ownDate(List<DateMention> ms) {
        String year = null;
        for (DateMention m : ms) {
            if (m.role() != Role.POINT) {
                continue;
            }
            if (m.precision() >= 2) {
                return m.value() == null ? "" : m.value();
            }
            if (year == null && m.value() != null) {
                year = m.value();
            }
        }
        return year;
    }

    private static List<String> carry(List<Sentence> sentences, List<String> texts, List<List<DateMention>> all,
                                       List<String> own, BiPredicate<Integer, Integer> sharesActor) {
        List<String> carried = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String c = null;
            if (own.get(i) == null && !sentences.get(i).caption()) {
                for (int j = i - 1, dist = 1; j >= 0 && dist <= 4; j--) {
                    if (sentences.get(j).caption()) {
                        continue;
                    }
                    String o = own.get(j);
                    if (o != null) {
                        if (o.isEmpty() || o.length() == 4) {
                            break;
                        }
                        boolean day = o.length() == 10;
                        // a month is background ("In late October, Manila and Beijing blamed one another"): it
                        // carries only into the next sentence about the same people
                        boolean close = day ? dist == 1 || dist <= 2 || CONTINUATION.matcher(texts.get(i)).find() || sharesActor.test(i, j)
                                : dist == 1 && sharesActor.test(i, j);
                        if (close) {
                            c = o;
                        }
                        break;
                    }
                    dist++;
                }
            }
            carried.add(c == null ? null : c);
        }
        // an unresolvable own date ("a month ago" with no reference) reads as none
        for (int i = 0; i < own.size(); i++) {
            if ("".equals(own.get(i))) {
                own.set(i, null);
            }
        }
        return carried;
    }

    /** Every date expression in one sentence, resolved against the reference date. */
    List<DateMention> mentions(String text, int offset, String ref, String lastMonth) {
        List<DateMention> out = new ArrayList<>();
        LocalDate r = ref == null ? null : LocalDate.parse(ref);
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            String v = validDate(m.group());
            if (v != null) {
                out.add(new DateMention(offset + m.start(), offset + m.end(), v, null, 3, role(text, m.start()), false));
            }
        }
        for (DayOfMonth dm : daysOfMonths(text)) {
            if (overlaps(out, offset + dm.start(), offset + dm.end())) {
                continue;
            }
            Integer year = dm.year() != null ? dm.year() : (r == null ? null : nearestYear(dm.month(), dm.day(), r));
            if (year == null) {
                out.add(new DateMention(offset + dm.start(), offset + dm.end(), null, null, 3, role(text, dm.start()), true));
                continue;
            }
            String v = safeYmd(year, dm.month(), dm.day());
            String e = dm.endDay() == null ? null : safeYmd(year, dm.month(), dm.endDay());
            out.add(new DateMention(offset + dm.start(), offset + dm.end(), v, e, 3, role(text, dm.start()), dm.year() == null));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            int month = IsoDates.month(m.group(1));
            if (month > 0 && !overlaps(out, offset + m.start(), offset + m.end())) {
                out.add(new DateMention(offset + m.start(), offset + m.end(), IsoDates.ym(Integer.parseInt(m.group(2)), month), null, 2, role(text, m.start()), false));
            }
        }
        m = MONTH_ALONE.matcher(text);
        while (m.find()) {
            int s = m.start();
            int month = IsoDates.month(m.group(1));
            Matcher modifier = MONTH_MODIFIER.matcher(text.substring(Math.max(0, s - 12), s));
            String modWord = modifier.find() ? modifier.group(1) : null;
            boolean may = m.group(1).equals("May");
            if (month == 0 || overlaps(out, offset + s, offset + m.end()) || (may && modWord == null)) {
                continue;
            }
            String v = null;
            if (r != null) {
                String mod = modWord == null ? "" : modWord.toLowerCase(Locale.ROOT);
                int y = r.getYear();
                boolean future = mod.equals("next") || (!mod.equals("last") && month > r.getMonthValue() && FUTURE.matcher(text).find());
                if (!future && month > r.getMonthValue()) {
                    y--;
                }
                if (mod.equals("last") && month >= r.getMonthValue()) {
                    y = r.getYear() - 1;
                }
                v = IsoDates.ym(y, month);
            }
            out.add(new DateMention(offset + s, offset + m.end(), v, null, 2, role(text, s), true));
        }
        m = WEEKDAY_P.matcher(text);
        while (m.find()) {
            if (overlaps(out, offset + m.start(2), offset + m.end()) || followedByDate(text, m.end())) {
                continue;
            }
            String v = null;
            if (r != null) {
                DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                v = weekday(r, dow, mod, tense(text)).toString();
            }
            boolean end = m.group(1) != null && UNTIL.matcher(m.group(1).toLowerCase(Locale.ROOT)).matches();
            out.add(new DateMention(offset + m.start(2), offset + m.end(), v, null, 3, end ? Role.END : role(text, m.start()), true));
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            String v = relative(m.group(1).toLowerCase(Locale.ROOT), m, r, lastMonth);
            int precision = v == null ? 2 : (v.length() == 10 ? 3 : v.length() == 7 ? 2 : 1);
            out.add(new DateMention(offset + m.start(), offset + m.end(), v, null, precision, role(text, m.start()), true));
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            if (!overlaps(out, offset + m.start(2), offset + m.end())) {
                String preposition = m.group(1).toLowerCase(Locale.ROOT);
                Role yearRole = preposition.equals("since") ? Role.SINCE
                        : preposition.equals("by") || preposition.equals("before") ? Role.END : role(text, m.start());
                out.add(new DateMention(offset + m.start(2), offset + m.end(), m.group(2), null, 1, yearRole, false));
            }
        }
        out.sort(Comparator.comparingInt(DateMention::start));
        return out;
    }

    /** A day of a month as the text writes it, month first or day first; year and end day when given. */
    private record DayOfMonth(int start, int end, int month, int day, Integer endDay, Integer year) {
    }

    /** Every day-of-month expression in a text, month-first ones winning where the two forms overlap. */
    private static List<DayOfMonth> daysOfMonths(String text) {
        List<DayOfMonth> out = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), IsoDates.month(m.group(1)), m.group(2), m.group(3), m.group(4));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), IsoDates.month(m.group(3)), m.group(1), m.group(2), m.group(4));
        }
        m = DOTTED.matcher(text);
        while (m.find()) {
            add(out, m.start(), m.end(), Integer.parseInt(m.group(2)), m.group(1), null, m.group(3));
        }
        out.sort(Comparator.comparingInt(DayOfMonth::start));
        return out;
    }

    private static void add(List<DayOfMonth> out, int start, int end, int month, String day, String endDay, String year) {
        int d = Integer.parseInt(day);
        if (month < 1 || month > 12 || d < 1 || d > 31) {
            return;
        }
        for (DayOfMonth o : out) {
            if (start < o.end() && o.start() < end) {
                return;
            }
        }
        out.add(new DayOfMonth(start, end, month, d, endDay == null ? null : Integer.valueOf(endDay), year == null ? null : Integer.valueOf(year)));
    }

    private static boolean followedByDate(String text, int end) {
        return DATE_AFTER.matcher(text.substring(end)).find();
    }

    private static Role role(String text, int start) {
        if (DATELINE_DATE.matcher(text.substring(0, start)).matches() && DATELINE_END.matcher(text.substring(start)).find()) {
            return Role.DATELINE; // "CITY, March 3, 2024 —": when the story was filed, not when anything happened
        }
        String before = text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        if (ENDS_WITH_SINCE.matcher(before).matches()) {
            return Role.SINCE;
        }
        if (DEADLINE.matcher(text.substring(Math.max(0, start - 40), start).toLowerCase(Locale.ROOT)).matches()) {
            return Role.END; // "agreed to a ceasefire by the end of 2019": when it is due, not when it was agreed
        }
        return ENDS_WITH_UNTIL.matcher(before).matches() && !HAS_FROM.matcher(before).matches() ? Role.END : Role.POINT;
    }

    private static final Pattern FUTURE_TENSE = Pattern.compile(
            "(?i)\\b(will|shall|is expected to|are expected to|is set to|are set to|is due to|are due to|plans? to|"
                    + "is scheduled to|are scheduled to|is slated to|are slated to|is to|are to|to be held|upcoming|hopes? to|would)\\b");
    private static final Pattern PAST = Pattern.compile(
            "\\b(signed|met|held|agreed|said|announced|pledged|visited|received|discussed|exchanged|witnessed|approved|"
                    + "launched|told|reached|concluded|welcomed|hosted|adopted|unveiled|urged|promised|offered|talked|spoke)\\b");

    /** -1 when the sentence reports what happened, +1 when it announces what will, 0 when it does not say. */
    static int tense(String sentence) {
        if (FUTURE_TENSE.matcher(sentence).find()) {
            return 1;
        }
        return PAST.matcher(sentence).find() ? -1 : 0;
    }

    static LocalDate weekday(LocalDate ref, DayOfWeek dow, String mod) {
        return weekday(ref, dow, mod, 0);
    }

    /**
     * The day a weekday names: "last"/"next" as said; otherwise the nearest such day, except that a
     * sentence in the past tense ("signed … on Thursday") never lands after the reference date and
     * one about the future never before it.
     */
    static LocalDate weekday(LocalDate ref, DayOfWeek dow, String mod, int tense) {
        LocalDate nearest = nearestWeekday(ref, dow, mod);
        if (!mod.isEmpty()) {
            return nearest;
        }
        if (tense < 0 && nearest.isAfter(ref)) {
            return nearest.minusDays(7);
        }
        if (tense > 0 && nearest.isBefore(ref)) {
            return nearest.plusDays(7);
        }
        return nearest;
    }

    private static LocalDate nearestWeekday(LocalDate ref, DayOfWeek dow, String mod) {
        int diff = dow.getValue() - ref.getDayOfWeek().getValue();
        if (mod.equals("last")) {
            return ref.minusDays(diff >= 0 ? 7 - diff : -diff);
        }
        if (mod.equals("next")) {
            return ref.plusDays(diff > 0 ? diff : 7 + diff);
        }
        if (diff > 3) {
            diff -= 7;
        } else if (diff < -3) {
            diff += 7;
        }
        return ref.plusDays(diff);
    }

    private static String relative(String expr, Matcher m, LocalDate r, String lastMonth) {
        if (expr.endsWith("that month") || expr.equals("the same month")) {
            return lastMonth;
        }
        if (r == null) {
            return null;
        }
        YearMonth ym = YearMonth.from(r);
        switch (expr) {
            case "last month": case "a month ago": return ym.minusMonths(1).toString();
            case "next month": return ym.plusMonths(1).toString();
            case "this month": case "earlier this month": case "later this month": return ym.toString();
            case "last year": return String.valueOf(r.getYear() - 1);
            case "next year": return String.valueOf(r.getYear() + 1);
            case "this year": return String.valueOf(r.getYear());
            case "yesterday": return r.minusDays(1).toString();
            case "today": return r.toString();
            case "tomorrow": return r.plusDays(1).toString();
            default: break;
        }
        Integer n = m.group(2) != null ? number(m.group(2)) : m.group(3) != null ? number(m.group(3)) : null;
        if (n == null) {
            return null;
        }
        return expr.contains("month") ? ym.minusMonths(n).toString() : r.minusDays(n).toString();
    }

    private static Integer number(String w) {
        String[] words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        for (int i = 0; i < words.length; i++) {
            if (words[i].equalsIgnoreCase(w)) {
                return i;
            }
        }
        return SMALL_NUMBER.matcher(w).matches() ? Integer.valueOf(w) : null;
    }

    /** The year that puts a month and day nearest the reference date. */
    private static int nearestYear(int month, int day, LocalDate r) {
        int best = r.getYear();
        long bestGap = Long.MAX_VALUE;
        for (int y = r.getYear() - 1; y <= r.getYear() + 1; y++) {
            String d = safeYmd(y, month, day);
            if (d == null) {
                continue;
            }
            long gap = Math.abs(ChronoUnit.DAYS.between(r, LocalDate.parse(d)));
            if (gap < bestGap) {
                bestGap = gap;
                best = y;
            }
        }
        return best;
    }

    /**
     * The reference date: a full date the text gives (the one nearest the printed date when some
     * are within the contradiction window, else the latest), or a month and day whose year is
     * chosen so that the weekdays the text names fall on it.
     */
    String referenceDate(List<Sentence> sentences, List<String> texts, String printed) {
        return found(sentences, texts, printed).date();
    }

    private Found found(List<Sentence> sentences, List<String> texts, String printed) {
        List<String> full = new ArrayList<>();
        List<int[]> partial = new ArrayList<>();
        StringBuilder weekdays = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            String t = texts.get(i);
            Matcher m = ISO.matcher(t);
            while (m.find()) {
                String v = validDate(m.group());
                if (v != null) {
                    full.add(v);
                }
            }
            for (DayOfMonth dm : daysOfMonths(t)) {
                if (dm.year() != null) {
                    String v = safeYmd(dm.year(), dm.month(), dm.day());
                    if (v != null) {
                        full.add(v);
                    }
                } else {
                    partial.add(new int[] {dm.month(), dm.day(), dm.endDay() == null ? dm.day() : dm.endDay(), i});
                }
            }
            Matcher w = WEEKDAY_P.matcher(t);
            while (w.find()) {
                weekdays.append(w.group(2)).append(' ');
            }
        }
        if (!full.isEmpty()) {
            return new Found(pick(full, printed), FROM_TEXT);
        }
        int anchor = printed != null ? Integer.parseInt(printed.substring(0, 4)) : -1;
        if (partial.isEmpty() || anchor < 0) {
            return Found.NONE;
        }
        int[] p = partial.get(0);
        String near = nearPrinted(p, anchor, printed);
        if (near != null) {
            // in the dateline or the lead ("Brasilia, July 9 (ANI): ... on Tuesday", printed 2025-07-09), the day takes
            // the printed year: the weekday of the story's event says nothing about the dateline's year. Further down
            // ("his tour, which kicked off on July 2", printed July 8) it is background and the printed date stays.
            // Only a day far from the printed date says the page is a later copy and the weekdays find its year.
            return p[3] <= 1 ? new Found(near, FROM_DATELINE) : Found.NONE;
        }
        int bestYear = -1;
        int bestScore = -1;
        for (int y = anchor; y >= anchor - 3; y--) {
            String start = safeYmd(y, p[0], p[1]);
            if (start == null || LocalDate.parse(start).isAfter(LocalDate.parse(printed).plusDays(CONTRADICTION_DAYS))) {
                continue;
            }
            int score = 0;
            LocalDate d = LocalDate.parse(start);
            for (int k = 0; k <= Math.max(0, p[2] - p[1]); k++) {
                String name = d.plusDays(k).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
                if (weekdays.indexOf(name) >= 0) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                bestYear = y;
            }
        }
        return bestYear < 0 ? Found.NONE : new Found(safeYmd(bestYear, p[0], p[1]), FROM_WEEKDAYS);
    }

    /** The month and day of {@code p} in the printed year or the one before, when within the contradiction window of the printed date. */
    private static String nearPrinted(int[] p, int anchor, String printed) {
        for (int y = anchor; y >= anchor - 1; y--) {
            String near = safeYmd(y, p[0], p[1]);
            if (near != null && Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(near), LocalDate.parse(printed))) <= CONTRADICTION_DAYS) {
                return near;
            }
        }
        return null;
    }

    private static String pick(List<String> full, String printed) {
        if (printed != null) {
            LocalDate pd = LocalDate.parse(printed);
            String best = null;
            long bestGap = Long.MAX_VALUE;
            for (String f : full) {
                long gap = Math.abs(ChronoUnit.DAYS.between(pd, LocalDate.parse(f)));
                if (gap < bestGap) {
                    bestGap = gap;
                    best = f;
                }
            }
            if (bestGap <= CONTRADICTION_DAYS) {
                return best;
            }
        }
        return full.stream().max(Comparator.naturalOrder()).orElse(null);
    }

    private static boolean overlaps(List<DateMention> ms, int s, int e) {
        for (DateMention m : ms) {
            if (s < m.end() && m.start() < e) {
                return true;
            }
        }
        return false;
    }

    static String validDate(String s) {
        if (s == null || !ISO_PREFIX.matcher(s).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String safeYmd(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
