package io.kairos.portfolio;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rebalance decided, and why.
 *
 * @param listed        names with a feat_matrix row on the data date
 * @param universe      of those, the names eligible (liquid, with a volatility and an alpha)
 * @param rows          holdings after the rebalance and names sold out of, by weight then ticker
 * @param sizedVol      ex-ante volatility of the sized top names at 100% gross
 * @param targetGross   the gross that meets target_vol, at most 1
 * @param exAnteVol     ex-ante volatility of the final weights
 * @param turnover      half the sum of absolute weight changes from the prior
 * @param tradeFraction how far from the prior toward the blend the trade went (1 with no prior)
 * @param binding       the constraints that bound, one sentence each
 * @param readiness     the readiness checks, with the checks of the result (turnover, position size) after them
 */
public record Picks(LocalDate date, LocalDate dataDate, String modelId, int fold, String sizing, String priorSource, int listed,
        int universe, List<PickRow> rows, List<SectorWeight> sectors, double sizedVol, double targetGross, double gross,
        double exAnteVol, double turnover, double tradeFraction, List<String> binding, Readiness readiness) {

    public Picks {
        rows = List.copyOf(rows);
        sectors = List.copyOf(sectors);
        binding = List.copyOf(binding);
    }

    public double cash() {
        return Math.max(0, 1 - gross);
    }

    public long holdings() {
        return rows.stream().filter(row -> row.weight() > 0).count();
    }
}
