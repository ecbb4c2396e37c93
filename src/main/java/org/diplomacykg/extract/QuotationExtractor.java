package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.ingest.Paragraph;
import org.diplomacykg.kind.quotation.QuotationFact;

/**
 * Direct quotations in straight or curly quotes, found paragraph by paragraph (a quotation may
 * span sentences; single quotes inside stay in the text) with their speaker:
 * <ul>
 * <li>{@code "…," X said}, {@code "…," he said} (the person who last spoke), {@code said X};</li>
 * <li>{@code X said: "…"}, {@code X said the plan "…," adding, "…"} (speech verb before the quote);</li>
 * <li>{@code according to the joint statement}, {@code a statement read, "…"}: a document speaks;</li>
 * <li>a paragraph that is only a quotation continues the previous speaker.</li>
 * </ul>
 * Quotations under three words are kept only when attributed by a speech verb; single words never.
 */
final class QuotationExtractor {
    private static final String SPEECH = PersonMatcher.SPEECH;
    private static final Pattern AFTER_PRONOUN = Pattern.compile("^[\\s,.\"]*(he|she|He|She)\\s+(?:also\\s+)?" + SPEECH + "\\b");
    private static final Pattern END_PRONOUN = Pattern.compile("(?:^|,)\\s*(he|she|He|She)\\s+(?:also\\s+)?" + SPEECH + "\\s*[.!?]?\\s*$");
    private static final Pattern AFTER_SPEECH_FIRST = Pattern.compile("^[\\s,.\"]*" + SPEECH + "\\s+");
    private static final Pattern ACCORDING = Pattern.compile("(?i)according to (?:the |a )?((?:joint |final |leaders' |chair's )?(?:vision )?(?:statement|communique|declaration|document|readout))");
    private static final Pattern DOC_SAYS = Pattern.compile("(?i)\\b(?:a|the|an)\\s+((?:[a-z]+\\s+)?(?:statement|communique|declaration|readout))\\s+(?:read|reads|said|says|stated|noted)\\b[^\"]*$");
    private static final Pattern ADDING = Pattern.compile("(?i)\\badding\\b[,:]?\\s*$");
    private static final Pattern SPEECH_NEXT = Pattern.compile("(?s)^\\s+(?:also\\s+)?" + SPEECH + "\\b.*");
    private static final Pattern SPEECH_AFTER_APPOSITION = Pattern.compile("(?s)^,[^,]*,\\s+" + SPEECH + "\\b.*");
    private static final Pattern SPEECH_AFTER_SHORT_APPOSITION = Pattern.compile("(?s)^,[^,\"]{1,80}(?:,[^,\"]{1,80})?,\\s+(?:also\\s+)?" + SPEECH + "\\b.*");
    private static final Pattern HAS_SPEECH_VERB = Pattern.compile(".*\\b(" + SPEECH + ")\\b.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern QUOTES_AND_SPACE = Pattern.compile("[\"\u201c\u201d\\s]");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?s).*\\b[A-Z]\\.$");

    /** A quotation found in the text, before it becomes a fact. */
    record Quote(int start, int end, String text, EntityRef speaker, int sentence) {
    }

    /**
     * Quotations of the article. {@code document} makes the entity for a document that speaks
     * ("joint statement"), given its name.
     */
    List<QuotationFact> extract(ArticleDoc d, Function<String, EntityRef> document) {
        List<QuotationFact> out = new ArrayList<>();
        String text = d.article.text();
        EntityRef lastSpeaker = null;
        int lastQuoteParagraph = -2;
        List<Paragraph> paragraphs = d.article.paragraphs();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Paragraph p = paragraphs.get(pi);
            if (p.kind() != Paragraph.Kind.BODY) {
                continue;
            }
            List<int[]> spans = spans(text, p.start(), p.end());
            EntityRef paragraphSpeaker = null;
            for (int[] q : spans) {
                int si = d.sentenceAt(q[0]);
                int ei = d.sentenceAt(Math.max(q[0], q[1] - 1));
                if (si < 0) {
                    continue;
                }
                if (ei < 0) {
                    ei = si;
                }
                String quoted = trimEnd(Text.collapse(text.substring(q[0], q[1])));
                int words = quoted.isEmpty() ? 0 : WHITESPACE.split(quoted).length;
                int closeEnd = Math.min(q[1] + 1, text.length());
                String after = d.between(ei, closeEnd, d.sentence(ei).end());
                String before = d.between(si, d.sentence(si).start(), Math.max(d.sentence(si).start(), q[0] - 1));
                EntityRef speaker = null;
                boolean attributed = false;

                Matcher m = ACCORDING.matcher(after);
                if (m.find() && m.start() < 40) {
                    speaker = document.apply(m.group(1).toLowerCase());
                    attributed = true;
                }
                if (speaker == null) {
                    m = DOC_SAYS.matcher(before);
                    if (m.find()) {
                        speaker = document.apply(m.group(1).toLowerCase());
                        attributed = true;
                    }
                }
                if (speaker == null) {
                    Matcher pr = AFTER_PRONOUN.matcher(after);
                    if (pr.find() || (END_PRONOUN.matcher(after).find() && !after.contains("\""))) {
                        speaker = lastSpeaker != null ? lastSpeaker : lastPerson(d, si, q[0]);
                        attributed = true;
                    }
                }
                if (speaker == null) {
                    Mention after1 = speakerAfter(d, ei, closeEnd);
                    if (after1 != null) {
                        speaker = after1.ref();
                        attributed = true;
                    }
                }
                if (speaker == null) {
                    Mention before1 = speakerBefore(d, si, q[0]);
                    if (before1 != null) {
                        speaker = before1.ref();
                        attributed = true;
                    }
                }
                if (speaker == null && ADDING.matcher(before).find() && !out.isEmpty() && out.get(out.size() - 1).evidence().sentenceIndex() == si) {
                    speaker = out.get(out.size() - 1).speaker();
                    attributed = speaker != null;
                }
                boolean wholeParagraph = QUOTES_AND_SPACE.matcher(text.substring(p.start(), p.end())).replaceAll("").length() - SPACE.matcher(quoted).replaceAll("").length() <= 2;
                if (speaker == null && wholeParagraph && lastQuoteParagraph == pi - 1) {
                    speaker = lastSpeaker;
                    attributed = speaker != null;
                }
                if (speaker == null && paragraphSpeaker != null) {
                    // "'A,' X said. 'B.'": a quotation after the attribution goes on in X's words
                    speaker = paragraphSpeaker;
                    attributed = true;
                }
                if (words < 2 || (words < 3 && !attributed)) {
                    continue;
                }
                if (speaker != null) {
                    lastSpeaker = speaker;
                    paragraphSpeaker = speaker;
                }
                lastQuoteParagraph = pi;
                out.add(new QuotationFact(speaker, quoted, d.evidence(si)));
            }
            if (spans.isEmpty()) {
                EntityRef spoke = lastSpeakerIn(d, p);
                if (spoke != null) {
                    lastSpeaker = spoke;
                }
            }
        }
        return out;
    }

    /**
     * The quoted words without the punctuation that closes them in the sentence: a trailing comma
     * or full stop is the sentence's, not the speaker's ("U.S." keeps its dot; "?" and "!" stay).
     */
    static String trimEnd(String quoted) {
        String q = TRAILING_COMMAS.matcher(quoted).replaceAll("");
        if (q.endsWith(".") && !ENDS_WITH_INITIAL.matcher(q).matches()) {
            q = TRAILING_DOTS.matcher(q).replaceAll("");
        }
        return q;
    }

    /** Spans [start, end) of quoted text (without the marks) in a paragraph. */
    static List<int[]> spans(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u201c' || (c == '"' && open < 0)) {
                if (open < 0) {
                    open = i + 1;
                }
            } else if ((c == '\u201d' || c == '"') && open >= 0) {
                out.add(new int[] {open, i});
                open = -1;
            }
        }
        if (open >= 0 && to - open > 10) {
            out.add(new int[] {open, to});
        }
        return out;
    }

    /** "…," Danish Prime Minister X told …: the first person or body after the quote that a speech verb goes with. */
    private static Mention speakerAfter(ArticleDoc d, int si, int from) {
        String rest = d.between(si, from, d.sentence(si).end());
        if (rest.isEmpty()) {
            return null;
        }
        boolean verbFirst = AFTER_SPEECH_FIRST.matcher(rest).find();
        for (Mention m : d.all(si)) {
            if (m.start() < from || !(m.isPerson() || m.ref().kind() == EntityKind.ORGANIZATION || m.ref().kind() == EntityKind.INTERNATIONAL_ORGANIZATION)) {
                continue;
            }
            String gap = d.between(si, from, m.start());
            String tail = d.between(si, m.end(), Math.min(m.end() + 30, d.sentence(si).end()));
            boolean gapOk = gap.length() < 60 && !gap.contains("\"") && !HAS_SPEECH_VERB.matcher(gap).matches() || verbFirst;
            if (gapOk && (verbFirst || SPEECH_NEXT.matcher(tail).matches())) {
                return m;
            }
            if (!verbFirst) {
                break;
            }
        }
        return null;
    }

    /** X said …"…": the nearest person before the quote who is the subject of a speech verb. */
    private static Mention speakerBefore(ArticleDoc d, int si, int quoteStart) {
        Mention best = null;
        for (Mention m : d.all(si)) {
            if (m.end() > quoteStart || !(m.isPerson() || m.ref().kind() == EntityKind.ORGANIZATION)) {
                continue;
            }
            String tail = d.between(si, m.end(), quoteStart);
            if (SPEECH_NEXT.matcher(tail).matches() || SPEECH_AFTER_APPOSITION.matcher(tail).matches()) {
                best = m;
            }
        }
        return best;
    }

    private static EntityRef lastPerson(ArticleDoc d, int si, int before) {
        for (int i = si; i >= 0; i--) {
            List<Mention> ms = d.personMentions(i); // none with the people component off
            for (int k = ms.size() - 1; k >= 0; k--) {
                if (i < si || ms.get(k).start() < before) {
                    return ms.get(k).ref();
                }
            }
        }
        return null;
    }

    /** In a paragraph without quotations, the person who speaks ("Novak said Ghana is …"). */
    private static EntityRef lastSpeakerIn(ArticleDoc d, Paragraph p) {
        EntityRef found = null;
        for (int i = 0; i < d.size(); i++) {
            if (d.sentence(i).start() < p.start() || d.sentence(i).end() > p.end()) {
                continue;
            }
            List<Mention> ms = d.personMentions(i); // none with the people component off
            for (int k = 0; k < ms.size(); k++) {
                String tail = d.between(i, ms.get(k).end(), d.sentence(i).end());
                // "X said", or "X, a fellow at Y, said" with the apposition between name and verb
                if (d.people.isSpeaker(i, k) || SPEECH_NEXT.matcher(tail).matches()
                        || SPEECH_AFTER_SHORT_APPOSITION.matcher(tail).matches()) {
                    found = ms.get(k).ref();
                }
            }
        }
        return found;
    }
}
