package io.kairos.research.assemble;

import io.kairos.research.smallaccount.SmallAccountResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The combination's backtest: its value at every close of its dates, and either its sleeves (whose values sum to it)
 * or the small-account simulator's run.
 */
public record PortfolioRun(LocalDate[] dates, double[] values, List<Sleeve> sleeves, Optional<SmallAccountResult> smallAccount) {

    public PortfolioRun {
        sleeves = List.copyOf(sleeves);
    }
}
