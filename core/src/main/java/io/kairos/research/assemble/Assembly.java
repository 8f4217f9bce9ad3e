package io.kairos.research.assemble;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One assembled portfolio: where its candidates came from, what was chosen and passed over, the weights (empty under
 * the small-account rules, which size each trade themselves), the backtest over {@code start..end} and its figures.
 *
 * @param kept how many kept rows the leaderboard has
 */
public record Assembly(Path researchFolder, int kept, AssemblySettings settings, Selection selection, double[] weights,
        LocalDate start, LocalDate end, PortfolioRun run, PortfolioFigures figures) {
}
