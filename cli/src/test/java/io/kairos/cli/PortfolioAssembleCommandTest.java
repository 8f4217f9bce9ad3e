package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kairos portfolio-assemble black-box: kairos research runs two strategies on the worked example of docs/RESEARCH.md,
 * the test writes the leaderboard.csv kairos research writes beside them, and the portfolio is assembled from it.
 */
class PortfolioAssembleCommandTest {

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

    /** The leaderboard kairos research writes (its contract): kept rows in rank order, then the discarded ones. */
    private static final String LEADERBOARD = """
            rank,symbol,strategy,parameters,result_file,score,sharpe,consistency,max_drawdown_pct,trades,total_return,annual_return,adv,status,reason
            1,TEST,sma_cross,"fast=2,slow=3",TEST_sma_cross_fast=2_slow=3.json,2.1,1.5,0.5,21.6,1,-0.1337,-0.95,1000,kept,
            2,TEST,momentum,"lookback=2,hold=2",TEST_momentum_lookback=2_hold=2.json,1.9,1.2,0.5,10,2,0.01,0.3,1000,kept,
            3,TEST,momentum,"lookback=1,hold=1",TEST_momentum_lookback=1_hold=1.json,1.7,0.8,0.5,10,1,0.38,9.2,1000,kept,
            ,TEST,rsi,"period=2,low=30,high=70",TEST_rsi_period=2_low=30_high=70.json,,,,,1,,,1000,too_few_trades,"1 trade, fewer than 2"
            """;

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRun(home);
        Files.writeString(home.resolve("test-2024.csv"), EXAMPLE);
    }

    /** Runs kairos research as an operator would and puts the leaderboard beside its result files. */
    private Path research() throws IOException {
        CliRun.Result result = cli.run("research", "--prices", "test-2024.csv", "--strategy", "sma_cross:fast=2,slow=3", "--strategy",
                "momentum:lookback=2,hold=2", "--strategy", "momentum:lookback=1,hold=1", "--strategy", "rsi:period=2,low=30,high=70",
                "--cash", "1000", "--commission", "0.01");
        assertEquals(0, result.exitCode(), result::toString);
        Path folder = home.resolve("outputs/research/2026-11-20");
        Files.writeString(folder.resolve("leaderboard.csv"), LEADERBOARD);
        return folder;
    }

    @Test
    void choosesTheUncorrelatedStrategiesBacktestsThemInSleevesAndReportsTheWeeklyFigures() throws IOException {
        Path folder = research();
        // 2000 of capital, equal weights: each sleeve gets the 1000 its research run had, so each is that run again.
        // sma_cross:fast=2,slow=3 is the worked example of docs/RESEARCH.md: 866.26 at the end.
        // momentum:lookback=1,hold=1 (commission 1%): 105 shares at 9 on 01-04 (cash 45.55), sold at 12 on 01-06 (1292.95);
        // the 122 shares ordered on 01-09's close 10 do not fit at 01-10's open 10.5 (rejected); 102 at 12 on 01-12 leave
        // 56.71 + 102 x 13 = 1382.71. Together 2248.97.
        CliRun.Result result = cli.run("portfolio-assemble", "--from", folder.toString(), "--prices", "test-2024.csv", "--capital",
                "2000");
        assertEquals(0, result.exitCode(), result::toString);
        String out = result.out();
        assertTrue(out.contains("2 of 3 kept strategies"), result::toString);
        assertTrue(out.matches("(?s).*\\n1\\s+sma_cross:fast=2,slow=3\\s+TEST\\s+50\\.00%\\s+1\\.500\\n.*"), result::toString);
        assertTrue(out.matches("(?s).*\\n3\\s+momentum:lookback=1,hold=1\\s+TEST\\s+50\\.00%\\s+0\\.800\\n.*"), result::toString);
        // lookback=2,hold=2 makes the same round trip as sma_cross (01-06 to 01-09), flat otherwise
        assertTrue(out.contains("rejected #2 momentum:lookback=2,hold=2 on TEST: correlation 1.000 with #1 sma_cross:fast=2,slow=3"
                + " on TEST (limit 0.5)"), result::toString);
        // peak 2338.66 on 01-06 (1033.11 + 1305.55), low 2102.89 on 01-09 (809.94 + 1292.95): 235.77 / 2338.66 = 10.08%
        assertTrue(out.contains("backtest 2024-01-01 to 2024-01-12 (12 sessions): final value 2248.97 (12.45%)"), result::toString);
        assertTrue(out.contains("max drawdown 10.08%"), result::toString);
        // ISO weeks end on the bars of Sunday 01-07 and Friday 01-12: 2240.06 / 2000 - 1 = 12.003%, 2248.97 / 2240.06 - 1
        // = 0.398%; mean 6.20%, sample deviation |12.003% - 0.398%| / sqrt(2) = 8.21%
        assertTrue(out.contains("expected weekly return 6.20%, weekly risk 8.21% (mean and sample standard deviation of 2 weekly"
                + " returns)"), result::toString);

        Path written = home.resolve("outputs/portfolio/2026-11-20");
        List<String> equity = Files.readAllLines(written.resolve("equity.csv"));
        assertEquals("date,value,TEST_sma_cross_fast=2_slow=3,TEST_momentum_lookback=1_hold=1", equity.get(0));
        assertEquals(13, equity.size());
        for (String line : equity.subList(1, equity.size())) {
            String[] cells = line.split(",");
            assertEquals(Double.parseDouble(cells[1]), Double.parseDouble(cells[2]) + Double.parseDouble(cells[3]), 1e-9, line);
        }
        String[] last = equity.get(12).split(",");
        assertEquals("2024-01-12", last[0]);
        assertEquals(866.26, Double.parseDouble(last[2]), 1e-9);
        assertEquals(1382.71, Double.parseDouble(last[3]), 1e-9);
        JsonNode json = Json.mapper().readTree(written.resolve("assembly.json").toFile());
        assertEquals(2248.97, json.get("figures").get("final_value").asDouble(), 1e-9);
        assertEquals(0.5, json.get("selection").get(1).get("weight").asDouble());
        assertEquals(1, json.get("selection").get(1).get("rejected_orders").asInt());
        assertEquals("#1 sma_cross:fast=2,slow=3 on TEST", json.get("rejected").get(0).get("correlated_with").asText());
        assertEquals(2, json.get("weekly").size());
        // the daily returns of the two equity columns above, correlated by hand (a spreadsheet's CORREL): 0.40774
        assertEquals(0.40774, json.get("correlations").get("matrix").get(0).get(1).asDouble(), 1e-5);
        assertTrue(Files.isRegularFile(written.resolve("manifest.json")));
    }

    @Test
    void underTheSmallAccountRulesOneAccountTradesTheSignalsOfTheNewestResearch() throws IOException {
        research();
        CliRun.Result result = cli.run("portfolio-assemble", "--prices", "test-2024.csv", "--risk", "small-account",
                "--output-dir", "small");
        assertEquals(0, result.exitCode(), result::toString);
        // momentum:lookback=1,hold=1 buys on 01-04's close 9: planned floor(1000 x 1% / (9 x 1%)) = 111 shares, 60% = 66 at
        // 01-05's open 9 ($594, cash 406); its exit on 01-06's close sells at 01-07's open 12: 66 x 3 = 198.
        // sma_cross buys on 01-05's close 11 (equity 406 + 66 x 11 = 1132): planned 102, 61 at the entry, cut to the 35 that
        // 406 buys at 01-06's open 11.50; 01-06's close 12 is 4.3% up, so the stop trails 12 x 0.99 = 11.88, which 01-07's
        // low 11 takes: 35 x 0.38 = 13.30
        assertTrue(result.out().contains("#3 momentum:lookback=1,hold=1 on TEST 2024-01-05 9.00 -> 2024-01-07 12.00 signal,"
                + " profit 198.00"), result::toString);
        assertTrue(result.out().contains("#1 sma_cross:fast=2,slow=3 on TEST 2024-01-06 11.50 -> 2024-01-07 11.88 trailing_stop,"
                + " profit 13.30"), result::toString);
        JsonNode json = Json.mapper().readTree(home.resolve("small/assembly.json").toFile());
        assertEquals("small-account", json.get("settings").get("risk").asText());
        assertEquals(66, json.get("small_account").get("trades").get(0).get("fills").get(0).get("shares").asInt());
        assertEquals(35, json.get("small_account").get("trades").get(1).get("fills").get(0).get("shares").asInt());
        assertTrue(Files.readAllLines(home.resolve("small/equity.csv")).get(0).equals("date,value,cash,positions"));
    }

    @Test
    void withoutALeaderboardItFailsSayingWhereItLookedAndToRunResearch() throws IOException {
        CliRun.Result none = cli.run("portfolio-assemble", "--prices", "test-2024.csv");
        assertEquals(1, none.exitCode(), none::toString);
        assertTrue(none.err().contains("No research folder with a leaderboard.csv under " + home.resolve("outputs/research")
                + ": run kairos research first"), none::toString);

        Files.createDirectories(home.resolve("bare"));
        CliRun.Result bare = cli.run("portfolio-assemble", "--from", "bare", "--prices", "test-2024.csv");
        assertEquals(1, bare.exitCode(), bare::toString);
        assertTrue(bare.err().contains("No leaderboard at " + home.resolve("bare/leaderboard.csv") + ": run kairos research first"),
                bare::toString);
    }

    @Test
    void aLeaderboardWithoutAKeptRowIsAFailure() throws IOException {
        Path folder = research();
        Files.writeString(folder.resolve("leaderboard.csv"), LEADERBOARD.lines().filter(l -> !l.contains(",kept,"))
                .map(l -> l + "\n").reduce("", String::concat));
        CliRun.Result result = cli.run("portfolio-assemble", "--prices", "test-2024.csv");
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("has no kept row"), result::toString);
    }

    @Test
    void badFlagsAreUsageErrors() {
        CliRun.Result weighting = cli.run("portfolio-assemble", "--weighting", "risk_parity");
        assertEquals(2, weighting.exitCode(), weighting::toString);
        assertTrue(weighting.err().contains("--weighting takes equal or inverse_vol, not 'risk_parity'"), weighting::toString);
        CliRun.Result correlation = cli.run("portfolio-assemble", "--max-correlation", "1.5");
        assertEquals(2, correlation.exitCode(), correlation::toString);
        assertTrue(correlation.err().contains("--max-correlation must be above 0 and at most 1, not 1.5"), correlation::toString);
        CliRun.Result risk = cli.run("portfolio-assemble", "--risk", "yolo");
        assertEquals(2, risk.exitCode(), risk::toString);
    }

    @Test
    void fromTheStoreResearchWritesTheLeaderboardAndTheAssemblyKeepsItsPromises() throws IOException {
        CliRun store = new CliRun(home).env("KAIROS_SYNTHETIC_TICKERS", "40").env("KAIROS_SYNTHETIC_YEARS", "3");
        assertEquals(0, store.run("download", "--source", "synthetic").exitCode());
        CliRun.Result liquid = store.run("db", "query", "SELECT ticker FROM sep_base GROUP BY ticker ORDER BY avg(close * volume) DESC"
                + " LIMIT 3", "--format", "csv");
        List<String> symbols = liquid.out().lines().skip(1).toList();
        CliRun.Result research = store.run("research", "--symbols", String.join(",", symbols), "--grid",
                "sma_cross:fast=5,10,20;slow=50,100", "--grid", "donchian:entry=20,55;exit=10,20", "--output-dir", "lab");
        assertEquals(0, research.exitCode(), research::toString);
        List<String> leaderboard = Files.readAllLines(home.resolve("lab/leaderboard.csv"));
        assertEquals(1 + 3 * 10, leaderboard.size(), "a row per run under the header");

        CliRun.Result result = store.run("portfolio-assemble", "--from", "lab", "--capital", "10000", "--weighting", "inverse_vol",
                "--output-dir", "portfolio");

        assertEquals(0, result.exitCode(), result::toString);
        JsonNode assembly = Json.mapper().readTree(home.resolve("portfolio/assembly.json").toFile());
        JsonNode selection = assembly.get("selection");
        assertTrue(selection.size() >= 2, result::toString);
        double weights = 0;
        for (JsonNode chosen : selection) {
            weights += chosen.get("weight").asDouble();
            String rank = chosen.get("rank").asText();
            assertTrue(leaderboard.stream().anyMatch(line -> line.startsWith(rank + ",") && line.contains(",kept,")),
                    "every choice is a kept row of the leaderboard: " + chosen);
        }
        assertEquals(1.0, weights, 1e-9);
        JsonNode matrix = assembly.get("correlations").get("matrix");
        for (int i = 0; i < matrix.size(); i++) {
            for (int j = i + 1; j < matrix.size(); j++) {
                assertTrue(matrix.get(i).get(j).asDouble() < 0.5, "chosen pairs correlate under 0.5: " + matrix);
            }
        }
        // the portfolio's value is its sleeves' values summed, every day, from the capital on the first
        List<String> equity = Files.readAllLines(home.resolve("portfolio/equity.csv"));
        assertEquals(10_000.0, Double.parseDouble(equity.get(1).split(",")[1]), 1e-6);
        for (String line : equity.subList(1, equity.size())) {
            String[] cells = line.split(",");
            double sleeves = 0;
            for (int k = 2; k < cells.length; k++) {
                sleeves += Double.parseDouble(cells[k]);
            }
            assertEquals(Double.parseDouble(cells[1]), sleeves, 1e-6, line);
        }
    }
}
