package io.kairos.backtest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricePanelTest {

    private static final LocalDate MON = LocalDate.of(2024, 3, 4);
    private static final LocalDate TUE = LocalDate.of(2024, 3, 5);
    private static final LocalDate WED = LocalDate.of(2024, 3, 6);
    private static final LocalDate THU = LocalDate.of(2024, 3, 7);

    @TempDir
    Path folder;

    @Test
    void loadsTheBarsOfTheStoreBetweenTwoDates() {
        try (PriceStore store = PriceStore.open(folder.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            // BBB is inserted first, has no bar on Monday or Wednesday and no volume on Thursday; AAA ends on Wednesday.
            // Friday's row and CCC's are outside the dates, DDD's close of 0 is no bar.
            StoreSql.execute(store, """
                    INSERT INTO sep_base (ticker, date, open, high, low, close, volume, closeadj, closeunadj) VALUES
                    ('BBB', DATE '2024-03-05', 20, 21, 19, 20.5, 5000, 20.25, 41),
                    ('BBB', DATE '2024-03-07', 21, 22, 20, 21.5, NULL, 21.25, 43),
                    ('AAA', DATE '2024-03-04', 10, 11, 9, 10.5, 1000, 10.25, 10.5),
                    ('AAA', DATE '2024-03-05', 11, 12, 10, 11.5, 1100, 11.25, 11.5),
                    ('AAA', DATE '2024-03-06', 12, 13, 11, 12.5, 1200, 12.25, 12.5),
                    ('AAA', DATE '2024-03-08', 13, 14, 12, 13.5, 1300, 13.25, 13.5),
                    ('CCC', DATE '2024-03-01', 1, 1, 1, 1, 1, 1, 1),
                    ('DDD', DATE '2024-03-05', 1, 1, 1, 0, 1, 1, 1)""");
            PricePanel panel = PricePanel.load(store.connection(), MON, THU);

            assertEquals(4, panel.sessions());
            assertEquals(List.of(MON, TUE, WED, THU), List.of(panel.date(0), panel.date(1), panel.date(2), panel.date(3)));
            assertEquals(2, panel.tickers());
            assertEquals("AAA", panel.ticker(0));
            assertEquals("BBB", panel.ticker(1));
            assertEquals(1, panel.tickerIndex("BBB"));
            assertEquals(PricePanel.NONE, panel.tickerIndex("CCC"));
            assertEquals(2, panel.session(WED));

            assertEquals(11, panel.open(1, 0));
            assertEquals(12, panel.high(1, 0));
            assertEquals(10, panel.low(1, 0));
            assertEquals(11.5, panel.close(1, 0));
            assertEquals(1100, panel.volume(1, 0));
            assertEquals(11.25, panel.closeadj(1, 0));
            assertFalse(panel.hasBar(3, 0));
            assertEquals(2, panel.lastBar(0));

            assertFalse(panel.hasBar(0, 1));
            assertTrue(panel.hasBar(1, 1));
            assertFalse(panel.hasBar(2, 1));
            assertTrue(Double.isNaN(panel.volume(3, 1)));
            assertEquals(21.25, panel.closeadj(3, 1));
            assertEquals(3, panel.lastBar(1));
            // a session without a bar is marked at the latest close before it
            assertEquals(20.5, panel.closeOnOrBefore(2, 1));
            assertTrue(Double.isNaN(panel.closeOnOrBefore(0, 1)));
        }
    }

    @Test
    void refusesArraysOfTheWrongShapeOrUnsortedNames() {
        List<LocalDate> dates = List.of(MON, TUE);
        double[][] two = new double[2][2];
        double[][] one = new double[2][1];
        assertThrows(IllegalArgumentException.class, () -> new PricePanel(dates, List.of("BBB", "AAA"), two, two, two, two, two, two));
        assertThrows(IllegalArgumentException.class, () -> new PricePanel(dates, List.of("AAA", "BBB"), two, two, two, one, two, two));
        assertThrows(IllegalArgumentException.class, () -> new PricePanel(List.of(TUE, MON), List.of("AAA", "BBB"), two, two, two, two,
                two, two));
        // a close of 0 is neither a price nor NaN
        assertThrows(IllegalArgumentException.class, () -> new PricePanel(dates, List.of("AAA", "BBB"), two, two, two, two, two, two));
    }
}
