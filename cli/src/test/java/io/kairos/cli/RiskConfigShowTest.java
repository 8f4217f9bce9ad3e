package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskConfigShowTest {

    @TempDir
    Path home;

    @Test
    void configShowListsTheRiskLimitsWithWhereEachCameFrom() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/risk.yaml"), "# limits\nmax_position_pct: 0.08\n");
        CliRun.Result run = new CliRun(home).env("KAIROS_RISK_MAX_DRAWDOWN_PCT", "0.10").run("config", "show");
        assertEquals(0, run.exitCode(), run::toString);
        String out = run.out();
        assertTrue(out.matches("(?s).*\nrisk\\.max_position_pct\\s+0\\.08\\s+config/risk\\.yaml line 2\n.*"), out);
        assertTrue(out.matches("(?s).*\nrisk\\.max_portfolio_positions\\s+20\\s+built-in default\n.*"), out);
        assertTrue(out.matches("(?s).*\nrisk\\.max_drawdown_pct\\s+0\\.10\\s+environment variable KAIROS_RISK_MAX_DRAWDOWN_PCT\n.*"), out);
    }

    @Test
    void aBadLimitIsAUsageErrorWithFileAndLine() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/risk.yaml"), "max_sector_exposure: 40%\n");
        CliRun.Result run = new CliRun(home).run("config", "show");
        assertEquals(2, run.exitCode(), run::toString);
        assertEquals("kairos: Invalid value '40%' for risk.max_sector_exposure (config/risk.yaml line 1): expected a number above 0"
                + " and at most 1, e.g. 0.10 for 10%.\n", run.err());
    }
}
