package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.research.scan.ScanArtifacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kairos scan, black-box, on a synthetic market of 150 tickers over 5 years downloaded by the binary itself. */
class ScanCommandTest {

    @TempDir
    static Path home;

    private static CliRun cli() {
        return new CliRun(home).env("KAIROS_SYNTHETIC_TICKERS", "150").env("KAIROS_SYNTHETIC_YEARS", "5");
    }

    @BeforeAll
    static void market() {
        CliRun.Result download = cli().run("download", "--source", "synthetic");
        assertEquals(0, download.exitCode(), download::toString);
    }

    @Test
    void topFiveWritesFiveRowsPerListUnderTheLatestDate() throws Exception {
        CliRun.Result result = cli().run("scan", "--top", "5");

        assertEquals(0, result.exitCode(), result::toString);
        Path csv = home.resolve("outputs/scan/2026-11-20/candidates.csv");
        assertTrue(result.out().matches("(?s)scan as of 2026-11-20 over 20 sessions: \\d+ tickers with a full lookback, \\d+ pass both"
                + " screens \\(ADV >= \\$1,000,000, ATR >= 0.5%\\)\n.*"), result.out());
        assertTrue(result.out().contains("candidates: " + csv), result.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(ScanArtifacts.HEADER, lines.get(0));
        for (String list : List.of("screen", "mover", "volume")) {
            List<String> rows = lines.stream().skip(1).filter(line -> line.split(",")[2].equals(list)).toList();
            assertEquals(5, rows.size(), list + "\n" + String.join("\n", lines));
            for (int rank = 1; rank <= 5; rank++) {
                assertTrue(rows.get(rank - 1).startsWith(rank + ","), rows.toString());
            }
        }
        assertTrue(Files.isRegularFile(csv.resolveSibling("manifest.json")));
    }

    @Test
    void theSameScanWritesTheSameBytes() throws Exception {
        Path first = home.resolve("first");
        Path second = home.resolve("second");
        assertEquals(0, cli().run("scan", "--date", "2026-10-30", "--lookback", "10", "--output-dir", first.toString()).exitCode());
        assertEquals(0, cli().run("scan", "--date", "2026-10-30", "--lookback", "10", "--output-dir", second.toString()).exitCode());

        assertEquals(Files.readString(first.resolve("candidates.csv")), Files.readString(second.resolve("candidates.csv")));
    }

    @Test
    void aBadFlagIsAUsageErrorNamingIt() {
        CliRun.Result result = cli().run("scan", "--lookback", "0");

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("scan.lookback") && result.err().contains("--lookback"), result.err());
    }
}
