package io.kairos.portfolio;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.StoreTables;
import io.kairos.risk.LedoitWolf;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annualised covariance of names' daily returns over the {@code days} sessions up to the data date,
 * from {@code closeadj}, shrunk by Ledoit-Wolf. A return needs a positive close on its session and the
 * one before; a missing return counts as the name's mean return over the window (it adds no
 * co-movement), so a name with a short history gets a smaller variance rather than none.
 */
final class ReturnCovariance {

    static final int SESSIONS_PER_YEAR = 252;

    private ReturnCovariance() {
    }

    /** The covariance of {@code tickers} in their order, n x n. */
    static double[][] annualised(Connection connection, NyseCalendar calendar, List<String> tickers, LocalDate dataDate, int days) {
        List<LocalDate> sessions = calendar.sessions(dataDate.minusDays(days * 2L + 30), dataDate);
        sessions = sessions.subList(Math.max(0, sessions.size() - days - 1), sessions.size());
        double[][] closes = closes(connection, tickers, sessions);
        double[][] returns = demeanedReturns(closes, tickers.size());
        double[][] daily = LedoitWolf.shrink(returns).covariance();
        for (double[] row : daily) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= SESSIONS_PER_YEAR;
            }
        }
        return daily;
    }

    /** closes[session][name], NaN where the store has no positive close. */
    private static double[][] closes(Connection connection, List<String> tickers, List<LocalDate> sessions) {
        Map<LocalDate, Integer> sessionIndex = new HashMap<>();
        for (int s = 0; s < sessions.size(); s++) {
            sessionIndex.put(sessions.get(s), s);
        }
        Map<String, Integer> nameIndex = new HashMap<>();
        for (int i = 0; i < tickers.size(); i++) {
            nameIndex.put(tickers.get(i), i);
        }
        double[][] closes = new double[sessions.size()][tickers.size()];
        for (double[] row : closes) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        String names = StoreTables.literals(tickers);
        try (PreparedStatement statement = connection.prepareStatement("SELECT ticker, date, closeadj FROM sep_base"
                + " WHERE date BETWEEN ? AND ? AND ticker IN (" + names + ")")) {
            statement.setObject(1, sessions.get(0));
            statement.setObject(2, sessions.get(sessions.size() - 1));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Integer session = sessionIndex.get(rows.getObject(2, LocalDate.class));
                    double close = rows.getDouble(3);
                    if (session != null && !rows.wasNull() && close > 0) {
                        closes[session][nameIndex.get(rows.getString(1))] = close;
                    }
                }
            }
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the returns for the covariance: " + e.getMessage(), e);
        }
        return closes;
    }

    /** returns[t][name] minus the name's mean, 0 where the return is missing. */
    private static double[][] demeanedReturns(double[][] closes, int names) {
        int days = closes.length - 1;
        double[][] returns = new double[days][names];
        for (int i = 0; i < names; i++) {
            double sum = 0;
            int count = 0;
            for (int t = 0; t < days; t++) {
                double before = closes[t][i];
                double after = closes[t + 1][i];
                returns[t][i] = Double.isNaN(before) || Double.isNaN(after) ? Double.NaN : after / before - 1;
                if (!Double.isNaN(returns[t][i])) {
                    sum += returns[t][i];
                    count++;
                }
            }
            double mean = count == 0 ? 0 : sum / count;
            for (int t = 0; t < days; t++) {
                returns[t][i] = Double.isNaN(returns[t][i]) ? 0 : returns[t][i] - mean;
            }
        }
        return returns;
    }

    /** sqrt(w' cov w). */
    static double volatility(double[] weights, double[][] covariance) {
        double variance = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            for (int j = 0; j < weights.length; j++) {
                variance += weights[i] * covariance[i][j] * weights[j];
            }
        }
        return Math.sqrt(Math.max(0, variance));
    }
}
