package io.kairos.execution.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.execution.OrderSide;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FillModelTest {

    /** Range 2 on a close of 50: the default full spread is 5% of 2/50 = 20 bps, half of it 10 bps. */
    private static final Bar BAR = new Bar(50, 51, 49, 50, 200_000);
    private static final double VOLATILITY = 0.02;
    private static final double ADV = 5_000_000;

    @Test
    void aBuyPaysHalfTheSpreadAndTheImpactAboveTheOpen() {
        // 1000 shares at the open of 50: $50,000, 1% of the ADV. Impact 0.1 * 0.02 * sqrt(0.01) = 0.0002 (2 bps).
        // Price 50 * (1 + 0.001 + 0.0002) = 50.06. Commission 1000 * 0.005 = 5.00 (1 bp).
        Fill fill = FillModel.DEFAULTS.fill(OrderSide.BUY, shares(1000), BAR, VOLATILITY, ADV);
        assertAmount("1000", fill.filledQty());
        assertAmount("0", fill.remainingQty());
        assertAmount("50", fill.referencePrice());
        assertAmount("50.06", fill.executionPrice());
        assertCost("5.00", 1, fill.commission());
        assertCost("50.00", 10, fill.spread());
        assertCost("10.00", 2, fill.impact());
        assertCost("65.00", 13, fill.total());
        // pays 1000 * 50.06 + 5.00
        assertAmount("-50065.00", fill.cashFlow());
    }

    @Test
    void aSellReceivesLessThanTheOpenByTheSameCosts() {
        // 50 * (1 - 0.001 - 0.0002) = 49.94; receives 1000 * 49.94 - 5.00.
        Fill fill = FillModel.DEFAULTS.fill(OrderSide.SELL, shares(1000), BAR, VOLATILITY, ADV);
        assertAmount("49.94", fill.executionPrice());
        assertCost("50.00", 10, fill.spread());
        assertCost("10.00", 2, fill.impact());
        assertAmount("49935.00", fill.cashFlow());
    }

    @Test
    void aSmallOrderPaysTheMinimumCommission() {
        // 100 * 0.005 = 0.50, below the 1.00 minimum; 1.00 of $5,000 is 2 bps.
        // Impact 0.1 * 0.02 * sqrt(5,000 / 5,000,000) = 0.002 * 0.0316228 = 0.0000632 (0.632 bps, $0.32).
        Fill fill = FillModel.DEFAULTS.fill(OrderSide.BUY, shares(100), BAR, VOLATILITY, ADV);
        assertCost("1.00", 2, fill.commission());
        assertCost("0.32", 0.6325, fill.impact());
        // 50 * (1 + 0.001 + 0.0000632) = 50.05316
        assertAmount("50.0532", fill.executionPrice());
    }

    @Test
    void aCommissionInBasisPointsIsAFractionOfTheValue() {
        // 2.5 bps of 1000 * 50 = 12.50
        CostModel costs = new CostModel(new Commission.BasisPoints(2.5), CostModel.DEFAULTS.spread(), 0.1, 0.05);
        Fill fill = new FillModel(costs, ReferencePrice.OPEN).fill(OrderSide.BUY, shares(1000), BAR, VOLATILITY, ADV);
        assertCost("12.50", 2.5, fill.commission());
    }

    @Test
    void theParticipationCapLeavesTheRestForLaterSessions() {
        // 5% of 10,019 shares is 500.95: 500 whole shares fill, 500 remain. $25,000 is 0.5% of the ADV:
        // impact 0.002 * sqrt(0.005) = 0.000141421 (1.414 bps, $3.54); spread 10 bps of $25,000 = 25.00;
        // price 50 * 1.001141421 = 50.05707; commission 500 * 0.005 = 2.50.
        Fill fill = FillModel.DEFAULTS.fill(OrderSide.BUY, shares(1000), new Bar(50, 51, 49, 50, 10_019), VOLATILITY, ADV);
        assertAmount("500", fill.filledQty());
        assertAmount("500", fill.remainingQty());
        assertAmount("50.0571", fill.executionPrice());
        assertCost("25.00", 10, fill.spread());
        assertCost("3.54", 1.4142, fill.impact());
        assertCost("2.50", 1, fill.commission());
    }

    @Test
    void nothingFillsOnADayWithoutVolume() {
        Fill fill = FillModel.DEFAULTS.fill(OrderSide.BUY, shares(1000), new Bar(50, 51, 49, 50, 0), VOLATILITY, 0);
        assertFalse(fill.filledAny());
        assertAmount("0", fill.filledQty());
        assertAmount("1000", fill.remainingQty());
        assertAmount("50", fill.executionPrice());
        assertCost("0", 0, fill.total());
        assertAmount("0", fill.cashFlow());
    }

    @Test
    void atTheCloseTheReferenceIsTheClose() {
        // Close 51, range 4: full spread 0.05 * 4 / 51, half of it 0.1 / 51; no volatility, no impact.
        // 51 * (1 + 0.1 / 51) = 51.10; spread 100 * 0.10 = 10.00, 0.1 / 51 = 19.61 bps.
        Fill fill = new FillModel(CostModel.DEFAULTS, ReferencePrice.CLOSE).fill(OrderSide.BUY, shares(100),
                new Bar(50, 52, 48, 51, 200_000), 0, ADV);
        assertAmount("51", fill.referencePrice());
        assertAmount("51.10", fill.executionPrice());
        assertCost("10.00", 19.6078, fill.spread());
        assertCost("0", 0, fill.impact());
    }

    @Test
    void aFlatBarStillPaysTheSpreadFloor() {
        // high == low: the 2 bps floor, 1 bp each way. 20 * (1 - 0.0001) = 19.998; 1000 * 20 * 0.0001 = 2.00.
        Fill fill = FillModel.DEFAULTS.fill(OrderSide.SELL, shares(1000), new Bar(20, 20, 20, 20, 1_000_000), 0, ADV);
        assertAmount("19.998", fill.executionPrice());
        assertCost("2.00", 1, fill.spread());
    }

    @Test
    void aQuotedSpreadReplacesTheRangeEstimate() {
        // 4 bps quoted: 2 bps each way; 50 * 1.0002 = 50.01; 1000 * 50 * 0.0002 = 10.00.
        CostModel costs = new CostModel(CostModel.DEFAULTS.commission(), new SpreadEstimate.Quoted(4), 0.1, 0.05);
        Fill fill = new FillModel(costs, ReferencePrice.OPEN).fill(OrderSide.BUY, shares(1000), BAR, 0, ADV);
        assertAmount("50.01", fill.executionPrice());
        assertCost("10.00", 2, fill.spread());
    }

    @Test
    void aFillAtAGivenPricePaysOnlyCommission() {
        // 10 * 0.005 = 0.05, so the 1.00 minimum; pays 10 * 123.45 + 1.00.
        Fill fill = FillModel.DEFAULTS.atPrice(OrderSide.BUY, shares(10), new BigDecimal("123.45"));
        assertAmount("123.45", fill.executionPrice());
        assertCost("1.00", 8.1004, fill.commission());
        assertAmount("-1235.50", fill.cashFlow());
    }

    @Test
    void impactNeedsAPositiveAdvWhenSomethingFills() {
        assertThrows(IllegalArgumentException.class, () -> FillModel.DEFAULTS.fill(OrderSide.BUY, shares(10), BAR, VOLATILITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new CostModel(CostModel.DEFAULTS.commission(),
                CostModel.DEFAULTS.spread(), 0.1, 0));
    }

    private static BigDecimal shares(long qty) {
        return BigDecimal.valueOf(qty);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + ", got " + actual);
    }

    private static void assertCost(String dollars, double bps, Cost cost) {
        assertAmount(dollars, cost.dollars());
        assertEquals(bps, cost.bps(), 1e-4);
    }
}
