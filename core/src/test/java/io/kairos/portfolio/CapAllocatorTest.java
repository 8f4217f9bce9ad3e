package io.kairos.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CapAllocatorTest {

    @Test
    void cappedNamesPassTheirExcessToTheOthersInProportion() {
        // [0.4, 0.3, 0.2, 0.1], cap 0.3: 0.4 -> 0.3; 0.7 over [0.3, 0.2, 0.1] gives 0.35 -> 0.3; 0.4 over [0.2, 0.1]
        // gives 0.2667 and 0.1333.
        CapAllocator.Result result = CapAllocator.allocate(1.0, new double[] {0.4, 0.3, 0.2, 0.1}, new int[] {0, 0, 0, 0}, 0.3,
                new double[] {1.0});
        assertArrayEquals(new double[] {0.3, 0.3, 0.4 * 2 / 3, 0.4 / 3}, result.weights(), 1e-15);
        assertEquals(2, result.namesAtCap());
        assertEquals(0, result.unplaced(), 1e-15);
    }

    @Test
    void tooFewNamesForTheCapLeaveCash() {
        CapAllocator.Result result = CapAllocator.allocate(1.0, new double[] {0.5, 0.3, 0.2}, new int[] {0, 0, 0}, 0.3,
                new double[] {1.0});
        assertArrayEquals(new double[] {0.3, 0.3, 0.3}, result.weights(), 1e-15);
        assertEquals(0.1, result.unplaced(), 1e-15);
    }

    @Test
    void aSectorAboveItsCapIsScaledDownAndTheRestGoesElsewhere() {
        // Sector 0 holds 0.7 against a cap of 0.5: scaled by 5/7 to 0.2857 and 0.2143; the 0.5 left goes to
        // sector 1 in its proportions 2:1.
        CapAllocator.Result result = CapAllocator.allocate(1.0, new double[] {0.4, 0.3, 0.2, 0.1}, new int[] {0, 0, 1, 1}, 1.0,
                new double[] {0.5, 1.0});
        assertArrayEquals(new double[] {0.4 * 5 / 7, 0.3 * 5 / 7, 0.5 * 2 / 3, 0.5 / 3}, result.weights(), 1e-15);
        assertEquals(List.of(0), result.sectorsAtCap());
    }

    @Test
    void namesAtTheirCapAboveTheSectorCapAreScaledToIt() {
        // Both names of sector 0 reach the 0.3 position cap first (0.6), above the sector cap of 0.4: 0.2 each.
        CapAllocator.Result result = CapAllocator.allocate(1.0, new double[] {0.4, 0.4, 0.2}, new int[] {0, 0, 1}, 0.3,
                new double[] {0.4, 1.0});
        assertArrayEquals(new double[] {0.2, 0.2, 0.3}, result.weights(), 1e-15);
        assertEquals(0.3, result.unplaced(), 1e-15);
    }

    @Test
    void randomCasesNeverBreakACap() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + random.nextInt(40);
            int sectorCount = 1 + random.nextInt(5);
            double[] proportions = new double[n];
            int[] sectors = new int[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                proportions[i] = random.nextDouble() < 0.1 ? 0 : random.nextDouble();
                sectors[i] = random.nextInt(sectorCount);
                sum += proportions[i];
            }
            if (sum == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                proportions[i] /= sum;
            }
            double[] sectorCaps = new double[sectorCount];
            for (int s = 0; s < sectorCount; s++) {
                sectorCaps[s] = random.nextDouble();
            }
            double nameCap = 0.01 + random.nextDouble() * 0.3;
            double gross = random.nextDouble();
            CapAllocator.Result result = CapAllocator.allocate(gross, proportions, sectors, nameCap, sectorCaps);
            double[] totals = CapAllocator.sectorTotals(result.weights(), sectors, sectorCount);
            double placed = 0;
            for (double weight : result.weights()) {
                assertTrue(weight >= 0 && weight <= nameCap + 1e-12, "trial " + trial);
                placed += weight;
            }
            for (int s = 0; s < sectorCount; s++) {
                assertTrue(totals[s] <= sectorCaps[s] + 1e-12, "trial " + trial + " sector " + s);
            }
            assertEquals(gross, placed + result.unplaced(), 1e-12, "trial " + trial);
        }
    }
}
