package io.kairos.research.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.research.ResearchMetrics;
import io.kairos.research.ResearchResult;
import io.kairos.research.ResearchSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The leaderboard's score, consistency and discards on hand-made runs (windows of 3 bars every 2 bars, from bar 1). */
class LeaderboardTest {

    private static final LeaderboardRules RULES = new LeaderboardRules(3, 2, 10, 3, 1_000_000, 0.9);

    /** A run of {@code symbol} whose end-of-bar values are {@code equity}, first signal on bar 1. */
    private static ResearchResult run(String symbol, int fast, double sharpe, double maxDrawdownPct, int trades, double... equity) {
        List<LocalDate> dates = new ArrayList<>();
        for (int t = 0; t < equity.length; t++) {
            dates.add(LocalDate.of(2024, 1, 1).plusDays(t));
        }
        ResearchMetrics metrics = new ResearchMetrics(equity.length, equity[equity.length - 1], equity[equity.length - 1] / 1000 - 1,
                null, sharpe, maxDrawdownPct, trades, null, null, 0.5, 0);
        Map<String, Number> parameters = new LinkedHashMap<>();
        parameters.put("fast", fast);
        parameters.put("slow", 30);
        return new ResearchResult(symbol, "sma_cross", parameters, new ResearchSettings(1000, 0, 0.95), 1, dates,
                equity, List.of(), Optional.empty(), 0, metrics);
    }

    @Test
    void consistencyIsTheShareOfRisingWindowsAfterTheFirstSignal() {
        // windows start on bars 1, 3, 5 and end 3 bars later: 1->4 rises (1000 -> 1030), 3->6 falls (1020 -> 990), 5->8 rises
        ResearchResult result = run("X", 10, 1, 0, 10, 1000, 1000, 1010, 1020, 1030, 1000, 990, 1005, 1010, 1010);
        assertEquals(2.0 / 3, Leaderboard.consistency(result, RULES), 1e-12);
    }

    @Test
    void theScoreIsSharpeTimesConsistencyTimesTheDrawdownKeptTimesTheTradeShare() {
        ResearchResult result = run("X", 10, 1.5, 20, 5, 1000, 1000);
        // 1.5 x 0.5 x (1 - 0.20) x min(1, 5 / 10) = 0.3
        assertEquals(0.3, Leaderboard.score(result.metrics(), 0.5, RULES), 1e-12);
        assertEquals(0.0, Leaderboard.score(run("X", 10, 1.5, 20, 0, 1000, 1000).metrics(), 0.5, RULES), "no trades, no score");
    }

    @Test
    void illiquidSymbolsTooFewTradesAndNearIdenticalRunsOfASymbolAreDiscarded() {
        double[] path = {1000, 1000, 1010, 1020, 1030, 1040, 1050};
        ResearchResult best = run("X", 10, 2.0, 10, 10, path);
        ResearchResult nearTwin = run("X", 11, 1.9, 10, 10, 1000, 1000, 1010.1, 1020.2, 1030.2, 1040.1, 1050);
        ResearchResult otherPath = run("X", 20, 1.0, 10, 10, 1000, 1000, 990, 1000, 1010, 1030, 1035);
        ResearchResult illiquid = run("Y", 10, 3.0, 10, 10, path);
        ResearchResult fewTrades = run("Z", 10, 3.0, 10, 2, path);
        Map<String, Double> adv = Map.of("X", 2_000_000.0, "Y", 500_000.0, "Z", 5_000_000.0);

        List<LeaderboardRow> board = Leaderboard.rank(List.of(otherPath, nearTwin, illiquid, best, fewTrades), adv, RULES);

        // discarded by score: Y 3.0 x 1 x 0.9 = 2.7; the twin 1.9 x 1 x 0.9 = 1.71; Z 3.0 x 1 x 0.9 x 2/10 = 0.54
        assertEquals(List.of("X:10:kept:1", "X:20:kept:2", "Y:10:illiquid:0", "X:11:duplicate:0", "Z:10:too_few_trades:0"),
                board.stream().map(row -> row.result().symbol() + ":" + row.result().parameters().get("fast") + ":" + row.status() + ":"
                        + row.rank()).toList(), "kept by rank, then the discarded by score");
        assertTrue(board.get(3).reason().startsWith("daily returns correlate 1.000"), board.get(3).reason());
        assertTrue(board.get(3).reason().endsWith("with rank 1 (sma_cross:fast=10,slow=30)"), board.get(3).reason());
        assertEquals("average dollar volume 500000 is under 1000000", board.get(2).reason());
        assertEquals("2 closed trades, fewer than 3", board.get(4).reason());

        String csv = Leaderboard.csv(board);
        // best: windows from bar 1 (1000 -> 1030) and bar 3 (1020 -> 1050) both rise; 2.0 x 1 x 0.9 x 1 = 1.8
        assertEquals(Leaderboard.CSV_HEADER, csv.lines().findFirst().orElseThrow());
        assertEquals("1,X,sma_cross,\"fast=10,slow=30\",X_sma_cross_fast=10_slow=30.json,1.8000,2.0000,1.0000,10.00,10,0.050000,,"
                + "2000000,kept,", csv.lines().skip(1).findFirst().orElseThrow());
    }
}
