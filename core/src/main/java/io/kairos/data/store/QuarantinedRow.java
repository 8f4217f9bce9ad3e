package io.kairos.data.store;

/**
 * An input row the import refused, with where it came from and why.
 *
 * @param file   the file (or request) it came from
 * @param line   its line number in that file, 1-based including the header; 0 when not from a file
 * @param ticker the ticker as read, possibly blank
 * @param date   the date as read, possibly malformed
 * @param reason what is wrong with it, in operator words
 * @param raw    the row as read
 */
public record QuarantinedRow(String file, long line, String ticker, String date, String reason, String raw) {
}
