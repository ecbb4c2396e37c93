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

    @Test
    void sumsInTwoCurrenciesWithNoRateGivenCannotBeCompared() {
        var pesos = new MonetaryAmount(new BigDecimal("235000000"), "PHP", null, false);
        var yen = new MonetaryAmount(new BigDecimal("600000000"), "JPY", null, false);
        assertNull(AgreementReconciler.amountsAgree(pesos, yen));
        var yenInDollars = new MonetaryAmount(new BigDecimal("600000000"), "JPY", new BigDecimal("4000000"), false);
        var pesosInDollars = new MonetaryAmount(new BigDecimal("235000000"), "PHP", new BigDecimal("4200000"), false);
        assertEquals(Boolean.TRUE, AgreementReconciler.amountsAgree(yenInDollars, pesosInDollars));
        var more = new MonetaryAmount(new BigDecimal("900000000"), "PHP", new BigDecimal("16000000"), false);
        assertEquals(Boolean.FALSE, AgreementReconciler.amountsAgree(yenInDollars, more));
    }
}
