package io.kairos.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.KairosException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriorHoldingsTest {

    private static final Set<String> KNOWN = Set.of("AAA", "BBB", "CCC");

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("prior.csv"), text);
    }

    private String error(String text) throws Exception {
        Path file = file(text);
        KairosException failure = assertThrows(KairosException.class, () -> PriorHoldings.fromFile(file, KNOWN));
        assertEquals(KairosException.Kind.FAILURE, failure.kind());
        return failure.getMessage().replace(file.toString(), "prior.csv");
    }

    @Test
    void readsTickerAndWeightColumnsOfAnyCsvWithThem() throws Exception {
        PriorHoldings prior = PriorHoldings.fromFile(file("ticker,sector,weight\nBBB,\"Energy, Oil\",0.25\nAAA,Tech,0.5\nCCC,Tech,0\n"),
                KNOWN);
        assertEquals(Map.of("AAA", 0.5, "BBB", 0.25), prior.weights());
    }

    @Test
    void badLinesAreNamedWithTheirLine() throws Exception {
        assertEquals("prior.csv line 3: ticker ZZZ is not in the store's tickers table: fix the file or load that name's prices"
                + " first.", error("ticker,weight\nAAA,0.1\nZZZ,0.1\n"));
        assertEquals("prior.csv line 2: weight -0.1 is negative: the portfolio is long-only.", error("ticker,weight\nAAA,-0.1\n"));
        assertEquals("prior.csv line 2: weight NaN is not a finite number.", error("ticker,weight\nAAA,NaN\n"));
        assertEquals("prior.csv line 2: weight 'ten' is not a number.", error("ticker,weight\nAAA,ten\n"));
        assertEquals("prior.csv line 3: ticker AAA appears a second time: give each ticker one line.",
                error("ticker,weight\nAAA,0.1\nAAA,0.2\n"));
        assertEquals("prior.csv line 1: the header [symbol, weight] needs the columns ticker and weight.",
                error("symbol,weight\nAAA,0.1\n"));
    }

    @Test
    void weightsAboveOneInAllAreRefused() throws Exception {
        assertEquals("prior.csv: the weights sum to 1.1, above 1 (100% of equity): the portfolio is long-only and unlevered;"
                + " fix the file.", error("ticker,weight\nAAA,0.6\nBBB,0.5\n"));
    }
}
