package io.kairos.ops.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kairos.KairosException;
import io.kairos.ops.Digests;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T14:30:00.250Z"), ZoneOffset.UTC);

    @TempDir
    Path logs;

    private AuditLog log() {
        return AuditLog.in(logs, CLOCK);
    }

    private Path file() {
        return logs.resolve("audit.jsonl");
    }

    /** Five lines: an intent, a verdict, a submission, a reply and a fill. */
    private List<String> fiveLines() throws Exception {
        AuditLog log = log();
        log.append("order_intent", Map.of("client_order_id", "k1", "symbol", "AAPL", "qty", new BigDecimal("10")));
        log.append("check_verdict", Map.of("client_order_id", "k1", "approved", true));
        log.append("order_submitted", Map.of("client_order_id", "k1", "post", 1));
        log.append("order_acknowledged", Map.of("client_order_id", "k1", "broker_id", "b-77"));
        log.append("order_filled", Map.of("client_order_id", "k1", "filled_avg_price", new BigDecimal("200.10")));
        return Files.readAllLines(file());
    }

    private void write(List<String> lines, boolean finalNewline) throws Exception {
        Files.writeString(file(), String.join("\n", lines) + (finalNewline ? "\n" : ""));
    }

    private static String sha256(String line) {
        return Digests.sha256Hex(line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachLineChainsToTheExactBytesOfThePreviousOne() throws Exception {
        List<String> lines = fiveLines();
        assertEquals("{\"seq\":1,\"ts\":\"2026-11-20T14:30:00.250Z\",\"event\":\"order_intent\",\"prev\":\"" + "0".repeat(64)
                + "\",\"fields\":{\"client_order_id\":\"k1\",\"qty\":10,\"symbol\":\"AAPL\"}}", lines.get(0));
        assertEquals("{\"seq\":5,\"ts\":\"2026-11-20T14:30:00.250Z\",\"event\":\"order_filled\",\"prev\":\"" + sha256(lines.get(3))
                + "\",\"fields\":{\"client_order_id\":\"k1\",\"filled_avg_price\":200.10}}", lines.get(4));
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i).contains("\"prev\":\"" + sha256(lines.get(i - 1)) + "\""), "line " + (i + 1));
        }
        assertEquals(new AuditVerification(5, sha256(lines.get(4)), null), AuditVerifier.verify(file()));
    }

    @Test
    void aNullFieldAndAMissingFieldsMapAreKept() throws Exception {
        Map<String, Object> fields = new HashMap<>();
        fields.put("note", null);
        assertEquals(1, log().append("order_refused", fields));
        assertEquals(2, log().append("audit_opened", null));
        List<String> lines = Files.readAllLines(file());
        assertTrue(lines.get(0).endsWith(",\"fields\":{\"note\":null}}"), lines.get(0));
        assertTrue(lines.get(1).endsWith(",\"fields\":{}}"), lines.get(1));
        assertTrue(AuditVerifier.verify(file()).intact());
    }

    @Test
    void changingOneByteOfLine3BreaksTheChainAtLine4() throws Exception {
        List<String> lines = new ArrayList<>(fiveLines());
        lines.set(2, lines.get(2).replace("\"post\":1", "\"post\":2"));
        write(lines, true);
        assertEquals(new AuditVerification(3, sha256(lines.get(2)), new AuditBreak(4,
                "line 4 has a prev that is not the SHA-256 of line 3: line 3 was changed after it was written")),
                AuditVerifier.verify(file()));
    }

    @Test
    void aByteThatBreaksTheJsonOfLine3IsReportedAtLine3() throws Exception {
        List<String> lines = new ArrayList<>(fiveLines());
        lines.set(2, lines.get(2).replaceFirst("\\{", "["));
        write(lines, true);
        AuditVerification verification = AuditVerifier.verify(file());
        assertEquals(2, verification.intactLines());
        assertEquals(3, verification.broken().line());
        assertTrue(verification.broken().problem().startsWith("line 3 is not valid JSON ("), verification.broken().problem());

        lines.set(2, lines.get(2).replaceFirst("\\[", "{") + "x");
        write(lines, true);
        assertTrue(AuditVerifier.verify(file()).broken().problem().startsWith("line 3 is not valid JSON"),
                "a byte after the object is not an audit line either");
    }

    @Test
    void aDeletedLineIsReportedWhereItWas() throws Exception {
        List<String> original = fiveLines();
        List<String> lines = new ArrayList<>(original);
        lines.remove(1);
        write(lines, true);
        assertEquals(new AuditVerification(1, sha256(lines.get(0)), new AuditBreak(2,
                "line 2 has seq 3 where 2 was expected: 1 line(s) before it were deleted")), AuditVerifier.verify(file()));

        write(original.subList(2, 5), true);
        assertEquals(new AuditVerification(0, AuditLog.GENESIS, new AuditBreak(1,
                "line 1 has seq 3 where 1 was expected: 2 line(s) before it were deleted")), AuditVerifier.verify(file()));
    }

    @Test
    void aTornLastLineIsReportedAndRefusesAppendsUntilCutOff() throws Exception {
        List<String> lines = fiveLines();
        byte[] whole = Files.readAllBytes(file());
        int fourLines = String.join("\n", lines.subList(0, 4)).length() + 1;
        Files.write(file(), Arrays.copyOf(whole, whole.length - 10));

        assertEquals(new AuditVerification(4, sha256(lines.get(3)), new AuditBreak(5, "line 5 is torn: the file ends in the middle"
                + " of it, without an end of line (an append was cut short, e.g. by a crash)")), AuditVerifier.verify(file()));

        KairosException refused = assertThrows(KairosException.class, () -> log().append("order_filled", Map.of()));
        assertEquals(KairosException.Kind.REFUSED, refused.kind());
        assertEquals("Refusing to append to the audit log " + file() + ": its last line is torn: the " + (whole.length - 10 - fourLines)
                + " bytes from byte " + fourLines + " have no end of line (an append was cut short, e.g. by a crash). Run kairos"
                + " verify-audit --file " + file() + ", keep a copy of the file, then cut the torn bytes off (truncate -s " + fourLines
                + " " + file() + ").", refused.getMessage());

        Files.write(file(), Arrays.copyOf(whole, fourLines));
        assertEquals(5, log().append("order_filled", Map.of()));
        assertEquals(5, AuditVerifier.verify(file()).intactLines());
    }

    @Test
    void twoThreadsAppendingFiveHundredLinesEachLeaveAnIntactChain() throws Exception {
        AuditLog log = log();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String thread : List.of("a", "b")) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        log.append("order_intent", Map.of("thread", thread, "i", i));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
        AuditVerification verification = AuditVerifier.verify(file());
        assertNull(verification.broken(), () -> verification.broken().problem());
        assertEquals(1000, verification.intactLines());
    }

    @Test
    void aSecondWriterContinuesTheChainFromTheFile() throws Exception {
        log().append("order_intent", Map.of());
        AuditLog other = AuditLog.in(logs, CLOCK);
        assertEquals(2, other.append("order_intent", Map.of()));
        assertEquals(3, log().append("order_intent", Map.of()));
        assertTrue(AuditVerifier.verify(file()).intact());
    }

    @Test
    void anEmptyLogIsIntactAndAMissingOneIsAFailure() throws Exception {
        Files.writeString(file(), "");
        assertEquals(new AuditVerification(0, AuditLog.GENESIS, null), AuditVerifier.verify(file()));
        Files.delete(file());
        KairosException missing = assertThrows(KairosException.class, () -> AuditVerifier.verify(file()));
        assertEquals(KairosException.Kind.FAILURE, missing.kind());
        assertEquals("No audit log at " + file() + ": check --file, or paths.logs of the configuration.", missing.getMessage());
    }

    @Test
    void eventsAreLowerCaseNames() {
        assertThrows(IllegalArgumentException.class, () -> log().append("Order Filled", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> log().append("", Map.of()));
    }
}
