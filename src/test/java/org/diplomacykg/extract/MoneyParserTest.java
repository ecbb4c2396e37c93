package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.diplomacykg.facts.MonetaryAmount;
import org.junit.jupiter.api.Test;

class MoneyParserTest {
    private final MoneyParser parser = new MoneyParser();

    private MonetaryAmount only(String text) {
        List<MoneyParser.Money> found = parser.parse(text);
        assertEquals(1, found.size(), () -> "amounts in: " + text + " -> " + found);
        return found.get(0).amount();
    }

    private static void value(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> expected + " != " + actual);
    }

    @Test
    void wordCurrencyWithDollarEquivalentInParentheses() {
        MonetaryAmount m = only("Seoul will give 12 billion won ($9.1 million) to Ghana's health ministry.");
        value("12000000000", m.value());
        assertEquals("KRW", m.currency());
        value("9100000", m.usd());
        assertFalse(m.upTo());
    }

    @Test
    void upToAndUsPrefix() {
        MonetaryAmount m = only("a loan of up to 3 billion yen (US$20 million) for the port");
        value("3000000000", m.value());
        assertEquals("JPY", m.currency());
        value("20000000", m.usd());
        assertTrue(m.upTo());
    }

    @Test
    void dollarsAreTheirOwnUsdFigure() {
        MonetaryAmount m = only("Washington pledged $7.8-billion in credit.");
        value("7800000000", m.value());
        assertEquals("USD", m.currency());
        value("7800000000", m.usd());
    }

    @Test
    void symbolsAndShortMultipliers() {
        MonetaryAmount euro = only("Berlin adds €30m for Kenyan schools.");
        value("30000000", euro.value());
        assertEquals("EUR", euro.currency());
        MonetaryAmount peso = only("Manila set aside P235 million for the coast guard.");
        value("235000000", peso.value());
        assertEquals("PHP", peso.currency());
        MonetaryAmount yen = only("a ¥5 billion package");
        assertEquals("JPY", yen.currency());
        MonetaryAmount rupee = only("Delhi approved Rs 500 crore for the corridor.");
        value("5000000000", rupee.value());
        assertEquals("INR", rupee.currency());
    }

    @Test
    void noCurrencyIsGuessed() {
        MonetaryAmount m = only("Berlin will provide Kenya with 40 million ($44 million) in equipment.");
        value("40000000", m.value());
        assertNull(m.currency());
        value("44000000", m.usd());
    }

    @Test
    void plainNumbersAreNotMoney() {
        assertTrue(parser.parse("The 27-member bloc adopted a plan for 130 projects in 2022.").isEmpty());
        assertTrue(parser.parse("About 2 million people voted.").isEmpty());
    }

    @Test
    void hyphenatedAmountWithCurrencyWord() {
        MonetaryAmount m = only("The bloc unveiled a 40-billion-euro ($44 billion) fund for Latin America.");
        value("40000000000", m.value());
        assertEquals("EUR", m.currency());
        value("44000000000", m.usd());
    }
}
