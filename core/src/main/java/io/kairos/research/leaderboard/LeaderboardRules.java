package io.kairos.research.leaderboard;

/**
 * How the leaderboard scores and filters research runs (docs/RESEARCH.md, "The leaderboard").
 *
 * @param window         bars in each rolling window of the consistency measure (63: a quarter)
 * @param step           bars between the starts of two windows (21: a month)
 * @param fullTrades     closed trades from which the trade count no longer lowers the score
 * @param minTrades      fewer closed trades than this and the run is discarded (too_few_trades)
 * @param minAdv         dollars of average daily volume (close x volume over the run) a symbol needs (else illiquid)
 * @param maxCorrelation daily-return correlation above which a run of the same symbol is a duplicate of a better one
 */
public record LeaderboardRules(int window, int step, int fullTrades, int minTrades, double minAdv, double maxCorrelation) {

    public static LeaderboardRules withMinAdv(double minAdv) {
        return new LeaderboardRules(63, 21, 10, 3, minAdv, 0.9);
    }

    public LeaderboardRules {
        if (window < 2 || step < 1 || fullTrades < 1 || minTrades < 0 || minAdv < 0 || !(maxCorrelation > -1 && maxCorrelation <= 1)) {
            throw new IllegalArgumentException("leaderboard rules out of range: window " + window + ", step " + step + ", full trades "
                    + fullTrades + ", min trades " + minTrades + ", min ADV " + minAdv + ", max correlation " + maxCorrelation);
        }
    }
}
