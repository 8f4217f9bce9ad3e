package io.kairos.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db PATH}, on every command that touches the store. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The DuckDB store (default: store.db of the configuration, data/kairos.duckdb).")
    Path db;

    ConfigFlags flags() {
        return ConfigFlags.none().with("store.db", db, "--db");
    }
}
