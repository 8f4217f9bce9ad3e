package io.kairos.ops.audit;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kairos.KairosException;
import io.kairos.ops.Digests;
import io.kairos.ops.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/**
 * The append-only audit log of execution, {@code logs/audit.jsonl}: one JSON object per line for every order
 * intent, check verdict, submission, broker reply and fill (docs/SAFETY.md).
 *
 * <p>A line is {@code {"seq":N,"ts":"<UTC instant>","event":"<name>","prev":"<hex>","fields":{...}}} and a
 * {@code \n}. {@code seq} counts lines from 1. The chain rule: {@code prev} is the lower-case hex SHA-256 of
 * the previous line's exact bytes, without its {@code \n}; the first line's {@code prev} is 64 zeros. So a
 * changed line breaks the next line's {@code prev}, and a deleted line breaks the {@code seq} after it.
 *
 * <p>Each append takes an exclusive lock on the file (other processes wait), reads the last line to chain to,
 * writes the new line at the end in one write and forces it to disk before returning. Thread-safe: share one
 * instance per file within a process. A log whose last line is torn (a crash cut an append short) or
 * unreadable is not appended to: the append is refused until a person has looked.
 */
public final class AuditLog {

    public static final String FILE = "audit.jsonl";
    /** The {@code prev} of the first line. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectWriter LINE = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
            .with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final int TAIL_WINDOW = 4096;

    private final Path file;
    private final Clock clock;

    public AuditLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The audit log in the logs folder ({@code paths.logs}). */
    public static AuditLog in(Path logsFolder, Clock clock) {
        return new AuditLog(logsFolder.resolve(FILE), clock);
    }

    public Path file() {
        return file;
    }

    /**
     * Appends one event; returns its line number ({@code seq}). {@code event} is a lower-case name such as
     * {@code order_submitted}; {@code fields} are written as JSON with their keys sorted (null values kept).
     */
    public synchronized long append(String event, Map<String, ?> fields) {
        if (event == null || !event.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("an audit event is a lower-case name such as order_submitted, got " + event);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.CREATE); FileLock ignored = channel.lock()) {
                long size = channel.size();
                byte[] last = size == 0 ? null : lastLine(channel, size);
                long seq = last == null ? 1 : seqOf(last) + 1;
                String prev = last == null ? GENESIS : Digests.sha256Hex(last);
                byte[] line = LINE.writeValueAsBytes(new AuditLine(seq, clock.instant(), event, prev, fields == null ? Map.of() : fields));
                ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
                long position = size;
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer, position);
                }
                channel.force(false);
                return seq;
            }
        } catch (IOException e) {
            throw KairosException.failure("Cannot append to the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    /** The last line's bytes without its end of line; refuses a torn tail. */
    private byte[] lastLine(FileChannel channel, long size) throws IOException {
        if (read(channel, size - 1, size)[0] != '\n') {
            long start = lineStart(channel, size);
            throw refused("its last line is torn: the " + (size - start) + " bytes from byte " + start + " have no end of line"
                    + " (an append was cut short, e.g. by a crash). Run kairos verify-audit --file " + file + ", keep a copy of"
                    + " the file, then cut the torn bytes off (truncate -s " + start + " " + file + ")");
        }
        return read(channel, lineStart(channel, size - 1), size - 1);
    }

    /** Where the line ending before {@code end} begins: just after the previous end of line, or 0. */
    private static long lineStart(FileChannel channel, long end) throws IOException {
        for (long window = TAIL_WINDOW; ; window *= 2) {
            long from = Math.max(0, end - window);
            byte[] bytes = read(channel, from, end);
            for (int i = bytes.length - 1; i >= 0; i--) {
                if (bytes[i] == '\n') {
                    return from + i + 1;
                }
            }
            if (from == 0) {
                return 0;
            }
        }
    }

    private static byte[] read(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, from + buffer.position()) < 0) {
                throw new IOException("the file shrank while it was read");
            }
        }
        return buffer.array();
    }

    private long seqOf(byte[] line) {
        try {
            JsonNode seq = Json.mapper().readTree(line).path("seq");
            if (seq.canConvertToLong() && seq.isIntegralNumber()) {
                return seq.asLong();
            }
        } catch (IOException e) {
            // reported below
        }
        throw refused("its last line is not an audit line (" + new String(Arrays.copyOf(line, Math.min(line.length, 60)),
                StandardCharsets.UTF_8) + "...). Run kairos verify-audit --file " + file);
    }

    private KairosException refused(String why) {
        return new KairosException(KairosException.Kind.REFUSED, "Refusing to append to the audit log " + file + ": " + why + ".");
    }
}
