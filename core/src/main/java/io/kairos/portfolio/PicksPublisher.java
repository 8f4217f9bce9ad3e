package io.kairos.portfolio;

import io.kairos.KairosException;
import io.kairos.ops.ArtifactFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a rebalance: picks.csv, trades.csv, checks.json, summary.json and manifest.json into the output
 * folder, and the holdings into {@code rebalance_picks}, all or nothing: the store's transaction commits
 * only once the folder is published, and the folder appears whole or not at all.
 */
public final class PicksPublisher {

    public static final String PICKS_FILE = "picks.csv";
    public static final String TRADES_FILE = "trades.csv";
    public static final String CHECKS_FILE = "checks.json";
    public static final String SUMMARY_FILE = "summary.json";

    /** Weight changes below this are rounding, not trades. */
    private static final double MIN_TRADE = 1e-9;

    private PicksPublisher() {
    }

    public static Path publish(Picks picks, Map<String, Object> parameters, Path outputDir, Connection connection, Clock clock) {
        ArtifactFolder folder = ArtifactFolder.begin(outputDir);
        boolean autoCommit = true;
        try {
            folder.write(PICKS_FILE, picksCsv(picks).getBytes(StandardCharsets.UTF_8));
            folder.write(TRADES_FILE, tradesCsv(picks).getBytes(StandardCharsets.UTF_8));
            folder.writeJson(CHECKS_FILE, picks.readiness().asJson());
            folder.writeJson(SUMMARY_FILE, summary(picks));
            autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            record(picks, connection);
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("rebalance_date", picks.date().toString());
            inputs.put("data_date", picks.dataDate().toString());
            inputs.put("model_id", picks.modelId());
            inputs.put("prior", picks.priorSource());
            Path published = folder.publish("generate-picks", inputs, parameters, clock);
            connection.commit();
            return published;
        } catch (SQLException | RuntimeException e) {
            folder.abandon();
            rollback(connection);
            if (e instanceof KairosException known) {
                throw known;
            }
            throw KairosException.failure("Cannot record the picks of " + picks.date() + ": " + e.getMessage(), e);
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the connection is closing anyway
            }
        }
    }

    private static void record(Picks picks, Connection connection) throws SQLException {
        RebalanceTables.createIfMissing(connection);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + RebalanceTables.PICKS
                + " WHERE rebalance_date = ?")) {
            delete.setObject(1, picks.date());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + RebalanceTables.PICKS
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PickRow row : picks.rows()) {
                if (row.weight() <= 0) {
                    continue;
                }
                insert.setObject(1, picks.date());
                insert.setString(2, row.ticker());
                insert.setString(3, row.sector());
                insert.setDouble(4, row.weight());
                insert.setDouble(5, row.priorWeight());
                setNumber(insert, 6, row.alpha());
                setNumber(insert, 7, row.probability());
                setNumber(insert, 8, row.volatility());
                setNumber(insert, 9, row.adv());
                insert.setObject(10, picks.dataDate());
                insert.setString(11, picks.modelId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setNumber(PreparedStatement insert, int index, double value) throws SQLException {
        if (Double.isFinite(value)) {
            insert.setDouble(index, value);
        } else {
            insert.setNull(index, java.sql.Types.DOUBLE);
        }
    }

    static String picksCsv(Picks picks) {
        StringBuilder csv = new StringBuilder("ticker,sector,weight,alpha,probability,volatility,adv,prior_weight,change\n");
        for (PickRow row : picks.rows()) {
            csv.append(row.ticker()).append(',').append(quoted(row.sector())).append(',').append(weight(row.weight())).append(',')
                    .append(decimal(row.alpha())).append(',').append(decimal(row.probability())).append(',')
                    .append(decimal(row.volatility())).append(',').append(dollars(row.adv())).append(',')
                    .append(weight(row.priorWeight())).append(',').append(weight(row.change())).append('\n');
        }
        return csv.toString();
    }

    /** Sells first (they fund the buys), then buys; by ticker within each. */
    static String tradesCsv(Picks picks) {
        List<PickRow> trades = new ArrayList<>(picks.rows().stream().filter(row -> Math.abs(row.change()) > MIN_TRADE).toList());
        trades.sort(Comparator.comparing((PickRow row) -> row.change() > 0).thenComparing(PickRow::ticker));
        StringBuilder csv = new StringBuilder("ticker,side,weight_change\n");
        for (PickRow row : trades) {
            csv.append(row.ticker()).append(',').append(row.change() > 0 ? "buy" : "sell").append(',').append(weight(row.change()))
                    .append('\n');
        }
        return csv.toString();
    }

    private static Map<String, Object> summary(Picks picks) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", picks.date().toString());
        json.put("data_date", picks.dataDate().toString());
        json.put("model_id", picks.modelId());
        json.put("fold", picks.fold());
        json.put("sizing", picks.sizing());
        json.put("prior", picks.priorSource());
        json.put("listed", picks.listed());
        json.put("universe", picks.universe());
        json.put("names", picks.holdings());
        json.put("gross", picks.gross());
        json.put("cash", picks.cash());
        json.put("sized_vol", picks.sizedVol());
        json.put("target_gross", picks.targetGross());
        json.put("ex_ante_vol", picks.exAnteVol());
        json.put("turnover", picks.turnover());
        json.put("trade_fraction", picks.tradeFraction());
        json.put("binding", picks.binding());
        json.put("sectors", picks.sectors());
        return json;
    }

    /** Eight decimals; a rounding residue prints as 0, never as -0.00000000. */
    private static String weight(double value) {
        return String.format(Locale.ROOT, "%.8f", Math.abs(value) < 5e-9 ? 0 : value);
    }

    private static String decimal(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.6f", value) : "";
    }

    private static String dollars(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.0f", value) : "";
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static void rollback(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is the one to report
        }
    }
}
