package io.kairos.research.assemble;

/**
 * A kept row of a research folder's {@code leaderboard.csv}: its place, what it ran, and where the run's result file is.
 *
 * @param resultFile the result JSON's file name, in the leaderboard's folder
 * @param sharpe     the run's Sharpe ratio; null when the cell is empty (undefined)
 */
public record LeaderboardEntry(int rank, String symbol, String strategy, String parameters, String resultFile, Double sharpe) {
}
