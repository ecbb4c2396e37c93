package org.diplomacykg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.util.IsoDates;
import org.diplomacykg.util.TsvResource;

/**
 * Splits a raw article into title, printed date, dateline, publisher, story paragraphs and
 * photo captions, and drops what is not the story: navigation and player text, headline lists
 * under "Related"/"Ranking"-style headers, "Read more" lines, copyright and credit lines,
 * bullets, breadcrumbs and scraper footers.
 *
 * <p>A line is story text when it reads like prose: enough words and a sentence end. Everything
 * shorter or unterminated is a headline, a menu item or a credit. That rule, not a list of
 * known sites, is what keeps boilerplate out.
 */
public final class ArticleCleaner {
    static final int MIN_PARAGRAPH_WORDS = 8;
    static final int MIN_TITLE_WORDS = 5;
    /** Headlines are short; a long unterminated line is a run-on page or a menu, never a title. */
    static final int MAX_TITLE_WORDS = 30;
    /**
     * Longest cleaned text kept: some thirty thousand words, several times the longest news story.
     * Everything downstream (annotation, extraction, the copy detector, the article's text in the
     * graph and the facts cache) costs time and memory in proportion to it, so a page of megabytes
     * is read up to here and the rest is left out (and counted), rather than costing minutes and
     * gigabytes: tokenising 4.5 MB alone holds some 330 MB of tokens.
     */
    public static final int MAX_TEXT_CHARS = 200_000;

    private static final Pattern PRINTED_DATE = Pattern.compile(
            "(?i)^\\s*(?:date|published|posted|updated|last updated)\\s*[:\\-]?\\s*"
                    + "(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*");
    private static final Pattern MONTH_DATE_LINE = Pattern.compile(
            "(?i)^(?:(?:published|posted|updated)\\s*:?\\s*)?((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},\\s+\\d{4})"
                    + "(?:\\s*(?:,|at)?\\s*\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?.*)?$");
    private static final Pattern SECTION_HEADER = Pattern.compile(
            "(?i)^(related|related coverage|related articles|related stories|related news|related content|ranking|rankings|"
                    + "recommendation|recommendations|recommended|recommended stories|read more|read next|more stories|more from [^.]{1,40}|"
                    + "most read|most popular|trending|trending now|you may also like|see also|latest news|popular|top stories|"
                    + "what to read next|also read|faq|tags|topics|share|comments)\\s*:?\\s*$");
    private static final Pattern BOILERPLATE_PREFIX = Pattern.compile(
            "(?i)^(\\[?copyright\\b|\\(c\\)\\s|©|all rights reserved|read more\\s*:|read also\\s*:|also read\\s*:|to see more|sign up|subscribe|"
                    + "follow us|click here|share this|advertisement|watch\\s*:|listen\\s*:|download the|this story was|this story has been|"
                    + "this article was|this article has been|editing by|reporting by|writing by|published by|posted by|contact us|terms of use|privacy policy)");
    /** Section markers of a video script or transcript that open a line: "STORY:", "SHOWS:". */
    private static final Pattern SCRIPT_MARK = Pattern.compile("^(?:STORY|SHOWS|SCRIPT|TRANSCRIPT|VIDEO)\\s*:\\s+");
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "(?i)\\[?copyright\\s+(?:©\\s*)?(\\d{4})\\s+([A-Z][\\w&.' -]{1,40}?)(?:[.,\\]]|\\s*$)");
    /** Consent banners: "We use cookies … Accept all | Manage preferences". */
    private static final Pattern CONSENT = Pattern.compile(
            "(?i)\\b(cookies?|consent)\\b.*\\b(accept|agree|preferences|settings|policy|privacy)\\b"
                    + "|\\b(accept|reject) all\\b|\\bmanage (cookie|privacy) (settings|preferences)\\b");
    private static final Pattern BULLET = Pattern.compile("^[-•*·▪►]\\s+");
    /** A line that is only an address: an image or a link the page printed as text. */
    private static final Pattern URL_LINE = Pattern.compile("^(?:https?://|www\\.)\\S+$");
    /** "Article (c) Fourth Estate – All Rights Reserved.": a rights notice wherever it starts. */
    private static final Pattern RIGHTS = Pattern.compile("(?i)\\ball rights reserved\\b");
    /** A clock time ("12:25AM", "10:31 p.m."): with a weekday or month, the line is a page's time stamp. */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:GMT|UTC|[A-Z]{2,4}T))?\\s*$");
    private static final Pattern CALENDAR_WORD = Pattern.compile(
            "(?i)\\b(?:mon|tues?|wed|thu|thurs|fri|sat|sun)(?:day)?\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|\\d{4}-\\d{2}-\\d{2}");
    /** A photo credit closing a caption: "... in Washington. Photo: AFP", "...jersey.PHOTO: REUTERS", "(Photo: EPA)". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\s*\\(?\\b(?:photo|image|picture|file photo)s?(?:\\s+credit)?\\s*:\\s*[\\p{L}][\\p{L}\\p{N} /&.'\\-]{0,40}\\)?\\s*$"
                    // "... October 14, 2025. AGENCY/Jane Roe": an agency and the photographer's name
                    + "|(?-i)\\s*\\b\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})?/\\p{Lu}[\\p{L}'\\-]+(?:\\s+\\p{Lu}[\\p{L}'\\-]+){0,3}\\s*$");
    private static final Pattern PLAYER = Pattern.compile("^\\d{1,2}:\\d{2}(\\s+\\d{1,2}:\\d{2})*$");
    private static final Pattern CAPTION_MARK = Pattern.compile(
            "(?i)(\\((?:ap|afp|reuters|pool|kyodo|xinhua|getty|epa|file)?\\s*photo\\b[^)]*\\)|\\bphoto\\s*(?:by|:|/)|==\\s*\\w+\\s*$"
                    + "|,\\s*(?:left|right|center|centre|second left|second right)\\s*,|\\((?:front|back|rear)?,?\\s*(?:l|r|c|left|right|center|2nd [lr])\\)"
                    + "|\\((?:front|back|rear)\\s*,\\s*[lrc]\\)|\\bgetty images\\b"
                    + "|(?-i:\\b\\p{Lu}{2,}/\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{L}'\\-]+){0,3}\\s*$))");
    /**
     * "TOKYO —", "TOKYO (AP) —", "NAIROBI, Kenya (AP) —", "PARIS, March 10 (Reuters) -",
     * "BEIJING, April 14 (Xinhua) --", "TOKYO, March 17, 2023 —": a capitalised place, an optional
     * region or date, an optional agency, then a dash (a plain hyphen only after an agency or a date).
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>[A-Z][A-Z.'\\- ]{1,40}?)"
                    + "(?:,\\s+(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?)"
                    + "|,\\s+[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                    + "\\s*(?:\\((?<agency>[A-Za-z .&\\-]{1,30})\\))?\\s*"
                    + "(?<dash>[—–]|-{1,2})\\s+");
    /** Words one of which every match of {@link #CONSENT} holds (lower case). */
    private static final String[] CONSENT_WORDS = {"cookie", "consent", "accept all", "reject all", "manage privacy"};
    /** Words one of which every match of {@link #CAPTION_MARK} holds (lower case). */
    // "/" for an agency credit closing a caption ("AGENCY/Jane Roe")
    private static final String[] CAPTION_WORDS = {"photo", "==", "left", "right", "center", "centre", "(", "getty images", "/"};
    private static final Pattern TRAILING_AGENCY = Pattern.compile("\\(([A-Za-z]{2,12})\\)\\s*$");
    private static final Pattern CAPTION_AGENCY = Pattern.compile("\\(([A-Z][A-Za-z]+)\\)\\s*(?:==\\s*\\w+)?\\s*$");
    private static final Pattern ENDS_WITH_YEAR = Pattern.compile(".*\\d{4}$");
    private static final Pattern MENU_BAR = Pattern.compile(" \\| ");
    private static final Pattern YOU_ARE_HERE = Pattern.compile("(?i)^(current|you are here)\\s*:.*>.*");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.\\-]*");

    private final Map<String, String> agencies;

    public ArticleCleaner() {
        this.agencies = loadAgencies();
    }

    /** Cleans a raw article: plain text, or (when it holds markup) an HTML page, read as {@link HtmlPage} reads it. */
    public Article clean(String fileName, String sha256, String raw) {
        return cleanText(fileName, sha256, HtmlText.looksLikeHtml(raw) ? HtmlText.toText(raw) : raw);
    }

    /**
     * Cleans text that is already plain, one block per line (a page's story as {@link HtmlPage}
     * gives it): a story quoting markup ("the tag &lt;script&gt;") is not parsed as HTML again.
     */
    public Article cleanText(String fileName, String sha256, String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");

        String title = null;
        boolean dateAfterTitle = false;
        String printedDate = null;
        String publisher = null;
        String dateline = null;
        String datelinePlace = null;
        List<String> body = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String[] normalized = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            normalized[i] = normalize(lines[i]);
            if (!normalized[i].isEmpty()) {
                seen.merge(normalized[i], 1, Integer::sum);
            }
        }

        int lastLine = normalized.length - 1;
        while (lastLine >= 0 && normalized[lastLine].isEmpty()) {
            lastLine--;
        }
        boolean inList = false;
        for (int li = 0; li < normalized.length; li++) {
            String n = normalized[li];
            if (n.isEmpty()) {
                continue;
            }
            Matcher pd = PRINTED_DATE.matcher(n);
            if (pd.find()) {
                if (printedDate == null) {
                    printedDate = pd.group(1);
                }
                n = n.substring(pd.end()).trim();
                if (n.isEmpty()) {
                    continue;
                }
            }
            // "STORY: Russia and ...": a video script's section marker before the story's first sentence
            n = SCRIPT_MARK.matcher(n).replaceFirst("");
            Matcher md = MONTH_DATE_LINE.matcher(n);
            if (md.matches()) {
                if (printedDate == null) {
                    printedDate = IsoDates.parseMonthDayYear(md.group(1));
                }
                continue;
            }
            String dateLine = body.isEmpty() ? PrintedDateLine.parse(n) : null;
            if (dateLine != null) {
                dateAfterTitle = title != null;
                printedDate = printedDate == null ? dateLine : printedDate;
                Matcher agency = TRAILING_AGENCY.matcher(n);
                if (publisher == null && agency.find()) {
                    publisher = agencyName(agency.group(1));
                }
                continue;
            }
            // the (?i) patterns below fold A-Z only; the lower-cased line holds their words wherever they match
            String lower = n.toLowerCase(Locale.ROOT);
            Matcher copyright = COPYRIGHT_HOLDER.matcher(n);
            if (lower.contains("copyright") && copyright.find() && publisher == null) {
                publisher = agencyName(copyright.group(2).trim());
            }
            if (SECTION_HEADER.matcher(n).matches()) {
                inList = true;
                continue;
            }
            if (BOILERPLATE_PREFIX.matcher(n).find() || (containsAny(lower, CONSENT_WORDS) && CONSENT.matcher(n).find())
                    || BULLET.matcher(n).find() || PLAYER.matcher(n).matches()
                    || isBreadcrumb(n) || URL_LINE.matcher(n).matches() || isTimeStamp(n)
                    || RIGHTS.matcher(n).find() && wordCount(n) < 20) {
                continue;
            }
            String agencyLine = agencies.get(lower);
            if (agencyLine != null) {
                if (publisher == null) {
                    publisher = agencyLine;
                }
                continue;
            }
            if (li == lastLine) {
                n = wholeSentences(n);
            }
            int words = wordCount(n);
            // "... in Brasilia. (AFP)": a photo credit after the last sentence does not make prose a fragment
            boolean prose = words >= MIN_PARAGRAPH_WORDS && endsLikeSentence(TRAILING_AGENCY.matcher(n).replaceFirst("").strip());
            if (body.contains(n)) {
                continue; // the lead printed again after the page's summary
            }
            if (body.isEmpty() && prose && seen.getOrDefault(n, 0) > 1 && !containsAny(lower, CAPTION_WORDS)) {
                // a page that prints its lead twice (as the summary under the headline, then as the first paragraph):
                // a prose line with no mark of a caption, before any story text, is the lead, not a caption printed twice
                body.add(stripRepeatedTitle(n, title));
                inList = false;
                continue;
            }
            if (isCaption(n, lower, seen)) {
                publisher = publisher == null ? captionAgency(n) : publisher;
                String caption = CREDIT.matcher(n).replaceFirst("").strip();
                if (wordCount(caption) >= 3 && !captions.contains(caption)) {
                    captions.add(caption);
                }
                continue;
            }
            if (!prose) {
                if ((title == null || dateAfterTitle) && body.isEmpty() && words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS && !inList) {
                    // "Section name / Friday, Jun 20 / Headline": the line after the page's date line is the headline,
                    // the one before it a site header or section label
                    title = n;
                    dateAfterTitle = false;
                }
                continue;
            }
            if (inList && words < 15) {
                continue;
            }
            inList = false;
            if (body.isEmpty()) {
                Matcher dl = DATELINE.matcher(n);
                // a plain hyphen ends a dateline only after an agency or a date ("PARIS, March 10 (Reuters) -")
                if (dl.find() && dl.end() < n.length()
                        && (!dl.group("dash").startsWith("-") || dl.group("agency") != null || dl.group("date") != null)) {
                    dateline = n.substring(0, dl.end()).trim();
                    datelinePlace = titleCase(dl.group("place").trim());
                    if (dl.group("agency") != null && publisher == null) {
                        publisher = agencyName(dl.group("agency").trim());
                    }
                    if (dl.group("date") != null && printedDate == null && ENDS_WITH_YEAR.matcher(dl.group("date")).matches()) {
                        // a dated dateline is the filing date: the printed date of a wire story
                        printedDate = IsoDates.parseMonthDayYear(dl.group("date"));
                    }
                    n = n.substring(dl.end()).trim();
                }
            }
            body.add(stripRepeatedTitle(n, title));
        }

        StringBuilder cleaned = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        int omitted = 0;
        for (String p : body) {
            omitted += append(cleaned, paragraphs, p, Paragraph.Kind.BODY);
        }
        for (String c : captions) {
            omitted += append(cleaned, paragraphs, c, Paragraph.Kind.CAPTION);
        }
        String id = sha256.substring(0, 16);
        return new Article(id, fileName, sha256, title, publisher, printedDate, dateline, datelinePlace,
                cleaned.toString(), paragraphs, omitted);
    }

    /** Appends a paragraph, or as much of it as {@link #MAX_TEXT_CHARS} leaves room for; returns the characters left out. */
    private static int append(StringBuilder out, List<Paragraph> paragraphs, String text, Paragraph.Kind kind) {
        int room = MAX_TEXT_CHARS - out.length() - (out.length() > 0 ? 1 : 0);
        String kept = text.length() <= room ? text : cut(text, room);
        if (kept.isEmpty()) {
            return text.length();
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        int start = out.length();
        out.append(kept);
        paragraphs.add(new Paragraph(start, out.length(), kind));
        return text.length() - kept.length();
    }

    /**
     * At most {@code room} characters of a paragraph: up to a sentence end near the limit (within
     * a long sentence's length of it), else up to the last word that fits.
     */
    static String cut(String text, int room) {
        if (room <= 0) {
            return "";
        }
        for (int i = room - 1; i > 0 && i >= room - 2_000; i--) {
            if (text.charAt(i) == ' ' && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return text.substring(0, i);
            }
        }
        int space = text.lastIndexOf(' ', room - 1);
        int end = space > 0 ? space : room;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half a character
        }
        return text.substring(0, end).strip();
    }

    private boolean isCaption(String line, String lower, Map<String, Integer> seen) {
        if (containsAny(lower, CAPTION_WORDS) && CAPTION_MARK.matcher(line).find()) {
            return true;
        }
        // Pages often print a photo caption twice (alt text and visible caption); story paragraphs are never repeated verbatim.
        return seen.getOrDefault(line, 0) > 1 && wordCount(line) >= MIN_PARAGRAPH_WORDS;
    }

    private String captionAgency(String caption) {
        Matcher m = CAPTION_AGENCY.matcher(caption);
        if (m.find()) {
            String name = agencies.get(m.group(1).toLowerCase(Locale.ROOT));
            return name;
        }
        return null;
    }

    private String agencyName(String s) {
        return agencies.getOrDefault(s.toLowerCase(Locale.ROOT), s);
    }

    private static String stripRepeatedTitle(String paragraph, String title) {
        if (title == null) {
            return paragraph;
        }
        String tail = title.endsWith(".") ? title : title + ".";
        if (paragraph.endsWith(" " + tail) && paragraph.length() > tail.length() + 20) {
            return paragraph.substring(0, paragraph.length() - tail.length()).trim();
        }
        return paragraph;
    }

    /** "Monday October 18th, 2021 12:25AM": a date with a clock time and nothing else is the page's stamp, not prose or a headline. */
    static boolean isTimeStamp(String line) {
        Matcher clock = CLOCK.matcher(line);
        if (!clock.find()) {
            return false;
        }
        String rest = line.substring(0, clock.start());
        return CALENDAR_WORD.matcher(rest).find() && wordCount(rest) <= 6 && !endsLikeSentence(line);
    }

    static boolean isBreadcrumb(String line) {
        // breadcrumbs ("Home > World") and menus ("Top Stories | Markets | Politics")
        return line.contains(" > ") || line.contains(" » ") || MENU_BAR.split(line).length >= 3
                || YOU_ARE_HERE.matcher(line).matches();
    }

    /** The end of a sentence inside a line: its mark (and closing quotes) before the next sentence's capital. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?][\"'”’)]*\\s+(?=[\"“‘(]?\\p{Lu})");

    /**
     * A page or an excerpt cut off in mid-sentence ("... who shuttled between the" at the end of
     * the file) ends in a paragraph that is unterminated only because it was cut: its whole
     * sentences are story text all the same. Returns the line up to its last sentence end, or
     * the line itself when it ends like a sentence or holds no complete sentence.
     */
    static String wholeSentences(String line) {
        if (wordCount(line) < MIN_PARAGRAPH_WORDS || endsLikeSentence(line)) {
            return line;
        }
        Matcher m = INNER_SENTENCE_END.matcher(line);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 0 ? line : line.substring(0, end).strip();
    }

    static boolean endsLikeSentence(String line) {
        String s = line.strip();
        int i = s.length() - 1;
        while (i >= 0 && "\"'”’)]".indexOf(s.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?:".indexOf(s.charAt(i)) >= 0 && !s.endsWith(":");
    }

    private static boolean containsAny(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static int wordCount(String line) {
        Matcher m = WORD.matcher(line);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String normalize(String line) {
        // composed characters: a name written with combining accents ("Pha\u0323m") reads as one written with precomposed ones
        String c = java.text.Normalizer.isNormalized(line, java.text.Normalizer.Form.NFC) ? line : java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFC);
        String s = c.replace('\u00a0', ' ').replace('\t', ' ');
        return (s.contains("  ") ? SPACES.matcher(s).replaceAll(" ") : s).strip();
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '.';
        }
        return b.toString();
    }

    private static Map<String, String> loadAgencies() {
        Map<String, String> byAlias = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows("/gazetteer/news_agencies.tsv", false)) {
            String name = TsvResource.cell(row, 0);
            byAlias.put(name.toLowerCase(Locale.ROOT), name);
            for (String alias : TsvResource.cell(row, 1).split("\\|")) {
                if (!alias.isBlank()) {
                    byAlias.put(alias.trim().toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return byAlias;
    }
}
