package de.lotse.api.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Amounts of money are euros and cents. JSON carries a number without its scale, so {@code 120.00}
 * may come back as {@code 120.0}; the records that hold an amount bring it to cents, and two
 * readings of the same amount are equal.
 */
public final class Euros {

    private Euros() {}

    public static @Nullable BigDecimal inCents(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
