package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.ops.Digests;
import io.kairos.ops.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyAuditCommandTest {

    @TempDir
    Path home;

    /** Three lines in {@code folder}/audit.jsonl; returns them. */
    private List<String> threeLines(Path folder) throws Exception {
        AuditLog log = AuditLog.in(folder, CliRun.AFTER_CLOSE_2026_11_20);
        log.append("order_intent", Map.of("client_order_id", "k1", "qty", 10));
        log.append("order_submitted", Map.of("client_order_id", "k1"));
        log.append("order_filled", Map.of("client_order_id", "k1", "price", "200.10"));
        return Files.readAllLines(folder.resolve("audit.jsonl"));
    }

    @Test
    void anIntactLogInTheConfiguredLogsFolderExitsZero() throws Exception {
        List<String> lines = threeLines(home.resolve("logs"));
        CliRun.Result run = new CliRun(home).run("verify-audit");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("OK: 3 lines, chain intact (" + home.resolve("logs/audit.jsonl") + ")\nlast line SHA-256: "
                + Digests.sha256Hex(lines.get(2).getBytes(StandardCharsets.UTF_8)) + "\n", run.out());
    }

    @Test
    void anEditedLineExitsThreeNamingTheFirstBrokenLine() throws Exception {
        List<String> lines = new ArrayList<>(threeLines(home.resolve("logs")));
        lines.set(1, lines.get(1).replace("k1", "k2"));
        Files.writeString(home.resolve("logs/audit.jsonl"), String.join("\n", lines) + "\n");
        CliRun.Result run = new CliRun(home).run("verify-audit");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("BROKEN: line 3 has a prev that is not the SHA-256 of line 2: line 2 was changed after it was"
                + " written (" + home.resolve("logs/audit.jsonl") + ")\nlines 1 to 2 are intact; the last of them has SHA-256 "),
                run.out());
    }

    @Test
    void aTornLastLineExitsThree() throws Exception {
        threeLines(home.resolve("logs"));
        Path file = home.resolve("logs/audit.jsonl");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));
        CliRun.Result run = new CliRun(home).run("verify-audit");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("BROKEN: line 3 is torn: the file ends in the middle of it"), run.out());
    }

    @Test
    void fileOptionAndLogsFolderFromTheEnvironment() throws Exception {
        threeLines(home.resolve("elsewhere"));
        CliRun.Result byFile = new CliRun(home).run("verify-audit", "--file", "elsewhere/audit.jsonl");
        assertEquals(0, byFile.exitCode(), byFile::toString);
        assertTrue(byFile.out().startsWith("OK: 3 lines, chain intact (" + home.resolve("elsewhere/audit.jsonl") + ")\n"));

        CliRun.Result byEnvironment = new CliRun(home).env("KAIROS_PATHS_LOGS", "elsewhere").run("verify-audit");
        assertEquals(0, byEnvironment.exitCode(), byEnvironment::toString);
    }

    @Test
    void aMissingLogIsAFailure() {
        CliRun.Result run = new CliRun(home).run("verify-audit", "--file", "nope.jsonl");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("kairos: No audit log at " + home.resolve("nope.jsonl") + ": check --file, or paths.logs of the configuration.\n",
                run.err());
    }
}
