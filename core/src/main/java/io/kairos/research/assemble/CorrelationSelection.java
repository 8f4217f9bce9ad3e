package io.kairos.research.assemble;

import io.kairos.research.Correlation;
import io.kairos.research.EquitySeries;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Greedy selection in rank order: a candidate is chosen when the Pearson correlation of its daily returns with every
 * strategy chosen before it is below {@code maxCorrelation}, until {@code maxStrategies} are chosen. A candidate is
 * passed over, with the reason, when it correlates at or above the limit with a chosen one (the highest such
 * correlation is named), when its value never moves (nothing to combine), or when it shares fewer than 3 dates (2
 * returns) with a chosen one (no correlation to measure).
 */
public final class CorrelationSelection {

    private CorrelationSelection() {
    }

    /**
     * @param candidates in rank order; read only as far as needed
     * @param total      how many candidates there are, to count those never looked at
     */
    public static Selection select(Iterator<Candidate> candidates, int total, double maxCorrelation, int maxStrategies) {
        List<Candidate> chosen = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        int seen = 0;
        while (chosen.size() < maxStrategies && candidates.hasNext()) {
            Candidate candidate = candidates.next();
            seen++;
            double[] own = EquitySeries.returns(candidate.result().equity().values());
            if (own.length == 0 || Moments.populationDeviation(own) == 0) {
                rejected.add(new Rejection(candidate, "its value never changes (no trade): nothing to combine", null, null));
                continue;
            }
            double[] row = new double[chosen.size() + 1];
            Rejection rejection = null;
            for (int i = 0; i < chosen.size() && rejection == null; i++) {
                Correlation correlation = Correlation.between(chosen.get(i).result().equity(), candidate.result().equity());
                if (correlation.returns() < 2) {
                    rejection = new Rejection(candidate, "shares fewer than 3 dates with " + chosen.get(i).label()
                            + ": too few to measure a correlation", chosen.get(i), null);
                }
                row[i] = correlation.value();
            }
            if (rejection == null) {
                int worst = -1;
                for (int i = 0; i < chosen.size(); i++) {
                    if (row[i] >= maxCorrelation && (worst < 0 || row[i] > row[worst])) {
                        worst = i;
                    }
                }
                if (worst >= 0) {
                    rejection = new Rejection(candidate, String.format(Locale.ROOT, "correlation %.3f with %s (limit %s)",
                            row[worst], chosen.get(worst).label(), maxCorrelation), chosen.get(worst), row[worst]);
                }
            }
            if (rejection != null) {
                rejected.add(rejection);
            } else {
                row[chosen.size()] = 1;
                chosen.add(candidate);
                rows.add(row);
            }
        }
        int n = chosen.size();
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                matrix[i][j] = rows.get(i)[j];
                matrix[j][i] = rows.get(i)[j];
            }
        }
        return new Selection(chosen, rejected, matrix, total - seen);
    }
}
