package io.kairos.portfolio;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the prior holdings come from: the store's last picks, nowhere (a fresh start), a file, or weights the
 * caller read elsewhere (the broker's positions, valued against its equity).
 *
 * @param file        the file, for FILE
 * @param weights     the weights by ticker, for GIVEN
 * @param description where GIVEN weights came from, said in the summary
 */
public record PriorRequest(Source source, Path file, Map<String, Double> weights, String description) {

    public enum Source {
        STORE,
        NONE,
        FILE,
        GIVEN
    }

    public static final PriorRequest STORE = new PriorRequest(Source.STORE, null, Map.of(), null);
    public static final PriorRequest NONE = new PriorRequest(Source.NONE, null, Map.of(), null);

    public PriorRequest {
        weights = Map.copyOf(weights);
    }

    public static PriorRequest file(Path file) {
        return new PriorRequest(Source.FILE, file, Map.of(), null);
    }

    public static PriorRequest given(String description, Map<String, Double> weights) {
        return new PriorRequest(Source.GIVEN, null, weights, description);
    }
}
