package io.kairos.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 4 of the rebalance: places a gross amount over names in proportion to their sizing weights,
 * with each name at most {@code nameCap} and each sector at most its cap. Capital a capped name or
 * sector cannot take goes to the names still free, by the same proportions; what no name can take
 * stays in cash. Each round fixes at least one name or sector, so it ends within n + sectors rounds; the
 * sector check runs even when no name is left free, since names fixed at the position cap can together
 * exceed their sector's cap.
 */
final class CapAllocator {

    /** Slack for rounding when comparing a weight with its cap. */
    static final double TOLERANCE = 1e-12;

    /**
     * @param weights         one per name, every cap respected
     * @param namesAtCap      names held at the position cap
     * @param sectorsAtCap    sector indices held at their cap
     * @param unplaced        gross that no name could take (goes to cash on top of what the target left)
     */
    record Result(double[] weights, int namesAtCap, List<Integer> sectorsAtCap, double unplaced) {
    }

    private CapAllocator() {
    }

    /**
     * @param gross       the total weight to place (at most 1)
     * @param proportions sizing weights, non-negative, summing to 1
     * @param sectors     each name's sector index into {@code sectorCaps}
     */
    static Result allocate(double gross, double[] proportions, int[] sectors, double nameCap, double[] sectorCaps) {
        int n = proportions.length;
        double[] weights = new double[n];
        boolean[] fixed = new boolean[n];
        boolean[] sectorFixed = new boolean[sectorCaps.length];
        List<Integer> sectorsAtCap = new ArrayList<>();
        int namesAtCap = 0;
        while (true) {
            double fixedWeight = 0;
            double freeProportion = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    fixedWeight += weights[i];
                } else {
                    freeProportion += proportions[i];
                }
            }
            double budget = Math.max(0, gross - fixedWeight);
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    weights[i] = freeProportion > 0 ? budget * proportions[i] / freeProportion : 0;
                }
            }
            int capped = capNames(weights, fixed, nameCap);
            if (capped > 0) {
                namesAtCap += capped;
                continue;
            }
            int sector = mostOverweightSector(weights, sectors, sectorCaps, sectorFixed);
            if (sector < 0) {
                break;
            }
            capSector(sector, weights, fixed, sectors, sectorCaps[sector]);
            sectorFixed[sector] = true;
            sectorsAtCap.add(sector);
        }
        double placed = 0;
        for (double weight : weights) {
            placed += weight;
        }
        return new Result(weights, namesAtCap, List.copyOf(sectorsAtCap), Math.max(0, gross - placed));
    }

    /** Fixes every free name above the cap at the cap; returns how many. */
    private static int capNames(double[] weights, boolean[] fixed, double nameCap) {
        int capped = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!fixed[i] && weights[i] > nameCap + TOLERANCE) {
                weights[i] = nameCap;
                fixed[i] = true;
                capped++;
            }
        }
        return capped;
    }

    /** The not yet capped sector whose weight exceeds its cap by the largest ratio, or -1. */
    private static int mostOverweightSector(double[] weights, int[] sectors, double[] sectorCaps, boolean[] sectorFixed) {
        double[] totals = sectorTotals(weights, sectors, sectorCaps.length);
        int worst = -1;
        double worstRatio = 1;
        for (int s = 0; s < sectorCaps.length; s++) {
            if (sectorFixed[s] || totals[s] <= sectorCaps[s] + TOLERANCE) {
                continue;
            }
            double ratio = sectorCaps[s] > 0 ? totals[s] / sectorCaps[s] : Double.POSITIVE_INFINITY;
            if (ratio > worstRatio) {
                worst = s;
                worstRatio = ratio;
            }
        }
        return worst;
    }

    /**
     * Brings the sector to its cap: its free names are scaled down so that the sector sums to the cap (all
     * of its names, when its names already at the position cap exceed it alone), then every name of it is fixed.
     */
    private static void capSector(int sector, double[] weights, boolean[] fixed, int[] sectors, double cap) {
        double fixedWeight = 0;
        double freeWeight = 0;
        for (int i = 0; i < weights.length; i++) {
            if (sectors[i] == sector) {
                if (fixed[i]) {
                    fixedWeight += weights[i];
                } else {
                    freeWeight += weights[i];
                }
            }
        }
        boolean scaleAll = fixedWeight > cap;
        double scale = scaleAll ? cap / (fixedWeight + freeWeight) : (freeWeight > 0 ? (cap - fixedWeight) / freeWeight : 0);
        for (int i = 0; i < weights.length; i++) {
            if (sectors[i] == sector) {
                if (scaleAll || !fixed[i]) {
                    weights[i] *= scale;
                }
                fixed[i] = true;
            }
        }
    }

    /**
     * {@code weights} brought within the caps by selling only: a name not listed gets 0, a name above the
     * position cap gets the cap, and a sector above its cap is scaled down to it.
     */
    static double[] clip(double[] weights, boolean[] listed, int[] sectors, double nameCap, double[] sectorCaps) {
        double[] clipped = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            clipped[i] = listed[i] ? Math.min(weights[i], nameCap) : 0;
        }
        double[] totals = sectorTotals(clipped, sectors, sectorCaps.length);
        for (int i = 0; i < weights.length; i++) {
            double total = totals[sectors[i]];
            double cap = sectorCaps[sectors[i]];
            if (total > cap + TOLERANCE) {
                clipped[i] *= cap / total;
            }
        }
        return clipped;
    }

    static double[] sectorTotals(double[] weights, int[] sectors, int sectorCount) {
        double[] totals = new double[sectorCount];
        for (int i = 0; i < weights.length; i++) {
            totals[sectors[i]] += weights[i];
        }
        return totals;
    }
}
