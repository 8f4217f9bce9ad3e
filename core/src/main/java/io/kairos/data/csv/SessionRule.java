package io.kairos.data.csv;

import java.time.LocalDate;
import java.util.Optional;

/** Says why a date cannot hold a price row (not an exchange session), or nothing when it can. */
@FunctionalInterface
public interface SessionRule {

    Optional<String> rejection(LocalDate date);
}
