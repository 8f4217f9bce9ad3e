package io.kairos.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Samples with what happened next: the 0/1 label and forward return of every row (labels.label,
 * labels.fwd_ret), and for every date the latest exit date among its labels, which the purge needs.
 */
record LabelledSamples(Samples samples, float[] labels, double[] forwardReturns, List<LocalDate> lastExits)
        implements AutoCloseable {

    LabelledSamples {
        if (labels.length != samples.rows() || forwardReturns.length != samples.rows()
                || lastExits.size() != samples.dates().size()) {
            throw new IllegalArgumentException("labels, returns and exits must match the samples");
        }
        lastExits = List.copyOf(lastExits);
    }

    @Override
    public void close() {
        samples.close();
    }
}
