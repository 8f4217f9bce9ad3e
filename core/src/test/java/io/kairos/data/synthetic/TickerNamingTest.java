package io.kairos.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TickerNamingTest {

    @Test
    void symbolsAbbreviateTheNameByItsFirstLetterAndConsonants() {
        TickerNaming naming = new TickerNaming(new SplittableRandom(1));
        assertEquals(new TickerNaming.Naming("CL", "Cletadant Inc."), naming.next(Sector.COMMUNICATION_SERVICES, 2));
        assertEquals(new TickerNaming.Naming("RNR", "Rionu Retail"), naming.next(Sector.CONSUMER_DISCRETIONARY, 3));
        assertEquals(new TickerNaming.Naming("FRTH", "Frethaim Inc."), naming.next(Sector.CONSUMER_STAPLES, 4));
        assertEquals(new TickerNaming.Naming("KPRBL", "Koprebiol Petroleum"), naming.next(Sector.ENERGY, 5));
    }

    @Test
    void twentyThousandNamesGetUniqueSymbolsOfTheAskedLength() {
        TickerNaming naming = new TickerNaming(new SplittableRandom(7));
        Set<String> symbols = new HashSet<>();
        Set<String> names = new HashSet<>();
        int[] lengths = {2, 3, 3, 4, 4, 5};
        for (int i = 0; i < SyntheticSpec.MAX_TICKERS; i++) {
            TickerNaming.Naming company = naming.next(Sector.values()[i % 11], lengths[i % lengths.length]);
            assertTrue(company.symbol().matches("[A-Z]{2,5}"), company.symbol());
            assertTrue(symbols.add(company.symbol()), "duplicate symbol " + company.symbol());
            assertTrue(names.add(company.name()), "duplicate name " + company.name());
        }
    }
}
