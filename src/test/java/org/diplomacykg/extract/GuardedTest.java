package org.diplomacykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class GuardedTest {
    @Test
    void aTextWithoutTheLiteralsIsNotSearched() {
        Guarded signed = Guarded.of("\\b(signed|inked)\\s+(?:an?|the)\\s+(\\w+)", "signed", "inked");
        assertFalse(signed.admits("The two sides met on Friday."));
        assertFalse(signed.matcher("The two sides met on Friday.").find());
        Matcher m = signed.matcher("They inked a deal and signed the accord.");
        assertTrue(m.find());
        assertEquals("deal", m.group(2));
        assertTrue(m.find());
        assertEquals("accord", m.group(2));
        assertFalse(m.find());
    }

    @Test
    void caseInsensitiveLiteralsFoldAsciiOnly() {
        Guarded joint = Guarded.ignoringCase("(?i)\\bjoint\\s+statement\\b", "joint");
        assertTrue(joint.matcher("the JOINT Statement said").find());
        assertTrue(joint.admits("Joint"));
        assertFalse(joint.admits("ȷoint")); // not an ASCII letter, and (?i) would not match it either
        assertEquals("abc-\u00c9z", Guarded.asciiLower("ABC-\u00c9Z"));
    }

    @Test
    void matchesGivesTheSameAnswerAsThePattern() {
        Guarded status = Guarded.of("(?s).*\\b(signed|signs)\\b.*", "signed", "signs");
        for (String s : new String[] {"they signed it", "designs", "", "no"}) {
            assertEquals(status.pattern().matcher(s).matches(), status.matcher(s).matches(), s);
        }
    }
}
