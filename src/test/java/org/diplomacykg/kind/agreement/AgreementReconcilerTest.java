package org.diplomacykg.kind.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.diplomacykg.facts.MonetaryAmount;
import org.junit.jupiter.api.Test;

class AgreementReconcilerTest {
    @Test
    void amountsInDifferentCurrenciesWithoutUsdDisagree() {
        var a = new MonetaryAmount(new BigDecimal("100"), "EUR", null, false);
        var b = new MonetaryAmount(new BigDecimal("100"), "USD", null, false);
        assertEquals(Boolean.FALSE, AgreementReconciler.amountsAgree(a, b));
        assertNull(AgreementReconciler.amountsAgree(a, null));
    }
}
