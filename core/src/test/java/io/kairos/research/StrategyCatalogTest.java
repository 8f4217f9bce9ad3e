package io.kairos.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyCatalogTest {

    private final StrategyCatalog catalog = StrategyCatalog.standard();

    @Test
    void parsesNameAndParametersAndFillsDefaults() {
        assertEquals("sma_cross:fast=10,slow=30", catalog.parse("sma_cross:fast=10,slow=30").toString());
        assertEquals("sma_cross:fast=10,slow=30", catalog.parse("sma_cross").toString());
        assertEquals("rsi:period=7,low=30,high=70", catalog.parse("rsi:period=7").toString());
        assertEquals("macd:fast=12,slow=26,signal=9", catalog.parse("macd").toString());
        assertEquals("donchian:entry=20,exit=10", catalog.parse("donchian").toString());
        assertEquals("momentum:lookback=20,hold=10", catalog.parse("momentum").toString());
        assertEquals("vol_breakout:period=20,k=2.5", catalog.parse("vol_breakout:k=2.5").toString());
        Map<String, Number> expected = new LinkedHashMap<>();
        expected.put("fast", 5);
        expected.put("slow", 30);
        assertEquals(expected, catalog.parse(" sma_cross:slow=30, fast=5 ").parameters());
    }

    @Test
    void theSixFamiliesAreKnown() {
        assertEquals(List.of("sma_cross", "rsi", "donchian", "macd", "momentum", "vol_breakout"),
                catalog.families().stream().map(StrategyFamily::name).toList());
    }

    @Test
    void anUnknownStrategyListsTheKnownOnes() {
        assertEquals("Bad strategy 'smacross:fast=5': unknown strategy 'smacross'. Known: sma_cross, rsi, donchian, macd,"
                + " momentum, vol_breakout. Write NAME:k=v,..., e.g. sma_cross:fast=10,slow=30.", usageError("smacross:fast=5"));
    }

    @Test
    void anUnknownParameterNamesItAndTheExpectedOnes() {
        assertTrue(usageError("sma_cross:fats=5").contains("sma_cross has no parameter 'fats'; its parameters are fast (default 10),"
                + " slow (default 30)"));
    }

    @Test
    void aParameterWithoutValueOrGivenTwiceIsNamed() {
        assertTrue(usageError("sma_cross:fast=").contains("parameter fast has no value"));
        assertTrue(usageError("sma_cross:fast").contains("parameter fast has no value"));
        assertTrue(usageError("sma_cross:fast=5,fast=6").contains("parameter fast is given twice"));
    }

    @Test
    void aBadValueSaysWhich() {
        assertTrue(usageError("sma_cross:fast=abc").contains("fast=abc is not a whole number"));
        assertTrue(usageError("sma_cross:fast=2.5").contains("fast=2.5 is not a whole number"));
        assertTrue(usageError("vol_breakout:k=x").contains("k=x is not a number"));
        assertTrue(usageError("sma_cross:fast=30,slow=10").contains("sma_cross needs 1 <= fast < slow, not fast=30 slow=10"));
    }

    private String usageError(String text) {
        KairosException error = assertThrows(KairosException.class, () -> catalog.parse(text));
        assertEquals(KairosException.Kind.USAGE, error.kind());
        return error.getMessage();
    }
}
