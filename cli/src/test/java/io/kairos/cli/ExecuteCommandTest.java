package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.data.store.PriceStore;
import io.kairos.ops.Json;
import io.kairos.data.store.StoreSettings;
import io.kairos.portfolio.RebalanceStore;
import io.kairos.testsupport.StoreSql;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate-picks then execute on the simulated broker, black-box: the 60-name store of the portfolio tests
 * with one more session (2026-11-02) whose open the orders fill at. The sectors are half Tech, half Energy,
 * so the risk limit on one sector is raised to 60% for these picks.
 */
class ExecuteCommandTest {

    @TempDir
    Path home;

    private Path picks() throws Exception {
        Path db = home.resolve("data/kairos.duckdb");
        Files.createDirectories(db.getParent());
        new RebalanceStore(db).close();
        try (PriceStore store = PriceStore.open(db, PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS)) {
            StoreSql.execute(store, "INSERT INTO sep_base SELECT ticker, DATE '2026-11-02', close, close, close, close, volume, close,"
                    + " close, lastupdated FROM sep_base WHERE date = DATE '2026-10-30'");
        }
        CliRun.Result picks = new CliRun(home).run("generate-picks", "--date", "2026-10-30");
        assertEquals(0, picks.exitCode(), picks::toString);
        return home.resolve("outputs/rebalance/2026-10-30/picks.csv");
    }

    private CliRun cli() {
        return new CliRun(home).env("KAIROS_RISK_MAX_SECTOR_EXPOSURE", "0.60");
    }

    private long simOrders() {
        try (PriceStore store = PriceStore.open(home.resolve("data/kairos.duckdb"), PriceStore.Access.READ_ONLY,
                StoreSettings.DEFAULTS)) {
            return StoreSql.count(store, "SELECT count(*) FROM sim_orders");
        }
    }

    @Test
    void aPreviewSendsNothingAndExecuteFillsAtTheNextOpenOnce() throws Exception {
        Path picks = picks();
        CliRun.Result preview = cli().run("execute", "--picks", picks.toString());
        assertEquals(0, preview.exitCode(), preview::toString);
        assertTrue(preview.out().contains("60 of 60 orders approved by the pre-trade checks"), preview.out());
        assertTrue(preview.out().contains("preview only: nothing was sent."), preview.out());
        assertEquals(0, simOrders());

        CliRun.Result executed = cli().run("execute", "--picks", picks.toString(), "--execute");
        assertEquals(0, executed.exitCode(), executed::toString);
        assertTrue(executed.out().contains("execution: 60 orders, 60 filled, 0 working, 0 refused"), executed.out());
        assertTrue(executed.out().contains("OK: every name is within 0.5% of equity of its target weight."), executed.out());
        assertEquals(60, simOrders());
        assertTrue(Files.isRegularFile(home.resolve("outputs/execution/2026-10-30/report.json")));

        CliRun.Result again = cli().run("execute", "--picks", picks.toString(), "--execute");
        assertEquals(60, simOrders(), "a second run for the same picks places nothing twice:\n" + again);
        CliRun.Result audit = cli().run("verify-audit");
        assertEquals(0, audit.exitCode(), audit::toString);
    }

    @Test
    void brokerVenueSimKeepsOrdersAwayFromAlpacaEvenWithItsKeysSet() throws Exception {
        Path picks = picks();
        // keys set and a base URL where nothing listens: any call to Alpaca would fail the run
        CliRun.Result executed = cli().env("ALPACA_API_KEY_ID", "key-id").env("ALPACA_API_SECRET_KEY", "secret")
                .env("ALPACA_BASE_URL", "http://127.0.0.1:9/").env("KAIROS_BROKER_VENUE", "sim")
                .run("execute", "--picks", picks.toString(), "--execute");
        assertEquals(0, executed.exitCode(), executed::toString);
        assertTrue(executed.out().startsWith("broker: sim (simulated in the store, as of 2026-10-30; broker.venue sim)"), executed.out());
        assertEquals(60, simOrders());

        CliRun.Result noKeys = cli().env("KAIROS_BROKER_VENUE", "alpaca").run("positions");
        assertEquals(1, noKeys.exitCode(), noKeys::toString);
        assertTrue(noKeys.err().contains("broker.venue is alpaca but ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY are not both set"),
                noKeys.err());
    }

    @Test
    void operatorCommandsShowTheAccountAndLiquidateOnlyWhenConfirmedAndTheKillSwitchIsOff() throws Exception {
        Path picks = picks();
        assertEquals(1, cli().run("positions").exitCode(), "no simulated account before the first execution");
        assertEquals(0, cli().run("execute", "--picks", picks.toString(), "--execute").exitCode());

        CliRun.Result positions = cli().run("positions");
        assertEquals(0, positions.exitCode(), positions::toString);
        assertTrue(positions.out().startsWith("broker: sim (simulated in the store, as of 2026-11-02): 60 positions\n"),
                positions.out());
        CliRun.Result account = cli().run("account");
        assertTrue(account.out().contains("blocked       false"), account.out());
        CliRun.Result open = cli().run("orders", "--status", "open");
        assertTrue(open.out().contains(": 0 open orders"), open.out());
        assertTrue(cli().run("orders").out().contains(": 60 all orders"));
        assertTrue(cli().run("cancel-all").out().contains("asked to cancel 0 open orders"));

        assertEquals(2, cli().run("liquidate").exitCode(), "needs --confirm");
        assertEquals(0, cli().run("kill-switch", "on", "--reason", "halt").exitCode());
        CliRun.Result halted = cli().run("liquidate", "--confirm");
        assertEquals(3, halted.exitCode(), halted::toString);
        assertEquals(60, simOrders(), "nothing sent while the kill switch is on");
        assertEquals(0, cli().run("kill-switch", "off", "--confirm").exitCode());
        CliRun.Result liquidated = cli().run("liquidate", "--confirm");
        assertEquals(0, liquidated.exitCode(), liquidated::toString);
        assertTrue(liquidated.out().contains("60 closing orders sent"), liquidated.out());
        assertEquals(120, simOrders());
    }

    @Test
    void reconcileAgreesAfterAnExecutionAndReportsARecordLostInACrash() throws Exception {
        Path picks = picks();
        assertEquals(0, cli().run("execute", "--picks", picks.toString(), "--execute").exitCode());
        CliRun.Result clean = cli().run("reconcile");
        assertEquals(0, clean.exitCode(), clean::toString);
        assertTrue(clean.out().contains("venue sim: 60 orders and 60 positions compared, 0 differences, 0 needing a look"),
                clean.out());
        try (PriceStore store = PriceStore.open(home.resolve("data/kairos.duckdb"), PriceStore.Access.READ_WRITE,
                StoreSettings.DEFAULTS)) {
            assertEquals(100_000.0, StoreSql.number(store, "SELECT equity FROM exec_runs"), "sized from the sim's initial cash");
            // a crash between the broker's answer and the record: the order and the shares it bought are unknown locally
            StoreSql.execute(store, "DELETE FROM exec_orders WHERE symbol = 'T01'");
            StoreSql.execute(store, "DELETE FROM exec_positions WHERE symbol = 'T01'");
        }

        CliRun.Result lost = cli().run("reconcile");

        assertEquals(3, lost.exitCode(), lost::toString);
        assertTrue(lost.out().contains("60 orders and 60 positions compared, 1 differences, 1 needing a look"), lost.out());
        assertTrue(lost.out().contains("order_not_recorded"), lost.out());
        String csv = Files.readString(home.resolve("outputs/reconcile/2026-11-20/differences.csv"));
        assertTrue(csv.startsWith("kind,subject,local,broker\norder_not_recorded,\"k-20261030-T01-b-"), csv);
        CliRun.Result again = cli().run("reconcile");
        assertEquals(0, again.exitCode(), "repaired from the broker:\n" + again);
        assertEquals(0, cli().run("verify-audit").exitCode());
    }

    @Test
    void trackPerformanceComparesTheAccountWithThePicksAndTheUniverse() throws Exception {
        Path picks = picks();
        assertEquals(1, cli().run("track-performance").exitCode(), "no simulated account before the first execution");
        assertEquals(0, cli().run("execute", "--picks", picks.toString(), "--execute").exitCode());

        CliRun.Result tracked = cli().run("track-performance");

        assertEquals(0, tracked.exitCode(), tracked::toString);
        // the session after the picks repeats their closes: picks and universe are flat, the account paid the costs
        JsonNode total = Json.mapper().readTree(home.resolve("outputs/performance/2026-11-20/performance.json").toFile()).get("total");
        assertEquals("2026-10-30", total.get("start").asText());
        assertEquals("2026-11-02", total.get("end").asText());
        assertEquals(1, total.get("sessions").asInt());
        assertEquals(0.0, total.get("picks").asDouble(), 1e-12);
        assertEquals(0.0, total.get("universe").asDouble(), 1e-12);
        double live = total.get("live").asDouble();
        assertTrue(live < 0 && live > -0.005, "costs of one rebalance: " + live);
        assertTrue(tracked.out().contains("total"), tracked.out());
    }

    @Test
    void theNextPicksCanStartFromTheBrokersPositions() throws Exception {
        Path picks = picks();
        assertEquals(0, cli().run("execute", "--picks", picks.toString(), "--execute").exitCode());
        CliRun.Result again = cli().run("generate-picks", "--date", "2026-10-30", "--prior", "broker", "--output-dir",
                home.resolve("again").toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("prior the positions at sim"), again.out());
        // the positions are the same picks, bought at the next open: only rounding and costs are left to trade
        JsonNode summary = Json.mapper().readTree(home.resolve("again/summary.json").toFile());
        assertTrue(summary.get("turnover").asDouble() < 0.02, summary.toString());
    }

    @Test
    void withTheKillSwitchOnExecuteSendsNothingAndExitsThree() throws Exception {
        Path picks = picks();
        assertEquals(0, cli().run("kill-switch", "on", "--reason", "desk halt").exitCode());
        CliRun.Result executed = cli().run("execute", "--picks", picks.toString(), "--execute");
        assertEquals(3, executed.exitCode(), executed::toString);
        assertTrue(executed.out().contains("REFUSED: 60 of 60 orders were stopped by the pre-trade checks"), executed.out());
        assertTrue(executed.out().contains("kill_switch"), executed.out());
        assertEquals(0, simOrders());
    }

    @Test
    void bracketsStopTheSimulatedBrokerBeforeAnyOrderAndComeInPairs() throws Exception {
        Path picks = picks();
        CliRun.Result brackets = cli().env("KAIROS_BROKER_BRACKET_TAKE_PROFIT", "0.2").env("KAIROS_BROKER_BRACKET_STOP_LOSS", "0.1")
                .run("execute", "--picks", picks.toString(), "--execute");
        assertEquals(1, brackets.exitCode(), brackets::toString);
        assertTrue(brackets.err().contains("The sim broker takes no bracket orders"), brackets.err());
        assertEquals(0, simOrders());
        CliRun.Result half = cli().env("KAIROS_BROKER_BRACKET_TAKE_PROFIT", "0.2").run("execute", "--picks", picks.toString());
        assertTrue(half.err().contains("broker.bracket_take_profit (0.2, environment variable KAIROS_BROKER_BRACKET_TAKE_PROFIT) and"
                + " broker.bracket_stop_loss (0.0"), half.err());
    }

    @Test
    void badPicksStopBeforeAnyOrderNamingTheLine() throws Exception {
        picks();
        Path bad = Files.writeString(home.resolve("bad.csv"), "ticker,weight\nT01,0.1\nE01,NaN\n");
        CliRun.Result nan = cli().run("execute", "--picks", bad.toString(), "--date", "2026-10-30", "--execute");
        assertEquals(1, nan.exitCode(), nan::toString);
        assertTrue(nan.err().contains(bad + " line 3: weight NaN is not a finite number."), nan.err());
        Path unknown = Files.writeString(home.resolve("unknown.csv"), "ticker,weight\nT01,0.1\nNOPE,0.1\n");
        CliRun.Result notKnown = cli().run("execute", "--picks", unknown.toString(), "--date", "2026-10-30", "--execute");
        assertEquals(1, notKnown.exitCode(), notKnown::toString);
        assertTrue(notKnown.err().contains(unknown + " line 3: the broker (sim) does not know NOPE"), notKnown.err());
        assertFalse(Files.exists(home.resolve("outputs/execution")));
        assertEquals(0, simOrders());
    }
}
