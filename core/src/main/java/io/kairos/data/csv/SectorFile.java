package io.kairos.data.csv;

import io.kairos.KairosException;
import io.kairos.data.store.TickerInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list of symbols with their GICS sector, columns found by header name: the symbol (Symbol or
 * Ticker), the sector (GICS Sector or Sector), and when present the name (Name, Security, Company)
 * and the industry (GICS Sub-Industry, Sub-Industry, Industry).
 */
final class SectorFile {

    private SectorFile() {
    }

    static Map<String, TickerInfo> read(Path file, String displayName) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw KairosException.failure("No such sector file: " + displayName + ". Check the path given to --sectors.");
        } catch (IOException e) {
            throw KairosException.failure("Cannot read " + displayName + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw KairosException.failure(displayName + " is empty: expected a header with Symbol and Sector columns.");
        }
        List<String> header = CsvFields.split(lines.get(0));
        List<String> names = header.stream().map(CsvFields::normalizedName).toList();
        int symbol = CsvFields.indexOfAny(names, "symbol", "ticker");
        int sector = CsvFields.indexOfAny(names, "gicssector", "sector");
        if (symbol < 0 || sector < 0) {
            throw KairosException.failure(displayName + ": the header (line 1) needs a symbol column (Symbol or Ticker) and a"
                    + " sector column (GICS Sector or Sector). Found: " + String.join(", ", header) + ".");
        }
        int name = CsvFields.indexOfAny(names, "name", "security", "company", "companyname");
        int industry = CsvFields.indexOfAny(names, "gicssubindustry", "subindustry", "industry");
        Map<String, TickerInfo> sectors = new LinkedHashMap<>();
        for (int index = 1; index < lines.size(); index++) {
            if (lines.get(index).isBlank()) {
                continue;
            }
            List<String> fields = CsvFields.split(lines.get(index));
            if (fields.size() != header.size()) {
                throw KairosException.failure(displayName + " line " + (index + 1) + ": expected " + header.size()
                        + " fields, found " + fields.size() + ".");
            }
            String ticker = fields.get(symbol).strip().toUpperCase(Locale.ROOT);
            if (ticker.isEmpty()) {
                throw KairosException.failure(displayName + " line " + (index + 1) + ": blank symbol.");
            }
            sectors.put(ticker, TickerInfo.withSector(ticker, valueOrNull(fields, name), valueOrNull(fields, sector),
                    valueOrNull(fields, industry)));
        }
        return sectors;
    }

    private static String valueOrNull(List<String> fields, int column) {
        if (column < 0) {
            return null;
        }
        String value = fields.get(column).strip();
        return value.isEmpty() ? null : value;
    }

}
