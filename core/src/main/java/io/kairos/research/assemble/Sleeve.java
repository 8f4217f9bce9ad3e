package io.kairos.research.assemble;

import io.kairos.research.ResearchResult;

/**
 * One chosen strategy's part of the portfolio: its weight, the cash it starts with ({@code weight x capital}), its own
 * engine run on its symbol's bars, and that run's end-of-bar values on the portfolio's dates.
 */
public record Sleeve(Candidate candidate, double weight, double cash, ResearchResult run, double[] values) {
}
