package io.kairos.research.assemble;

/** A kept leaderboard row with its result file read. */
public record Candidate(LeaderboardEntry row, ResultFile result) {

    /** {@code #1 sma_cross:fast=10,slow=30 on ORCL}. */
    public String label() {
        return "#" + row.rank() + " " + result.spec() + " on " + result.symbol();
    }
}
