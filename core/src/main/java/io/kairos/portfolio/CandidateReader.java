package io.kairos.portfolio;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.StoreTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads every name listed on the data date with its sector, features and prediction, in ticker order. */
final class CandidateReader {

    private CandidateReader() {
    }

    static List<Candidate> read(Connection connection, KairosConfig.Portfolio settings, LocalDate dataDate, String modelId,
            int fold) {
        String sql = "SELECT f.ticker, t.sector, p." + StoreTables.identifier(settings.alphaColumn()) + ", p.prob, f."
                + StoreTables.identifier(settings.volColumn()) + ", f." + StoreTables.identifier(settings.advColumn())
                + " FROM feat_matrix f LEFT JOIN tickers t USING (ticker)"
                + " LEFT JOIN (SELECT * FROM predictions WHERE model_id = ? AND date = ? AND fold = ?) p USING (ticker)"
                + " WHERE f.date = ? ORDER BY f.ticker";
        List<Candidate> candidates = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, modelId);
            statement.setObject(2, dataDate);
            statement.setInt(3, fold);
            statement.setObject(4, dataDate);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String sector = rows.getString(2);
                    candidates.add(new Candidate(rows.getString(1), sector == null ? Candidate.NO_SECTOR : sector, number(rows, 3),
                            number(rows, 4), number(rows, 5), number(rows, 6)));
                }
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the names of " + dataDate + ": " + e.getMessage(), e);
        }
        return candidates;
    }

    private static double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }
}
