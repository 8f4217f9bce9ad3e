package io.kairos.data.store;

/**
 * How DuckDB may use the machine. The memory limit keeps large loads within the process budget;
 * DuckDB spills to disk beyond it.
 *
 * @param memoryLimit a DuckDB size such as {@code 1GB}
 */
public record StoreSettings(String memoryLimit) {

    public static final StoreSettings DEFAULTS = new StoreSettings("1GB");

    public StoreSettings {
        if (memoryLimit == null || !memoryLimit.matches("\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
            throw new IllegalArgumentException("memory limit must look like 512MB or 2GB, got: " + memoryLimit);
        }
    }
}
