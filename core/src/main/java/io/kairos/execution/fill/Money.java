package io.kairos.execution.fill;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How fills round money: dollar amounts to cents, prices to 4 decimals (what brokers report), half up. */
public final class Money {

    public static final int CENTS = 2;
    public static final int PRICE_DECIMALS = 4;

    private Money() {
    }

    public static BigDecimal dollars(double amount) {
        return dollars(BigDecimal.valueOf(amount));
    }

    public static BigDecimal dollars(BigDecimal amount) {
        return amount.setScale(CENTS, RoundingMode.HALF_UP);
    }

    public static BigDecimal price(double price) {
        return price(BigDecimal.valueOf(price));
    }

    public static BigDecimal price(BigDecimal price) {
        return price.setScale(PRICE_DECIMALS, RoundingMode.HALF_UP);
    }
}
