package org.diplomacykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomacykg.nlp.Token;
import org.diplomacykg.util.TsvResource;

/**
 * Items of equipment named in a clause, with the lower-case modifiers written before them
 * ("air-defence radars", "fast offshore patrol vessel"). Immutable after loading.
 */
final class EquipmentGazetteer {
    private static final Set<String> NOT_MODIFIERS = Set.of("other", "some", "more", "new", "additional", "such", "the", "a", "an",
            "its", "their", "his", "her", "our", "these", "those", "this", "that", "of", "and", "or", "in", "with", "two", "three",
            "several", "many", "also", "including", "provide", "supply", "worth", "as");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("[a-z][a-z-]*");
    private static final Pattern VAGUE_ITEM = Pattern.compile("boats?|ships?|vessels?|planes?|vehicles?");
    private final PhraseMatcher<String> items = new PhraseMatcher<>();

    EquipmentGazetteer() {
        for (String[] row : TsvResource.rows(EntityGazetteer.DIR + "equipment.tsv", false)) {
            String item = TsvResource.cell(row, 0);
            if (!item.isEmpty()) {
                items.add(item, item);
            }
        }
    }

    /**
     * Items in the folded text between {@code from} and {@code to} (offsets into {@code text}).
     * {@code tokens} supply the parts of speech of the modifiers; {@code offset} is where the
     * text starts in the article.
     */
    List<String> find(String text, int from, int to, List<Token> tokens, int offset) {
        List<String> out = new ArrayList<>();
        for (PhraseMatcher.Hit<String> h : items.find(text)) {
            if (h.start() < from || h.end() > to) {
                continue;
            }
            int start = h.start();
            int words = 0;
            while (words < 3) {
                int prevEnd = start - 1;
                if (prevEnd <= 0 || text.charAt(prevEnd) != ' ') {
                    break;
                }
                int ws = prevEnd;
                while (ws > 0 && !Character.isWhitespace(text.charAt(ws - 1))) {
                    ws--;
                }
                String w = text.substring(ws, prevEnd);
                if (w.isEmpty() || !LOWER_CASE_WORD.matcher(w).matches() || NOT_MODIFIERS.contains(w) || (!w.contains("-") && !modifierTag(tokens, offset + ws))) {
                    break;
                }
                start = ws;
                words++;
            }
            String item = text.substring(start, h.end());
            if ((item.equals("equipment") || !item.contains(" ") && VAGUE_ITEM.matcher(item).matches()) && words == 0) {
                continue; // "other equipment", a bare "boats": too vague to be an item
            }
            if (!out.contains(item)) {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean modifierTag(List<Token> tokens, int at) {
        for (Token t : tokens) {
            if (t.start() == at) {
                return t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("VERB");
            }
        }
        return true;
    }
}
