package io.kairos.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.execution.Account;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Default limits: a daily loss beyond 5%, a drawdown beyond 15%. "Beyond" is strictly above. */
class DrawdownGuardTest {

    @TempDir
    Path home;

    private final Clock clock = Clock.fixed(KillSwitchTest.NOW, ZoneOffset.UTC);

    private KillSwitch killSwitch() {
        return new KillSwitch(home.resolve("state"), clock);
    }

    private EquityPeak peak() {
        return new EquityPeak(home.resolve("state"), clock);
    }

    private LossReading check(String equity, String lastEquity) {
        return new DrawdownGuard(RiskLimits.DEFAULTS, peak(), killSwitch()).check(account(equity, lastEquity));
    }

    static Account account(String equity, String lastEquity) {
        return new Account("A1", "ACTIVE", new BigDecimal(equity), new BigDecimal(lastEquity), new BigDecimal(equity),
                new BigDecimal(equity), false);
    }

    @Test
    void aDailyLossOfExactlyFivePercentDoesNotTrip() {
        LossReading reading = check("95000.00", "100000");
        assertEquals(0, new BigDecimal("0.05").compareTo(reading.dailyLoss()));
        assertFalse(reading.trippedKillSwitch());
        assertEquals(Optional.empty(), killSwitch().state());
    }

    @Test
    void aCentMoreThanFivePercentTrips() {
        // 1 - 94999.99 / 100000 = 0.0500001
        LossReading reading = check("94999.99", "100000");
        assertEquals(new BigDecimal("0.0500001"), reading.dailyLoss());
        String reason = "daily loss 5.00% is beyond risk.max_daily_loss_pct 5% (equity 94999.99, previous close 100000)";
        assertEquals(reason, reading.tripped());
        assertEquals(new KillSwitchState(reason, KillSwitchTest.NOW, "drawdown guard"), killSwitch().state().orElseThrow());
    }

    @Test
    void theDrawdownIsMeasuredFromTheRecordedPeakAndTripsJustBeyondFifteenPercent() {
        assertEquals(new BigDecimal("120000"), check("120000", "118000").peak(), "the first equity is the first peak");
        assertEquals(new BigDecimal("120000"), peak().current().orElseThrow().peak());

        // 1 - 102000 / 120000 = 0.15 exactly; the day's loss 1 - 102000 / 103000 = 0.97%
        LossReading atLimit = check("102000", "103000");
        assertEquals(0, new BigDecimal("0.15").compareTo(atLimit.drawdown()));
        assertFalse(atLimit.trippedKillSwitch());
        assertEquals(new BigDecimal("120000"), peak().current().orElseThrow().peak(), "a lower equity leaves the peak");

        // 1 - 101999.99 / 120000 = 0.150000083...
        LossReading beyond = check("101999.99", "103000");
        assertEquals("drawdown 15.00% from the peak 120000 is beyond risk.max_drawdown_pct 15% (equity 101999.99)", beyond.tripped());
        assertTrue(killSwitch().state().orElseThrow().reason().startsWith("drawdown 15.00%"));
    }

    @Test
    void aHigherEquityRaisesThePeak() {
        check("100000", "100000");
        LossReading higher = check("110000", "100000");
        assertEquals(new BigDecimal("110000"), higher.peak());
        assertEquals(0, BigDecimal.ZERO.compareTo(higher.drawdown()));
        assertEquals(new BigDecimal("-0.1"), higher.dailyLoss(), "a gain is a negative loss");
        assertEquals(new EquityPeak.Recorded(new BigDecimal("110000"), KillSwitchTest.NOW), peak().current().orElseThrow());
    }

    @Test
    void bothLimitsBrokenAreBothNamed() {
        check("100000", "100000");
        assertEquals("daily loss 20.00% is beyond risk.max_daily_loss_pct 5% (equity 80000, previous close 100000);"
                + " drawdown 20.00% from the peak 100000 is beyond risk.max_drawdown_pct 15% (equity 80000)",
                check("80000", "100000").tripped());
    }

    @Test
    void tighterLimitsFromTheConfiguration() {
        RiskLimits tight = new RiskLimits(new BigDecimal("0.10"), 20, new BigDecimal("0.40"), 2, new BigDecimal("0.02"),
                new BigDecimal("0.15"));
        LossReading reading = new DrawdownGuard(tight, peak(), killSwitch()).check(account("97900", "100000"));
        assertEquals("daily loss 2.10% is beyond risk.max_daily_loss_pct 2% (equity 97900, previous close 100000)", reading.tripped());
    }

    @Test
    void withoutAPreviousCloseTheDayIsNotMeasured() {
        LossReading reading = check("50000", "0");
        assertNull(reading.dailyLoss());
        assertFalse(reading.trippedKillSwitch());
    }

    @Test
    void equityThatIsNotPositiveTrips() {
        LossReading reading = check("0", "100000");
        assertEquals("equity 0 is not positive: no loss can be measured and no order sized", reading.tripped());
        assertTrue(killSwitch().state().isPresent());
    }

    @Test
    void aDamagedPeakFileIsAnErrorNotAFreshStart() throws Exception {
        Files.createDirectories(home.resolve("state"));
        Files.writeString(home.resolve("state/equity_peak.json"), "{\"peak\": ");
        KairosException error = assertThrows(KairosException.class, () -> check("100000", "100000"));
        assertTrue(error.getMessage().startsWith("Cannot read the equity peak " + home.resolve("state/equity_peak.json")),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("Restore it, or delete it to restart the peak at the current equity (the drawdown"
                + " so far is then forgotten)."), error.getMessage());
    }
}
