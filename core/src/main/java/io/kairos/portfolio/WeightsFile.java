package io.kairos.portfolio;

import io.kairos.KairosException;
import io.kairos.data.csv.CsvFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV of weights by ticker: any file with {@code ticker} and {@code weight} columns (a picks.csv, a
 * prior-holdings file). Long-only and unlevered: a weight that is not a number, NaN, infinite or
 * negative, a ticker twice, or weights summing above 1 is an error naming the file and line.
 *
 * @param weights by ticker, in file order (zero weights kept: a picks.csv lists names sold out of)
 * @param lines   the line number of each ticker, for later errors
 */
public record WeightsFile(Path file, Map<String, Double> weights, Map<String, Integer> lines) {

    /** Weights may sum a hair above 1 from rounding in a file. */
    private static final double SUM_TOLERANCE = 1e-6;

    public WeightsFile {
        weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    /** "file line N: " for an error about {@code ticker}. */
    public String where(String ticker) {
        return file + " line " + lines.get(ticker) + ": ";
    }

    public static WeightsFile read(Path file) {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw KairosException.failure("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (text.isEmpty()) {
            throw KairosException.failure(file + " is empty: it needs a header with ticker and weight.");
        }
        List<String> header = CsvFields.split(text.get(0));
        int tickerColumn = header.indexOf("ticker");
        int weightColumn = header.indexOf("weight");
        if (tickerColumn < 0 || weightColumn < 0) {
            throw KairosException.failure(file + " line 1: the header " + header + " needs the columns ticker and weight.");
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        double sum = 0;
        for (int index = 1; index < text.size(); index++) {
            String line = text.get(index);
            if (line.isBlank()) {
                continue;
            }
            String where = file + " line " + (index + 1) + ": ";
            List<String> fields = CsvFields.split(line);
            if (fields.size() <= Math.max(tickerColumn, weightColumn)) {
                throw KairosException.failure(where + "has " + fields.size() + " fields; the header has " + header.size() + ".");
            }
            String ticker = fields.get(tickerColumn).strip();
            if (ticker.isEmpty()) {
                throw KairosException.failure(where + "the ticker is empty.");
            }
            double weight = weight(fields.get(weightColumn).strip(), where);
            if (weights.put(ticker, weight) != null) {
                throw KairosException.failure(where + "ticker " + ticker + " appears a second time: give each ticker one line.");
            }
            lines.put(ticker, index + 1);
            sum += weight;
        }
        if (sum > 1 + SUM_TOLERANCE) {
            throw KairosException.failure(file + ": the weights sum to " + sum + ", above 1 (100% of equity): the portfolio"
                    + " is long-only and unlevered; fix the file.");
        }
        return new WeightsFile(file, weights, lines);
    }

    private static double weight(String text, String where) {
        double weight;
        try {
            weight = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw KairosException.failure(where + "weight '" + text + "' is not a number.");
        }
        if (Double.isNaN(weight) || Double.isInfinite(weight)) {
            throw KairosException.failure(where + "weight " + text + " is not a finite number.");
        }
        if (weight < 0) {
            throw KairosException.failure(where + "weight " + text + " is negative: the portfolio is long-only.");
        }
        return weight;
    }
}
