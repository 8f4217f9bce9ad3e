package io.kairos.execution;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.ops.Json;
import io.kairos.portfolio.PicksPublisher;
import io.kairos.portfolio.WeightsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The signed-off picks an execution starts from: the weights of a picks.csv (validated line by line),
 * the rebalance date and the data date (from the summary.json beside it, or given), and the file's
 * fingerprint that its orders' client order ids carry.
 *
 * @param dataDate the date of the prices the picks were decided on: orders are sized at its closes
 */
public record PicksInput(Path file, WeightsFile weights, LocalDate rebalanceDate, LocalDate dataDate, String fingerprint) {

    /** Reads {@code file}; {@code date}, when given, is the rebalance date (and the data date when no summary says otherwise). */
    public static PicksInput read(Path file, LocalDate date) {
        WeightsFile weights = WeightsFile.read(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw KairosException.failure("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Path summary = file.resolveSibling(PicksPublisher.SUMMARY_FILE);
        LocalDate rebalanceDate = date;
        LocalDate dataDate = date;
        if (Files.isRegularFile(summary)) {
            JsonNode json = read(summary);
            rebalanceDate = date != null ? date : parse(json.path("date").asText(null), summary, "date");
            dataDate = parse(json.path("data_date").asText(null), summary, "data_date");
        }
        if (rebalanceDate == null) {
            throw KairosException.usage("No " + PicksPublisher.SUMMARY_FILE + " beside " + file + " says its date: give --date.");
        }
        return new PicksInput(file, weights, rebalanceDate, dataDate, ClientOrderIds.fingerprint(bytes));
    }

    private static JsonNode read(Path summary) {
        try {
            return Json.mapper().readTree(summary.toFile());
        } catch (IOException e) {
            throw KairosException.failure("Cannot read " + summary + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate parse(String text, Path file, String field) {
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw KairosException.failure(file + ": field " + field + " is '" + text + "', not a date (YYYY-MM-DD).");
        }
    }
}
