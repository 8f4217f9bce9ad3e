package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.testsupport.StoreSql;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** snapshot, then damage the present, then restore: the store's rows and the kill switch's state come back. */
class SnapshotCommandTest {

    @TempDir
    Path home;

    private long rows() {
        try (PriceStore store = PriceStore.open(home.resolve("data/kairos.duckdb"), PriceStore.Access.READ_ONLY, StoreSettings.DEFAULTS)) {
            return StoreSql.count(store, "SELECT count(*) FROM sep_base");
        }
    }

    private CliRun.Result answering(String answer, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)));
        try {
            return new CliRun(home).run(args);
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void aRestoreBringsBackTheStoreAndTheStateOnlyWhenConfirmed() throws Exception {
        CliRun cli = new CliRun(home);
        assertEquals(0, cli.run("download", "--source", "synthetic", "--tickers", "20", "--years", "1").exitCode());
        long before = rows();
        CliRun.Result snapshot = cli.run("snapshot", "--date", "2026-11-20");
        assertEquals(0, snapshot.exitCode(), snapshot::toString);
        Path folder = home.resolve("data/snapshots/2026-11-20");
        assertTrue(Files.isRegularFile(folder.resolve("kairos.duckdb")) && Files.isRegularFile(folder.resolve("digests.json")));

        try (PriceStore store = PriceStore.open(home.resolve("data/kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            StoreSql.execute(store, "DELETE FROM sep_base WHERE ticker IN (SELECT ticker FROM sep_base LIMIT 1)");
        }
        assertEquals(0, cli.run("kill-switch", "on", "--reason", "after the snapshot").exitCode());
        assertTrue(rows() < before);

        CliRun.Result refused = answering("no\n", "restore", "--date", "2026-11-20");
        assertEquals(3, refused.exitCode(), refused::toString);
        assertTrue(rows() < before, "not confirmed: nothing restored");

        CliRun.Result restored = answering("yes\n", "restore", "--date", "2026-11-20");
        assertEquals(0, restored.exitCode(), restored::toString);
        assertEquals(before, rows());
        assertEquals(0, cli.run("kill-switch", "status").exitCode(), "the kill switch was off in the snapshot");
        assertEquals(0, cli.run("verify-audit").exitCode());
    }

    @Test
    void aDamagedSnapshotIsRefusedBeforeAnythingIsReplaced() throws Exception {
        CliRun cli = new CliRun(home);
        assertEquals(0, cli.run("download", "--source", "synthetic", "--tickers", "20", "--years", "1").exitCode());
        assertEquals(0, cli.run("snapshot", "--date", "2026-11-20").exitCode());
        long before = rows();
        Files.write(home.resolve("data/snapshots/2026-11-20/kairos.duckdb"), new byte[] {0}, StandardOpenOption.APPEND);

        CliRun.Result damaged = cli.run("restore", "--date", "2026-11-20", "--yes");

        assertEquals(1, damaged.exitCode(), damaged::toString);
        assertTrue(damaged.err().contains("is damaged: kairos.duckdb is missing or differs from its digest. Nothing was restored."),
                damaged.err());
        assertEquals(before, rows());
        assertEquals(1, cli.run("restore", "--date", "2026-01-02", "--yes").exitCode(), "no such snapshot");
    }
}
