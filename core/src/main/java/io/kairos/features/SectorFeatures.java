package io.kairos.features;

import java.util.Arrays;

/**
 * Features relative to the ticker's GICS sector (from {@code tickers.sector}) on the date. A ticker
 * without a sector gets NULL, and so does one whose own input is NULL (sector momentum is not
 * handed to a ticker still warming up).
 */
final class SectorFeatures {

    private static final Feature[] OUTPUTS = {
        Feature.SECTOR_MOM_63D, Feature.SECTOR_REL_MOM_63D, Feature.SECTOR_Z_MOM_12_1, Feature.SECTOR_RANK_VOL_60};

    private final Universe universe;
    private final CrossSection ranks = new CrossSection();
    /** The day's rows grouped by sector, in row order within a sector; sector s is {@code members[starts[s]..starts[s+1])}. */
    private int[] members = new int[0];
    private final int[] starts;
    private double[] gathered = new double[0];
    private double[] computed = new double[0];

    SectorFeatures(Universe universe) {
        this.universe = universe;
        starts = new int[universe.sectorCount() + 1];
    }

    void compute(PriceDay day, Columns columns) {
        int n = day.size;
        if (members.length < n) {
            members = new int[n];
            gathered = new double[n];
            computed = new double[n];
        }
        for (Feature output : OUTPUTS) {
            Arrays.fill(columns.of(output), 0, n, Double.NaN);
        }
        group(day);
        for (int sector = 0; sector < universe.sectorCount(); sector++) {
            int from = starts[sector];
            int size = starts[sector + 1] - from;
            if (size > 0) {
                computeSector(columns, from, size);
            }
        }
    }

    /** A counting sort of the day's rows by sector; rows without a sector are left out. */
    private void group(PriceDay day) {
        Arrays.fill(starts, 0);
        for (int row = 0; row < day.size; row++) {
            int sector = universe.sectorOf(day.tickerIds[row]);
            if (sector != Universe.NO_SECTOR) {
                starts[sector + 1]++;
            }
        }
        for (int sector = 0; sector < universe.sectorCount(); sector++) {
            starts[sector + 1] += starts[sector];
        }
        int[] next = Arrays.copyOf(starts, starts.length);
        for (int row = 0; row < day.size; row++) {
            int sector = universe.sectorOf(day.tickerIds[row]);
            if (sector != Universe.NO_SECTOR) {
                members[next[sector]++] = row;
            }
        }
    }

    private void computeSector(Columns columns, int from, int size) {
        double[] momentum = gather(columns.of(Feature.MOM_63D), from, size);
        double sectorMomentum = CrossSection.mean(momentum, size);
        for (int i = 0; i < size; i++) {
            boolean own = Double.isFinite(momentum[i]);
            columns.set(Feature.SECTOR_MOM_63D, members[from + i], own ? sectorMomentum : Double.NaN);
            columns.set(Feature.SECTOR_REL_MOM_63D, members[from + i], momentum[i] - sectorMomentum);
        }
        CrossSection.zScores(gather(columns.of(Feature.MOM_12_1), from, size), size, computed);
        scatter(computed, from, size, columns.of(Feature.SECTOR_Z_MOM_12_1));
        ranks.percentileRanks(gather(columns.of(Feature.VOL_60), from, size), size, computed);
        scatter(computed, from, size, columns.of(Feature.SECTOR_RANK_VOL_60));
    }

    private double[] gather(double[] column, int from, int size) {
        for (int i = 0; i < size; i++) {
            gathered[i] = column[members[from + i]];
        }
        return gathered;
    }

    private void scatter(double[] values, int from, int size, double[] column) {
        for (int i = 0; i < size; i++) {
            column[members[from + i]] = values[i];
        }
    }
}
