package org.diplomacykg.serve;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/** Literals as a reader wants them: dates spelled out, numbers grouped, money with its currency. */
final class LiteralText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private LiteralText() {
    }

    /** Plain (unescaped) readable text of a literal. */
    static String text(Node lit) {
        String lex = lit.getLiteralLexicalForm();
        String dt = lit.getLiteralDatatypeURI();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(dt)) {
                return LocalDate.parse(lex).format(DAY);
            }
            if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) {
                return YearMonth.parse(lex).format(MONTH);
            }
            if (XSDDatatype.XSDdateTime.getURI().equals(dt)) {
                return lex.replace('T', ' ').replaceFirst("\\.\\d+", "");
            }
            if (XSDDatatype.XSDboolean.getURI().equals(dt)) {
                return Boolean.parseBoolean(lex) ? "yes" : "no";
            }
            if (isNumber(dt)) {
                return grouped(new BigDecimal(lex));
            }
        } catch (RuntimeException e) {
            // an ill-typed literal is shown as written
        }
        return lex;
    }

    /** HTML of a literal: readable text, the exact form in a tooltip, the language tag if any. */
    static String html(Node lit) {
        String shown = text(lit);
        String lex = lit.getLiteralLexicalForm();
        String lang = lit.getLiteralLanguage();
        String out = shown.equals(lex) ? Html.esc(shown)
                : "<span title=\"" + Html.esc(lex) + "\">" + Html.esc(shown) + "</span>";
        return lang == null || lang.isEmpty() ? out : out + " <small class=\"muted\">@" + Html.esc(lang) + "</small>";
    }

    static boolean isNumber(String dt) {
        return dt != null && dt.startsWith(XSDDatatype.XSD + "#")
                && dt.matches(".*#(decimal|double|float|integer|int|long|short|nonNegativeInteger|positiveInteger|nonPositiveInteger|negativeInteger|unsignedInt|unsignedLong)$");
    }

    static String grouped(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return f.format(v);
    }

    /** "2.7 billion", "18.3 million", or the grouped figure below a million. */
    static String approx(BigDecimal v) {
        BigDecimal abs = v.abs();
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            return grouped(v.divide(BigDecimal.valueOf(1_000_000_000L), 2, RoundingMode.HALF_UP)) + " billion";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            return grouped(v.divide(BigDecimal.valueOf(1_000_000L), 2, RoundingMode.HALF_UP)) + " million";
        }
        return grouped(v);
    }

    /** A monetary amount: "up to JPY 2.7 billion (US$ 18.3 million)"; null parts are left out. */
    static String money(BigDecimal value, String currency, BigDecimal usd, boolean upTo) {
        StringBuilder b = new StringBuilder();
        if (upTo) {
            b.append("up to ");
        }
        if (value != null) {
            b.append(currency == null ? "" : currency + " ").append(approx(value));
        } else if (currency != null) {
            b.append(currency);
        }
        if (usd != null && !"USD".equals(currency)) {
            b.append(b.length() > 0 ? " " : "").append("(US$ ").append(approx(usd)).append(")");
        }
        return b.toString();
    }
}
