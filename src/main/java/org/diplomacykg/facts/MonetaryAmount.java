package org.diplomacykg.facts;

import java.math.BigDecimal;

/**
 * An amount of money as the text states it. {@code currency} is an ISO 4217 code or null when
 * the text does not say; {@code usd} is the US-dollar figure the text gives, or null.
 */
public record MonetaryAmount(BigDecimal value, String currency, BigDecimal usd, boolean upTo) implements java.io.Serializable {
    public MonetaryAmount {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("amount must be a non-negative number");
        }
    }
}
