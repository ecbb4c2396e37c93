package org.diplomacykg.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.MonetaryAmount;
import org.diplomacykg.util.TsvResource;

/**
 * Amounts of money: "300 million yen ($2.1 million)", "$7.8-billion", "P120 million",
 * "5 billion yen (US$34 million)", "€30m", "Rs 500 crore". The currency comes only from a
 * symbol or word the text gives; a bare "400 million" is kept only when a stated US-dollar
 * equivalent follows it, and then has no currency. Immutable after loading.
 */
public final class MoneyParser {
    /** An amount found in text, with its span [start, end) relative to the parsed string. */
    public record Money(int start, int end, MonetaryAmount amount) {
    }

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String MULT = "(trillion|billion|million|thousand|crore|lakh|bn|mn|tn|m|b|k)";
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.ofEntries(
            Map.entry("trillion", new BigDecimal("1e12")), Map.entry("tn", new BigDecimal("1e12")),
            Map.entry("billion", new BigDecimal("1e9")), Map.entry("bn", new BigDecimal("1e9")), Map.entry("b", new BigDecimal("1e9")),
            Map.entry("million", new BigDecimal("1e6")), Map.entry("mn", new BigDecimal("1e6")), Map.entry("m", new BigDecimal("1e6")),
            Map.entry("thousand", new BigDecimal("1e3")), Map.entry("k", new BigDecimal("1e3")),
            Map.entry("crore", new BigDecimal("1e7")), Map.entry("lakh", new BigDecimal("1e5")));

    private static final Pattern OPEN_PARENTHESIS = Pattern.compile("\\s*\\(\\s*(?:about|around|approximately|roughly|some|nearly|almost|over|more than)?\\s*");
    private static final Pattern COMMA_OR = Pattern.compile("\\s*,\\s*(?:or|about|around|roughly|approximately|some)\\s+");
    private static final Pattern UP_TO = Pattern.compile("(?i)\\b(up to|as much as|a maximum of|no more than)\\s*$");
    private final Map<String, String> symbols = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();
    /** Every amount has an ASCII digit, all that {@code \d} matches. */
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    private final Guarded prefixed;
    private final Guarded suffixed;
    private final Guarded bare;

    public MoneyParser() {
        Set<String> syms = new LinkedHashSet<>();
        Set<String> ws = new LinkedHashSet<>();
        for (String[] row : TsvResource.rows(EntityGazetteer.DIR + "currencies.tsv", false)) {
            String code = TsvResource.cell(row, 0);
            Currency.getInstance(code); // fails loudly on a code that is not ISO 4217
            for (String s : TsvResource.cell(row, 1).split("\\|")) {
                if (!s.isBlank()) {
                    symbols.putIfAbsent(s.trim(), code);
                    syms.add(s.trim());
                }
            }
            for (String w : TsvResource.cell(row, 2).split("\\|")) {
                if (!w.isBlank()) {
                    words.putIfAbsent(w.trim().toLowerCase(Locale.ROOT), code);
                    ws.add(w.trim());
                }
            }
        }
        String symAlt = alternation(syms);
        String wordAlt = alternation(ws);
        // A symbol glued to a letter ("P120") must not be the tail of a word ("UP120").
        prefixed = Guarded.of("(?<![A-Za-z0-9$])" + symAlt + "\\s?" + NUM + "(?:[\\s-]?" + MULT + "\\b)?", DIGITS);
        suffixed = Guarded.of("(?<![\\w.])" + NUM + "(?:[\\s-]" + MULT + ")?(?:\\s+|-)(?i:" + wordAlt + ")\\b", DIGITS);
        bare = Guarded.of("(?<![\\w.$])" + NUM + "\\s+(trillion|billion|million)\\b", DIGITS);
    }

    private static String alternation(Set<String> items) {
        List<String> list = new ArrayList<>(items);
        list.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < list.size(); i++) {
            b.append(i > 0 ? "|" : "").append(Pattern.quote(list.get(i)));
        }
        return b.append(')').toString();
    }

    private record Raw(int start, int end, BigDecimal value, String currency) {
    }

    /** Every amount in the text, each with the US-dollar figure stated beside it, if any. */
    public List<Money> parse(String text) {
        List<Raw> raws = new ArrayList<>();
        Matcher m = prefixed.matcher(text);
        while (m.find()) {
            String sym = m.group(1);
            boolean glued = m.group(0).length() > sym.length() && Character.isDigit(m.group(0).charAt(sym.length()));
            if (sym.equals("P") && (!glued || m.group(3) == null)) {
                continue; // a lone "P" is a currency only in the "P120 million" shape
            }
            raws.add(new Raw(m.start(), m.end(), value(m.group(2), m.group(3)), symbols.get(sym)));
        }
        m = suffixed.matcher(text);
        while (m.find()) {
            if (overlaps(raws, m.start(), m.end())) {
                continue;
            }
            raws.add(new Raw(m.start(), m.end(), value(m.group(1), m.group(2)), words.get(m.group(3).toLowerCase(Locale.ROOT))));
        }
        m = bare.matcher(text);
        while (m.find()) {
            if (!overlaps(raws, m.start(), m.end())) {
                raws.add(new Raw(m.start(), m.end(), value(m.group(1), m.group(2)), null));
            }
        }
        raws.sort(Comparator.comparingInt(Raw::start));
        List<Money> out = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            Raw next = i + 1 < raws.size() ? raws.get(i + 1) : null;
            BigDecimal usd = "USD".equals(r.currency()) ? r.value() : null;
            int end = r.end();
            if (next != null && "USD".equals(next.currency()) && !"USD".equals(r.currency())
                    && statedBeside(text.substring(r.end(), next.start()))) {
                usd = next.value();
                end = closingEnd(text, next.end());
                i++;
            } else if (r.currency() == null) {
                continue; // a bare number with no currency and no dollar figure is not money
            }
            boolean upTo = UP_TO.matcher(text.substring(Math.max(0, r.start() - 20), r.start())).find();
            out.add(new Money(r.start(), end, new MonetaryAmount(r.value(), r.currency(), usd, upTo)));
        }
        return out;
    }

    /** "(", "(about ", ", or ", ", about " between an amount and its dollar equivalent. */
    private static boolean statedBeside(String gap) {
        return OPEN_PARENTHESIS.matcher(gap).matches() || COMMA_OR.matcher(gap).matches();
    }

    private static int closingEnd(String text, int end) {
        int j = end;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && text.charAt(j) == ')' ? j + 1 : end;
    }

    private static boolean overlaps(List<Raw> raws, int s, int e) {
        for (Raw r : raws) {
            if (s < r.end() && r.start() < e) {
                return true;
            }
        }
        return false;
    }

    static BigDecimal value(String number, String multiplier) {
        BigDecimal v = new BigDecimal(number.replace(",", ""));
        if (multiplier != null) {
            v = v.multiply(MULTIPLIERS.get(multiplier.toLowerCase(Locale.ROOT)));
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v;
    }
}
