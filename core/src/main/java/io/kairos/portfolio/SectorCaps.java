package io.kairos.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sectors of a rebalance and their caps: a sector may hold at most {@code max_sector_mult} times its
 * share of the eligible universe's names (at most 100%). A sector of a prior holding that has no name in
 * the universe has a share, and a cap, of 0. Sectors are indexed in name order, universe sectors first.
 */
final class SectorCaps {

    private final List<String> names;
    private final int[] universeNames;
    private final int universeSize;
    private final double[] caps;

    private SectorCaps(List<String> names, int[] universeNames, int universeSize, double multiple) {
        this.names = names;
        this.universeNames = universeNames;
        this.universeSize = universeSize;
        this.caps = new double[names.size()];
        for (int s = 0; s < caps.length; s++) {
            caps[s] = Math.min(1, multiple * share(s));
        }
    }

    static SectorCaps of(List<Candidate> universe, List<Candidate> inPlay, double multiple) {
        Map<String, Integer> counts = new TreeMap<>();
        universe.forEach(candidate -> counts.merge(candidate.sector(), 1, Integer::sum));
        List<String> names = new ArrayList<>(counts.keySet());
        inPlay.stream().map(Candidate::sector).filter(sector -> !counts.containsKey(sector)).distinct().sorted().forEach(names::add);
        int[] universeNames = names.stream().mapToInt(name -> counts.getOrDefault(name, 0)).toArray();
        return new SectorCaps(List.copyOf(names), universeNames, universe.size(), multiple);
    }

    int index(String sector) {
        int index = names.indexOf(sector);
        if (index < 0) {
            throw new IllegalArgumentException("unknown sector " + sector);
        }
        return index;
    }

    String name(int sector) {
        return names.get(sector);
    }

    double share(int sector) {
        return (double) universeNames[sector] / universeSize;
    }

    double[] caps() {
        return caps.clone();
    }

    /** Each sector's weight under {@code weights} (indexed by {@code sectors}), beside its share and cap. */
    List<SectorWeight> weights(double[] weights, int[] sectors) {
        double[] totals = CapAllocator.sectorTotals(weights, sectors, names.size());
        List<SectorWeight> result = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            result.add(new SectorWeight(names.get(s), universeNames[s], share(s), caps[s], totals[s]));
        }
        return result;
    }
}
