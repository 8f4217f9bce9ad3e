package io.kairos.portfolio;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.StoreTables;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code kairos check-data}, and the first step of generate-picks: is the store ready to rebalance on a
 * date? Data more than one session older than the date, and fewer than {@value #MIN_NAMES} names passing
 * the liquidity filter, are CRITICAL and block. Read-only.
 */
public final class ReadinessChecker {

    /** Fewer liquid names than this cannot make a diversified portfolio: the rebalance is blocked. */
    static final int MIN_NAMES = 50;

    private final NyseCalendar calendar;
    private final KairosConfig.Portfolio settings;

    public ReadinessChecker(NyseCalendar calendar, KairosConfig.Portfolio settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public Readiness check(Connection connection, LocalDate date) {
        try {
            List<ReadinessCheck> checks = new ArrayList<>();
            if (!StoreTables.exists(connection, "feat_matrix")) {
                checks.add(new ReadinessCheck("data_freshness", Severity.CRITICAL, "the store has no feat_matrix: run kairos features"));
                return new Readiness(date, null, null, -1, checks);
            }
            RebalanceSql.requireColumns(connection, "feat_matrix", settings.volColumn(), settings.advColumn());
            LocalDate dataDate = RebalanceSql.date(connection, "SELECT max(date) FROM feat_matrix WHERE date <= ?", date);
            if (dataDate == null) {
                checks.add(new ReadinessCheck("data_freshness", Severity.CRITICAL,
                        "feat_matrix has no date on or before " + date + ": run kairos download and kairos features"));
                return new Readiness(date, null, null, -1, checks);
            }
            checks.add(freshness(date, dataDate));
            PredictionSource.Found model = PredictionSource.find(connection, dataDate, date);
            checks.add(predictions(model, dataDate));
            checks.addAll(liquidityAndSectors(connection, dataDate));
            return new Readiness(date, dataDate, model == null ? null : model.modelId(), model == null ? -1 : model.fold(), checks);
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the store for the readiness checks: " + e.getMessage(), e);
        }
    }

    private ReadinessCheck freshness(LocalDate date, LocalDate dataDate) {
        int behind = dataDate.isBefore(date) ? calendar.sessions(dataDate.plusDays(1), date).size() : 0;
        if (behind == 0) {
            return new ReadinessCheck("data_freshness", Severity.PASS, "feat_matrix has " + dataDate);
        }
        if (behind == 1) {
            return new ReadinessCheck("data_freshness", Severity.WARNING, "feat_matrix ends on " + dataDate
                    + ", one session before " + date + ": the picks use that session's data");
        }
        return new ReadinessCheck("data_freshness", Severity.CRITICAL, "feat_matrix ends on " + dataDate + ", " + behind
                + " sessions before " + date + ": run kairos download and kairos features");
    }

    private ReadinessCheck predictions(PredictionSource.Found model, LocalDate dataDate) {
        if (model == null) {
            return new ReadinessCheck("predictions", Severity.CRITICAL, "no model has predictions for " + dataDate
                    + ": run kairos train (then kairos calibrate)");
        }
        String what = "model " + model.modelId() + (model.fold() == 0 ? "" : " (out-of-sample fold " + model.fold() + ")")
                + " scored " + model.rows() + " names on " + dataDate;
        if (settings.alphaColumn().equals("prob") && model.calibrated() == 0) {
            return new ReadinessCheck("predictions", Severity.CRITICAL, what + " but none is calibrated: run kairos calibrate"
                    + " (or set portfolio.alpha_column to score)");
        }
        return new ReadinessCheck("predictions", Severity.PASS, what);
    }

    private List<ReadinessCheck> liquidityAndSectors(Connection connection, LocalDate dataDate) throws SQLException {
        String adv = StoreTables.identifier(settings.advColumn());
        int names = 0;
        int liquid = 0;
        TreeSet<String> sectors = new TreeSet<>();
        TreeSet<String> liquidSectors = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT t.sector, f." + adv + " >= ?"
                + " FROM feat_matrix f LEFT JOIN tickers t USING (ticker) WHERE f.date = ?")) {
            statement.setDouble(1, settings.minAdv());
            statement.setObject(2, dataDate);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names++;
                    String sector = rows.getString(1);
                    boolean passes = rows.getBoolean(2);
                    if (sector != null) {
                        sectors.add(sector);
                    }
                    if (passes) {
                        liquid++;
                        if (sector != null) {
                            liquidSectors.add(sector);
                        }
                    }
                }
            }
        }
        String counted = String.format(Locale.ROOT, "%d of %d names on %s have %s of at least %,.0f", liquid, names, dataDate,
                settings.advColumn(), settings.minAdv());
        ReadinessCheck liquidity = liquid < MIN_NAMES
                ? new ReadinessCheck("liquidity", Severity.CRITICAL, counted + "; fewer than " + MIN_NAMES + " cannot be traded")
                : liquid < settings.minLiquidNames()
                        ? new ReadinessCheck("liquidity", Severity.WARNING, counted + "; portfolio.min_liquid_names asks for "
                                + settings.minLiquidNames())
                        : new ReadinessCheck("liquidity", Severity.PASS, counted);
        TreeSet<String> missing = new TreeSet<>(sectors);
        missing.removeAll(liquidSectors);
        ReadinessCheck sectorCheck = sectors.isEmpty()
                ? new ReadinessCheck("sectors", Severity.WARNING, "no name on " + dataDate + " has a sector in tickers:"
                        + " the sector caps treat the universe as one sector")
                : missing.isEmpty()
                        ? new ReadinessCheck("sectors", Severity.PASS, "all " + sectors.size() + " sectors of the universe have"
                                + " liquid names")
                        : new ReadinessCheck("sectors", Severity.WARNING, missing.size() + " of " + sectors.size()
                                + " sectors have no liquid name: " + String.join(", ", missing));
        return List.of(liquidity, sectorCheck);
    }
}
