package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kairos research run black-box on the worked example of docs/RESEARCH.md, written as a Yahoo-style file. */
class ResearchCommandTest {

    private static final String EXAMPLE = """
            Date,Open,High,Low,Close,Adj Close,Volume
            2024-01-01,10,10,10,10,10,100
            2024-01-02,10,10,9,9,9,100
            2024-01-03,9,9,8,8,8,100
            2024-01-04,8,9,8,9,9,100
            2024-01-05,9,11,9,11,11,100
            2024-01-06,11.5,12,11.5,12,12,100
            2024-01-07,12,12,11,11,11,100
            2024-01-08,11,11,10,10,10,100
            2024-01-09,9.5,9.5,9,9,9,100
            2024-01-10,9,10,9,10,10,100
            2024-01-11,10.5,12,10.5,12,12,100
            2024-01-12,12,13,12,13,13,100
            """;

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRun(home);
        Files.writeString(home.resolve("test-2024.csv"), EXAMPLE);
    }

    @Test
    void runsAStrategyOnAPriceFilePrintsItsRowAndWritesTheResultFile() throws IOException {
        CliRun.Result result = cli.run("research", "--prices", "test-2024.csv", "--strategy", "sma_cross:fast=2,slow=3", "--cash",
                "1000", "--commission", "0.01", "--size-fraction", "0.95", "--output-dir", "out");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("research: 1 runs (1 symbols x 1 strategies)"), result::toString);
        assertTrue(result.out().matches("(?s).*TEST\\s+sma_cross\\s+fast=2,slow=3\\s+866\\.26\\s+-13\\.37%.*\\s+1\\s+0\\.00%.*"),
                result::toString);
        JsonNode json = Json.mapper().readTree(home.resolve("out/TEST_sma_cross_fast=2_slow=3.json").toFile());
        assertEquals(866.26, json.get("metrics").get("final_value").asDouble(), 1e-9);
        assertEquals("2024-01-06", json.get("trades").get(0).get("entry_date").asText());
        assertTrue(Files.isRegularFile(home.resolve("out/manifest.json")));
    }

    @Test
    void aGridRunsEveryPointAndNotesTheSkippedOnes() throws IOException {
        CliRun.Result result = cli.run("research", "--prices", "test-2024.csv", "--grid", "sma_cross:fast=1..3;slow=3",
                "--strategy", "momentum:lookback=2,hold=2", "--output-dir", "out");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("research: 3 runs (1 symbols x 3 strategies)"), result::toString);
        assertTrue(result.out().contains("skipped sma_cross:fast=3,slow=3: sma_cross needs 1 <= fast < slow"), result::toString);
        assertTrue(Files.isRegularFile(home.resolve("out/TEST_sma_cross_fast=1_slow=3.json")));
        assertTrue(Files.isRegularFile(home.resolve("out/TEST_momentum_lookback=2_hold=2.json")));
        // the example trades about 100 shares a day at 10 dollars: far under the $1M floor, so no run is kept
        List<String> leaderboard = Files.readAllLines(home.resolve("out/leaderboard.csv"));
        assertEquals(4, leaderboard.size(), leaderboard::toString);
        assertTrue(leaderboard.stream().skip(1).allMatch(line -> line.startsWith(",TEST,")
                && line.endsWith(",1033,illiquid,average dollar volume 1033 is under 1000000")), leaderboard::toString);
        assertTrue(result.out().contains("leaderboard: 0 kept, 3 discarded"), result::toString);
    }

    @Test
    void aBadStrategyIsAUsageErrorNamingWhatIsWrong() {
        CliRun.Result result = cli.run("research", "--prices", "test-2024.csv", "--strategy", "smacross:fast=2");
        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("unknown strategy 'smacross'. Known: sma_cross, rsi, donchian, macd, momentum,"
                + " vol_breakout"), result::toString);
        CliRun.Result parameter = cli.run("research", "--prices", "test-2024.csv", "--strategy", "rsi:period=x");
        assertEquals(2, parameter.exitCode(), parameter::toString);
        assertTrue(parameter.err().contains("period=x is not a whole number"), parameter::toString);
    }

    @Test
    void noBarsInTheRangeIsAFailureNamingSymbolAndRange() {
        CliRun.Result result = cli.run("research", "--prices", "test-2024.csv", "--strategy", "sma_cross", "--start", "2030-01-01");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("No bars for TEST from 2030-01-01 to 2024-01-12"), result::toString);
    }

    @Test
    void readsSymbolsFromTheStoreAndNamesOneItLacks() throws SQLException {
        Path db = home.resolve("prices.duckdb");
        try (PriceStore store = PriceStore.open(db, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
                Statement statement = store.connection().createStatement()) {
            statement.execute("INSERT INTO sep_base (ticker, date, open, high, low, close, volume) SELECT 'AAA', DATE '2024-01-01'"
                    + " + i::INTEGER, 10 + i % 3, 11 + i % 3, 9 + i % 3, 10 + i % 4, 100 FROM range(40) t(i)");
        }
        CliRun.Result result = cli.run("research", "--db", db.toString(), "--symbols", "aaa", "--strategy", "sma_cross:fast=2,slow=3");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(Files.isRegularFile(home.resolve("outputs/research/2026-11-20/AAA_sma_cross_fast=2_slow=3.json")), result::toString);

        CliRun.Result missing = cli.run("research", "--db", db.toString(), "--symbols", "AAA,ZZZ", "--strategy", "sma_cross",
                "--start", "2024-01-01", "--end", "2024-03-01");
        assertEquals(1, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("No bars for ZZZ from 2024-01-01 to 2024-03-01"), missing::toString);
    }
}
