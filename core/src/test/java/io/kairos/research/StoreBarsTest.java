package io.kairos.research;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.KairosException;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bars from a real DuckDB store's sep_base. */
class StoreBarsTest {

    @TempDir
    Path folder;

    @Test
    void readsEachSymbolsBarsInTheRangeInTheOrderAsked() {
        try (PriceStore store = PriceStore.open(folder.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            StoreSql.execute(store, """
                    INSERT INTO sep_base (ticker, date, open, high, low, close, volume) VALUES
                    ('AAA', DATE '2024-01-02', 10, 11, 9, 10.5, 100), ('AAA', DATE '2024-01-03', 10.5, 12, 10, 11.75, 200),
                    ('AAA', DATE '2024-01-04', 11.75, 12, 11, 11.5, 300),
                    ('BBB', DATE '2024-01-03', 20, 21, 19, 20.25, 50), ('CCC', DATE '2024-01-03', 5, 5, 5, 5, 5)""");
            List<Bars> bars = StoreBars.read(store.connection(), List.of("BBB", "AAA"), LocalDate.of(2024, 1, 3),
                    LocalDate.of(2024, 1, 4));
            assertEquals(List.of("BBB", "AAA"), bars.stream().map(Bars::symbol).toList());
            assertEquals(List.of(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4)), bars.get(1).dates());
            assertArrayEquals(new double[] {10.5, 11.75}, bars.get(1).open());
            assertArrayEquals(new double[] {11.75, 11.5}, bars.get(1).close());
            assertArrayEquals(new double[] {20.25}, bars.get(0).close());

            KairosException missing = assertThrows(KairosException.class, () -> StoreBars.read(store.connection(), List.of("AAA", "ZZZ"),
                    LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 4)));
            assertEquals("No bars for ZZZ from 2024-01-02 to 2024-01-04 in the store's sep_base: download them (kairos download"
                    + " --symbols ZZZ), pick another range, or give a price file with --prices.", missing.getMessage());
        }
    }

    @Test
    void putsBarsStoredOutOfDateOrderInDateOrder() {
        try (PriceStore store = PriceStore.open(folder.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            // as after a reload of older dates: AAA's first two bars stored after its third, BBB's in between
            StoreSql.execute(store, """
                    INSERT INTO sep_base (ticker, date, open, high, low, close, volume) VALUES
                    ('AAA', DATE '2024-01-04', 11.75, 12, 11, 11.5, 300), ('BBB', DATE '2024-01-03', 20, 21, 19, 20.25, 50),
                    ('AAA', DATE '2024-01-03', 10.5, 12, 10, 11.75, 200), ('AAA', DATE '2024-01-02', 10, 11, 9, 10.5, 100)""");
            List<Bars> bars = StoreBars.read(store.connection(), List.of("AAA", "BBB", "AAA"), LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 1, 31));
            assertEquals(List.of("AAA", "BBB"), bars.stream().map(Bars::symbol).toList());
            assertEquals(List.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4)), bars.get(0).dates());
            assertArrayEquals(new double[] {10, 10.5, 11.75}, bars.get(0).open());
            assertArrayEquals(new double[] {11, 12, 12}, bars.get(0).high());
            assertArrayEquals(new double[] {9, 10, 11}, bars.get(0).low());
            assertArrayEquals(new double[] {10.5, 11.75, 11.5}, bars.get(0).close());
            assertArrayEquals(new double[] {100, 200, 300}, bars.get(0).volume());
            assertEquals(List.of(LocalDate.of(2024, 1, 3)), bars.get(1).dates());
        }
    }
}
