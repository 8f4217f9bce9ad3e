package io.kairos.ops.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.kairos.KairosException;
import io.kairos.ops.Digests;
import io.kairos.ops.Json;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks the chain of an audit log line by line (the rule is on {@link AuditLog}) and stops at the first line
 * that breaks it: a line that is not an audit line (bad JSON, a missing field), a {@code seq} out of step
 * (a line deleted or inserted before it), a {@code prev} that is not the previous line's hash (the previous
 * line changed), or a last line without an end of line (torn by a crash).
 *
 * <p>The chain alone cannot tell a log whose last lines were cut off whole, or whose last line was changed:
 * compare the last line's hash with one recorded elsewhere (e.g. an execution report) for that.
 */
public final class AuditVerifier {

    /** Nothing may follow the object on a line. */
    private static final ObjectReader STRICT = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private AuditVerifier() {
    }

    public static AuditVerification verify(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return verify(in);
        } catch (NoSuchFileException e) {
            throw KairosException.failure("No audit log at " + file + ": check --file, or paths.logs of the configuration.");
        } catch (IOException e) {
            throw KairosException.failure("Cannot read the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    private static AuditVerification verify(InputStream in) throws IOException {
        String previousHash = AuditLog.GENESIS;
        long number = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b != '\n') {
                line.write(b);
                continue;
            }
            number++;
            byte[] bytes = line.toByteArray();
            line.reset();
            String problem = problem(bytes, number, previousHash);
            if (problem != null) {
                return new AuditVerification(number - 1, previousHash, new AuditBreak(number, problem));
            }
            previousHash = Digests.sha256Hex(bytes);
        }
        if (line.size() > 0) {
            return new AuditVerification(number, previousHash, new AuditBreak(number + 1, "line " + (number + 1) + " is torn: the file"
                    + " ends in the middle of it, without an end of line (an append was cut short, e.g. by a crash)"));
        }
        return new AuditVerification(number, previousHash, null);
    }

    /** What is wrong with line {@code number}, or null when it holds. */
    private static String problem(byte[] bytes, long number, String previousHash) {
        String at = "line " + number;
        if (bytes.length == 0) {
            return at + " is empty";
        }
        JsonNode node;
        try {
            node = STRICT.readTree(bytes);
        } catch (IOException e) {
            return at + " is not valid JSON (" + (e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage())
                    + ")";
        }
        if (node == null || !node.isObject()) {
            return at + " is not a JSON object";
        }
        for (String field : new String[] {"seq", "ts", "event", "prev", "fields"}) {
            if (!node.has(field)) {
                return at + " has no " + field;
            }
        }
        JsonNode seq = node.get("seq");
        if (!seq.isIntegralNumber() || seq.asLong() != number) {
            String why = seq.isIntegralNumber() && seq.asLong() > number
                    ? ": " + (seq.asLong() - number) + " line(s) before it were deleted"
                    : ": a line was inserted or repeated before it";
            return at + " has seq " + seq + " where " + number + " was expected" + why;
        }
        if (!previousHash.equals(node.get("prev").asText())) {
            return number == 1
                    ? at + " has a prev that is not 64 zeros: it is not the first line written"
                    : at + " has a prev that is not the SHA-256 of line " + (number - 1) + ": line " + (number - 1)
                            + " was changed after it was written";
        }
        return null;
    }
}
