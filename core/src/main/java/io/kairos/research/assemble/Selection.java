package io.kairos.research.assemble;

import java.util.List;

/**
 * The strategies a portfolio combines and the ones passed over.
 *
 * @param correlations  the chosen ones' pairwise correlations, in the order of {@code chosen} (1 on the diagonal)
 * @param notConsidered kept rows never looked at because {@code --max-strategies} were chosen before them
 */
public record Selection(List<Candidate> chosen, List<Rejection> rejected, double[][] correlations, int notConsidered) {

    public Selection {
        chosen = List.copyOf(chosen);
        rejected = List.copyOf(rejected);
    }
}
