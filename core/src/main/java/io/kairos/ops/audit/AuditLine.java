package io.kairos.ops.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Map;

/** One line of the audit log as written: its number, time, event, the previous line's hash, and the event's fields. */
@JsonPropertyOrder({"seq", "ts", "event", "prev", "fields"})
record AuditLine(long seq, Instant ts, String event, String prev, Map<String, ?> fields) {
}
