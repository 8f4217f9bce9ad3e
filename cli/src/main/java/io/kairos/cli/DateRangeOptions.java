package io.kairos.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --from D1 --to D2}, both inclusive. */
final class DateRangeOptions {

    @Option(names = "--from", required = true, paramLabel = "D1", description = "First date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "D2", description = "Last date (YYYY-MM-DD).")
    LocalDate to;
}
