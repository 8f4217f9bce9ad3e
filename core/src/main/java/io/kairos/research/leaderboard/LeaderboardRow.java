package io.kairos.research.leaderboard;

import io.kairos.research.ResearchResult;

/**
 * One run on the leaderboard.
 *
 * @param rank        1 for the best kept run; 0 for a discarded one
 * @param consistency the share of rolling windows after the first signal in which the value rose
 * @param adv         the symbol's average dollar volume over the run
 * @param status      {@code kept}, {@code illiquid}, {@code too_few_trades} or {@code duplicate}
 * @param reason      why it was discarded, empty when kept
 */
public record LeaderboardRow(int rank, ResearchResult result, double score, double consistency, double adv, String status,
        String reason) {

    public boolean kept() {
        return rank > 0;
    }
}
