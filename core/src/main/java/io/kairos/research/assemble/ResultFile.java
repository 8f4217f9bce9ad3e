package io.kairos.research.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import io.kairos.ops.Json;
import io.kairos.research.EquitySeries;
import io.kairos.research.ResearchArtifacts;
import io.kairos.research.ResearchSettings;
import io.kairos.research.StrategyCatalog;
import io.kairos.research.StrategySpec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What a portfolio needs from one research result file (docs/RESEARCH.md, "The result file"): the symbol, the spec to
 * run again, the broker settings, and the end-of-bar values.
 */
public record ResultFile(Path file, String symbol, StrategySpec spec, ResearchSettings settings, EquitySeries equity) {

    public static ResultFile read(Path file, StrategyCatalog catalog) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw KairosException.failure("Cannot read the result file " + file + ": " + e.getMessage()
                    + "; run kairos research again to write it.", e);
        }
        try {
            if (json == null || !ResearchArtifacts.SCHEMA.equals(json.path("schema").asText())) {
                throw new IllegalArgumentException("its schema is not " + ResearchArtifacts.SCHEMA);
            }
            JsonNode settings = json.path("settings");
            ResearchSettings broker = new ResearchSettings(settings.path("cash").asDouble(), settings.path("commission").asDouble(),
                    settings.path("size_fraction").asDouble());
            JsonNode dates = json.path("equity").path("dates");
            JsonNode values = json.path("equity").path("values");
            if (!dates.isArray() || !values.isArray() || dates.size() != values.size() || dates.isEmpty()) {
                throw new IllegalArgumentException("equity needs as many dates as values, at least one");
            }
            LocalDate[] days = new LocalDate[dates.size()];
            double[] equity = new double[values.size()];
            for (int i = 0; i < days.length; i++) {
                days[i] = LocalDate.parse(dates.get(i).asText());
                equity[i] = values.get(i).asDouble();
                if (i > 0 && !days[i].isAfter(days[i - 1])) {
                    throw new IllegalArgumentException("equity date " + days[i] + " follows " + days[i - 1]);
                }
            }
            return new ResultFile(file, json.path("symbol").asText(), catalog.parse(json.path("spec").asText()), broker,
                    new EquitySeries(days, equity));
        } catch (IllegalArgumentException | DateTimeParseException | KairosException e) {
            throw KairosException.failure("The result file " + file + " is not one kairos research writes: " + e.getMessage()
                    + ". Run kairos research again.", e);
        }
    }

    public LocalDate start() {
        return equity.dates()[0];
    }

    public LocalDate end() {
        return equity.dates()[equity.dates().length - 1];
    }
}
