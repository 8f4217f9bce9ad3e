package io.kairos.data.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kairos.KairosException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditSettingsTest {

    @Test
    void checkIdsAreSnakeCaseAndParseBack() {
        assertEquals(List.of("calendar_gaps", "duplicate_rows", "non_positive_prices", "missing_values", "ohlc_inconsistent",
                "zero_volume_runs", "suspect_jumps", "bad_prints", "stale_data", "stale_tickers"),
                Arrays.stream(AuditCheck.values()).map(AuditCheck::id).toList());
        assertEquals(AuditCheck.BAD_PRINTS, AuditCheck.fromId(" Bad_Prints "));
        KairosException unknown = assertThrows(KairosException.class, () -> AuditCheck.fromId("gaps"));
        assertEquals(KairosException.Kind.USAGE, unknown.kind());
        assertEquals("Unknown audit check 'gaps'; choose from calendar_gaps, duplicate_rows, non_positive_prices,"
                + " missing_values, ohlc_inconsistent, zero_volume_runs, suspect_jumps, bad_prints, stale_data,"
                + " stale_tickers.", unknown.getMessage());
    }

    @Test
    void defaultsBlockOnDuplicatesNonPositivePricesAndStaleData() {
        assertEquals(0.6, AuditSettings.DEFAULTS.jumpRatio());
        assertEquals(1.2, AuditSettings.DEFAULTS.badPrintRatio());
        assertEquals(List.of(AuditCheck.DUPLICATE_ROWS, AuditCheck.NON_POSITIVE_PRICES, AuditCheck.STALE_DATA),
                List.copyOf(AuditSettings.DEFAULTS.blocking()));
        assertEquals(Severity.WARNING, AuditSettings.DEFAULTS.severityOf(AuditCheck.CALENDAR_GAPS));
    }

    @Test
    void blockingChecksKeepCheckOrderWhateverTheInputOrder() {
        AuditSettings settings = new AuditSettings(0.6, 1.2, Set.of(AuditCheck.STALE_TICKERS, AuditCheck.CALENDAR_GAPS));
        assertEquals(List.of(AuditCheck.CALENDAR_GAPS, AuditCheck.STALE_TICKERS), List.copyOf(settings.blocking()));
        assertEquals(EnumSet.noneOf(AuditCheck.class), new AuditSettings(0.6, 1.2, Set.of()).blocking());
    }

    @Test
    void ratiosOutsideTheirRangeAreRefused() {
        assertEquals("jump ratio must be between 0 and 1 (e.g. 0.6), got 1.5",
                assertThrows(IllegalArgumentException.class, () -> new AuditSettings(1.5, 1.2, Set.of())).getMessage());
        assertEquals("bad-print ratio must be above 1 (e.g. 1.2), got 0.8",
                assertThrows(IllegalArgumentException.class, () -> new AuditSettings(0.6, 0.8, Set.of())).getMessage());
    }
}
