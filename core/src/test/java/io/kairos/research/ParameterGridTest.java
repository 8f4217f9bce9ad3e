package io.kairos.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParameterGridTest {

    private final StrategyCatalog catalog = StrategyCatalog.standard();

    @Test
    void listsAndRangesExpandFirstParameterSlowestSkippingPointsTheStrategyRefuses() {
        ParameterGrid.Expansion grid = ParameterGrid.expand("sma_cross:fast=5,10,20;slow=10..30:10", catalog);
        assertEquals(List.of("sma_cross:fast=5,slow=10", "sma_cross:fast=5,slow=20", "sma_cross:fast=5,slow=30",
                "sma_cross:fast=10,slow=20", "sma_cross:fast=10,slow=30", "sma_cross:fast=20,slow=30"),
                grid.points().stream().map(StrategySpec::toString).toList());
        assertEquals(List.of("skipped sma_cross:fast=10,slow=10: sma_cross needs 1 <= fast < slow, not fast=10 slow=10",
                "skipped sma_cross:fast=20,slow=10: sma_cross needs 1 <= fast < slow, not fast=20 slow=10",
                "skipped sma_cross:fast=20,slow=20: sma_cross needs 1 <= fast < slow, not fast=20 slow=20"), grid.skipped());
    }

    @Test
    void parametersNotNamedKeepTheirDefaultsAndDecimalStepsStayDecimal() {
        assertEquals(List.of("vol_breakout:period=20,k=1", "vol_breakout:period=20,k=1.5", "vol_breakout:period=20,k=2"),
                ParameterGrid.expand("vol_breakout:k=1..2:0.5", catalog).points().stream().map(StrategySpec::toString).toList());
        assertEquals(List.of("rsi:period=14,low=20,high=70", "rsi:period=14,low=20.3,high=70"),
                ParameterGrid.expand("rsi:low=20..20.3:0.3", catalog).points().stream().map(StrategySpec::toString).toList());
    }

    @Test
    void badGridsAreUsageErrors() {
        assertTrue(usageError("sma_cross:fast=5..1").contains("the range 5..1 needs FROM <= TO"));
        assertTrue(usageError("sma_cross:fast").contains("parameter fast has no values"));
        assertTrue(usageError("sma_cross:fast=40;slow=30").contains("every point was skipped"));
        assertTrue(usageError("nope:fast=1").contains("unknown strategy 'nope'"));
    }

    @Test
    void aParallelSweepGivesTheSameResultsInTheSameOrderAsASequentialOne() {
        Random random = new Random(3);
        List<Bars> symbols = List.of(randomWalk("AAA", random), randomWalk("BBB", random), randomWalk("CCC", random));
        List<StrategySpec> specs = ParameterGrid.expand("sma_cross:fast=3..15:3;slow=20,40", catalog).points();
        ResearchSettings settings = new ResearchSettings(10_000, 0.001, 0.95);
        List<ResearchResult> sequential = ResearchSweep.run(symbols, specs, catalog, settings, 1);
        List<ResearchResult> parallel = ResearchSweep.run(symbols, specs, catalog, settings, 4);
        assertEquals(3 * 10, parallel.size());
        for (int i = 0; i < sequential.size(); i++) {
            ResearchResult a = sequential.get(i);
            ResearchResult b = parallel.get(i);
            assertEquals(symbols.get(i / 10).symbol(), b.symbol());
            assertEquals(specs.get(i % 10), b.spec());
            assertEquals(a.trades(), b.trades());
            assertEquals(a.metrics(), b.metrics());
            assertEquals(a.open(), b.open());
            assertTrue(java.util.Arrays.equals(a.equity(), b.equity()));
        }
        assertTrue(sequential.stream().mapToInt(r -> r.trades().size()).sum() > 30, "the random walks should trade");
    }

    private static Bars randomWalk(String symbol, Random random) {
        int n = 800;
        double[] close = new double[n];
        double[] open = new double[n];
        double price = 50;
        for (int i = 0; i < n; i++) {
            open[i] = price * (1 + 0.005 * random.nextGaussian());
            price *= 1 + 0.02 * random.nextGaussian();
            close[i] = price;
        }
        Bars bars = TestBars.of(open, close);
        return new Bars(symbol, bars.dates().toArray(java.time.LocalDate[]::new), open, bars.high(), bars.low(), close, bars.volume());
    }

    private String usageError(String text) {
        KairosException error = assertThrows(KairosException.class, () -> ParameterGrid.expand(text, catalog));
        assertEquals(KairosException.Kind.USAGE, error.kind());
        return error.getMessage();
    }
}
