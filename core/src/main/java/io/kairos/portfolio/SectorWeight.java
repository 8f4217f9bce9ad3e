package io.kairos.portfolio;

/**
 * A sector after the rebalance, against the universe.
 *
 * @param universeNames names of the sector in the eligible universe
 * @param universeShare those names over the universe's count
 * @param cap           max_sector_mult times the share, at most 1
 * @param weight        the sector's weight after the rebalance
 */
public record SectorWeight(String sector, int universeNames, double universeShare, double cap, double weight) {
}
