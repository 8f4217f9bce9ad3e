package io.kairos.features;

import io.kairos.KairosException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tickers a run reads, numbered 0.. in name order (ids are what the price rows carry, so rows of
 * a date come sorted by name), with their sectors numbered in name order too and the number of
 * stored rows each has before the first date read. The numbering lives in a temporary table of the
 * reading connection, {@value #TABLE}.
 */
final class Universe {

    static final String TABLE = "feature_tickers";
    static final int NO_SECTOR = -1;

    private final String[] tickers;
    private final long[] earlierRows;
    private final int[] sectors;
    private final int sectorCount;

    private Universe(String[] tickers, long[] earlierRows, int[] sectors, int sectorCount) {
        this.tickers = tickers;
        this.earlierRows = earlierRows;
        this.sectors = sectors;
        this.sectorCount = sectorCount;
    }

    /** Numbers every ticker with a price on or after {@code from}. */
    static Universe load(Connection reader, LocalDate from) {
        try (Statement statement = reader.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE " + TABLE + " AS SELECT ticker,"
                    + " (row_number() OVER (ORDER BY ticker) - 1)::INTEGER AS tid, earlier"
                    + " FROM (SELECT ticker, count(*) FILTER (WHERE date < " + Sql.date(from) + ") AS earlier"
                    + " FROM sep_base GROUP BY ticker HAVING max(date) >= " + Sql.date(from) + ")");
            List<String> names = new ArrayList<>();
            List<Long> earlier = new ArrayList<>();
            List<String> sectorNames = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT f.ticker, f.earlier, t.sector FROM " + TABLE + " f"
                    + " LEFT JOIN (SELECT ticker, min(sector) AS sector FROM tickers GROUP BY ticker) t USING (ticker)"
                    + " ORDER BY f.tid")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                    earlier.add(rows.getLong(2));
                    sectorNames.add(rows.getString(3));
                }
            }
            Map<String, Integer> sectorIds = new LinkedHashMap<>();
            sectorNames.stream().filter(name -> name != null && !name.isBlank()).sorted().distinct()
                    .forEach(name -> sectorIds.put(name, sectorIds.size()));
            int[] sectors = new int[names.size()];
            for (int i = 0; i < sectors.length; i++) {
                sectors[i] = sectorIds.getOrDefault(sectorNames.get(i), NO_SECTOR);
            }
            return new Universe(names.toArray(String[]::new), earlier.stream().mapToLong(Long::longValue).toArray(), sectors,
                    sectorIds.size());
        } catch (SQLException e) {
            throw KairosException.failure("Cannot number the tickers of the store: " + e.getMessage(), e);
        }
    }

    int size() {
        return tickers.length;
    }

    String ticker(int id) {
        return tickers[id];
    }

    /** Stored rows of a ticker dated before the first date this run reads. */
    long earlierRows(int id) {
        return earlierRows[id];
    }

    /** The sector number of a ticker, or {@link #NO_SECTOR}. */
    int sectorOf(int id) {
        return sectors[id];
    }

    int sectorCount() {
        return sectorCount;
    }
}
