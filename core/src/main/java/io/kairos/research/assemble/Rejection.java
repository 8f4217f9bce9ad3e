package io.kairos.research.assemble;

/**
 * A kept leaderboard row the selection passed over, and why.
 *
 * @param with        the chosen strategy it moves too closely with; null when the reason is not a correlation
 * @param correlation its correlation with {@code with}; null likewise
 */
public record Rejection(Candidate candidate, String reason, Candidate with, Double correlation) {
}
