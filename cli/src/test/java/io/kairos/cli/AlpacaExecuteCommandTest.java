package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.execution.alpaca.FakeAlpaca;
import io.kairos.portfolio.RebalanceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kairos binary against the fake Alpaca over real HTTP: keys and base URL from the environment, a live account
 * (the fake's host is not paper-api...), market-on-open orders sent at 09:00 New York time on Monday 2026-11-02 for
 * the picks of 2026-10-30; then reconcile and the operator commands read the same account.
 */
class AlpacaExecuteCommandTest {

    private static final Clock NINE_AM = Clock.fixed(Instant.parse("2026-11-02T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @Test
    void executeSendsMarketOnOpenOrdersOnceAndReconcileAgrees() throws Exception {
        Path db = home.resolve("data/kairos.duckdb");
        Files.createDirectories(db.getParent());
        new RebalanceStore(db).close();
        Path picks = Files.writeString(home.resolve("picks.csv"), "ticker,weight\nE01,0.05\nT01,0.05\n");
        try (FakeAlpaca fake = FakeAlpaca.start()) {
            fake.cash("100000").lastEquity("100000").price("E01", "50.00").price("T01", "50.00").now("2026-11-02T14:00:00Z")
                    .clock("2026-11-02T09:00:00-05:00", false, "2026-11-02T09:30:00-05:00", "2026-11-02T16:00:00-05:00");
            for (LocalDate day : RebalanceStore.CALENDAR.sessions(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 9))) {
                fake.session(day.toString(), "09:30", "16:00");
            }
            CliRun cli = new CliRun(home).clock(NINE_AM).env("ALPACA_API_KEY_ID", FakeAlpaca.KEY_ID)
                    .env("ALPACA_API_SECRET_KEY", FakeAlpaca.SECRET_KEY).env("ALPACA_BASE_URL", fake.baseUrl());

            CliRun.Result executed = cli.run("execute", "--picks", picks.toString(), "--date", "2026-10-30", "--execute", "--yes");

            assertEquals(0, executed.exitCode(), executed::toString);
            assertTrue(executed.out().contains("broker: alpaca, LIVE account: real money at " + fake.baseUrl()), executed.out());
            assertTrue(executed.out().contains("market-on-open orders (time in force opg, whole shares) for the opening auction of"
                    + " 2026-11-02"), executed.out());
            assertTrue(executed.out().contains("execution: 2 orders, 2 filled, 0 working, 0 refused"), executed.out());
            assertEquals(2, fake.orderPosts());
            assertFalse(executed.out().contains(FakeAlpaca.SECRET_KEY) || executed.err().contains(FakeAlpaca.SECRET_KEY),
                    "the secret is never printed");

            CliRun.Result again = cli.run("execute", "--picks", picks.toString(), "--date", "2026-10-30", "--execute", "--yes");
            assertEquals(2, fake.orderPosts(), "the same picks again place nothing:\n" + again);

            CliRun.Result reconciled = cli.run("reconcile");
            assertEquals(0, reconciled.exitCode(), reconciled::toString);
            assertTrue(reconciled.out().contains(": 2 orders and 2 positions compared, 0 differences, 0 needing a look"),
                    reconciled.out());
            CliRun.Result positions = cli.run("positions");
            assertTrue(positions.out().contains("LIVE account: real money: 2 positions"), positions.out());
            assertEquals(0, cli.run("verify-audit").exitCode());
        }
    }
}
