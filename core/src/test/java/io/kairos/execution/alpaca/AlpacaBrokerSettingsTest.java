package io.kairos.execution.alpaca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.http.RetryPolicy;
import io.kairos.http.testing.RecordingSleeper;
import org.junit.jupiter.api.Test;

class AlpacaBrokerSettingsTest {

    private static AlpacaBrokerSettings at(String baseUrl) {
        return new AlpacaBrokerSettings(baseUrl, "PKTESTKEY123", "s3cret-value-9", RetryPolicy.DEFAULTS);
    }

    @Test
    void paperIsToldByTheHost() {
        assertTrue(at("https://paper-api.alpaca.markets").paper());
        assertTrue(at("https://PAPER-API.alpaca.markets/").paper());
        assertFalse(at("https://api.alpaca.markets").paper());
        assertFalse(at("http://localhost:8080").paper());
    }

    @Test
    void theBrokerSaysWhetherItIsPaper() {
        AlpacaBroker paper = AlpacaTestSetup.broker(at(AlpacaBrokerSettings.DEFAULT_BASE_URL), new RecordingSleeper());
        AlpacaBroker live = AlpacaTestSetup.broker(at("https://api.alpaca.markets"), new RecordingSleeper());

        assertEquals("alpaca", paper.name());
        assertTrue(paper.paper());
        assertFalse(live.paper());
    }

    @Test
    void keysAreRequiredAndNeverShown() {
        KairosException missing = assertThrows(KairosException.class,
                () -> new AlpacaBrokerSettings(AlpacaBrokerSettings.DEFAULT_BASE_URL, "PKTESTKEY123", " ", RetryPolicy.DEFAULTS));
        assertEquals(KairosException.Kind.USAGE, missing.kind());
        assertEquals("Alpaca trading keys missing: set ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY (or APCA_API_KEY_ID and"
                + " APCA_API_SECRET_KEY) in the environment or .env", missing.getMessage());

        String shown = at("https://api.alpaca.markets").toString();
        assertFalse(shown.contains("PKTESTKEY123") || shown.contains("s3cret-value-9"), shown);
    }

    @Test
    void theBaseUrlMustBeAnHttpUrl() {
        KairosException error = assertThrows(KairosException.class, () -> at("paper-api.alpaca.markets"));
        assertEquals("The Alpaca trading base URL (ALPACA_BASE_URL) is not an http(s) URL: paper-api.alpaca.markets",
                error.getMessage());
    }
}
