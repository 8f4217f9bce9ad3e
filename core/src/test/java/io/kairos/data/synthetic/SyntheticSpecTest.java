package io.kairos.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.KairosException;
import org.junit.jupiter.api.Test;

class SyntheticSpecTest {

    @Test
    void defaultsAreAThousandTickersOverTenYearsFromSeed42() {
        assertEquals(new SyntheticSpec(1000, 10, 42), SyntheticSpec.DEFAULTS);
    }

    @Test
    void limitsAreAccepted() {
        new SyntheticSpec(1, 1, 0);
        new SyntheticSpec(20_000, 40, -1);
    }

    @Test
    void outOfRangeTickersOrYearsAreAUsageError() {
        KairosException noTickers = assertThrows(KairosException.class, () -> new SyntheticSpec(0, 10, 42));
        assertEquals(KairosException.Kind.USAGE, noTickers.kind());
        assertEquals("The synthetic market needs between 1 and 20000 tickers, got 0.", noTickers.getMessage());
        assertThrows(KairosException.class, () -> new SyntheticSpec(20_001, 10, 42));

        KairosException tooLong = assertThrows(KairosException.class, () -> new SyntheticSpec(100, 41, 42));
        assertEquals("The synthetic market spans between 1 and 40 years, got 41.", tooLong.getMessage());
        assertThrows(KairosException.class, () -> new SyntheticSpec(100, 0, 42));
    }
}
