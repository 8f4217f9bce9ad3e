package io.kairos.execution.records;

import java.util.List;

/**
 * What {@code kairos reconcile} found.
 *
 * @param initialised true when the venue had no local records, which were then taken from the broker as they stand
 * @param repaired    true when the local records were set to the broker's truth (false for a dry run)
 */
public record ReconcileResult(String venue, boolean initialised, int ordersCompared, int positionsCompared,
        List<Difference> differences, boolean repaired) {

    /** The differences an operator must look at. */
    public long breaks() {
        return differences.stream().filter(difference -> difference.kind().unexplained()).count();
    }
}
