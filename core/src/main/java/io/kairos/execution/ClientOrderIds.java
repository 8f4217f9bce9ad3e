package io.kairos.execution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Deterministic client order ids: {@code k-<yyyyMMdd>-<ticker>-<b|s>-<10 hex of the picks file's SHA-256>},
 * at most 48 characters. The same picks file gives the same ids, so a re-run finds its orders at the
 * broker instead of placing them again; another picks file (even for the same date) gives other ids.
 */
public final class ClientOrderIds {

    private static final int HASH_CHARS = 10;
    private static final int MAX_TICKER = OrderRequest.MAX_CLIENT_ORDER_ID - "k-yyyyMMdd--b-".length() - HASH_CHARS;

    private ClientOrderIds() {
    }

    /** The fingerprint of a picks file's bytes, as used in its orders' ids. */
    public static String fingerprint(byte[] picksFile) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(picksFile)).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static String of(LocalDate rebalanceDate, String ticker, OrderSide side, String fingerprint) {
        String symbol = ticker.length() > MAX_TICKER ? ticker.substring(0, MAX_TICKER) : ticker;
        return "k-" + rebalanceDate.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + symbol + "-"
                + (side == OrderSide.BUY ? "b" : "s") + "-" + fingerprint;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
