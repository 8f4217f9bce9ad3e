package io.kairos.ops.preflight;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The store opens read-write (DuckDB allows one writer: another process may hold it) and its folder takes new files. */
final class StoreWritableCheck implements PreflightCheck {

    @Override
    public String name() {
        return "store writable";
    }

    @Override
    public String rule() {
        return "Opens the store (store.db, --db) read-write, as execute and reconcile do, and writes and deletes a file in its"
                + " folder. FAIL when there is no store (run kairos download), when another process holds it (DuckDB allows one"
                + " writer: the message names its PID; wait for it or stop it) or when the folder refuses a file (permissions,"
                + " a read-only disk). The checks that read the store are skipped while it cannot be opened.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        Path file = subject.openStore().file();
        Path folder = file.getParent();
        try {
            Files.delete(Files.createTempFile(folder, ".preflight-", ".tmp"));
        } catch (IOException e) {
            return Verdict.fail("the store opens, but its folder " + subject.shown(folder) + " refuses a new file (" + e.getMessage()
                    + "): fix its permissions or free the disk");
        }
        return Verdict.pass(subject.shown(file) + " opens read-write; its folder takes new files");
    }
}
