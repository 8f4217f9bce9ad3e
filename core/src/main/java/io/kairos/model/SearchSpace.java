package io.kairos.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hyperparameters training may choose from, and the settings it never varies. Returns are
 * mostly noise, so the candidates are shallow, slowly learning trees with large leaves; row and
 * column subsampling regularise further and make the seed matter.
 */
final class SearchSpace {

    /** Tried in this order; a tie goes to the earlier one. */
    static final List<HyperParameters> CANDIDATES = List.of(
            new HyperParameters(3, 0.10, 50, 100),
            new HyperParameters(5, 0.10, 50, 100),
            new HyperParameters(3, 0.05, 200, 100),
            new HyperParameters(5, 0.05, 200, 100));

    /** XGBoost settings shared by every candidate. */
    static final Map<String, Object> FIXED = fixed();

    private SearchSpace() {
    }

    /** The full XGBoost parameter map of {@code candidate} with {@code seed}. */
    static Map<String, Object> xgboostParameters(HyperParameters candidate, long seed) {
        Map<String, Object> parameters = new LinkedHashMap<>(FIXED);
        parameters.put("max_depth", candidate.maxDepth());
        parameters.put("eta", candidate.eta());
        parameters.put("min_child_weight", candidate.minChildWeight());
        parameters.put("seed", seed);
        return parameters;
    }

    private static Map<String, Object> fixed() {
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("objective", "binary:logistic");
        fixed.put("tree_method", "hist");
        fixed.put("max_bin", 64);
        fixed.put("subsample", 0.8);
        fixed.put("colsample_bytree", 0.5);
        // XGBoost prints to stdout above 0
        fixed.put("verbosity", 0);
        return Collections.unmodifiableMap(fixed);
    }
}
