package io.kairos.research;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Runs every strategy spec on every symbol, in parallel over {@code threads} workers: each run is independent (its own
 * strategy, the bars shared read-only), and the results come back in a fixed order, symbol by symbol in the order given,
 * then spec by spec, so the same sweep gives the same results whatever the thread count.
 */
public final class ResearchSweep {

    private ResearchSweep() {
    }

    public static List<ResearchResult> run(List<Bars> symbols, List<StrategySpec> specs, StrategyCatalog catalog,
            ResearchSettings settings, int threads) {
        int runs = symbols.size() * specs.size();
        if (threads <= 1) {
            return IntStream.range(0, runs).mapToObj(i -> one(symbols, specs, catalog, settings, i)).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> IntStream.range(0, runs).parallel()
                    .mapToObj(i -> one(symbols, specs, catalog, settings, i)).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the research sweep was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static ResearchResult one(List<Bars> symbols, List<StrategySpec> specs, StrategyCatalog catalog,
            ResearchSettings settings, int index) {
        return BacktraderEngine.run(symbols.get(index / specs.size()), catalog.create(specs.get(index % specs.size())), settings);
    }
}
