package io.kairos.execution.records;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.StoreWork;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kairos track-performance}: the live portfolio's return over each period between executed rebalances, against
 * the return of the picks as decided and of the equal-weighted universe, from the store's {@code closeadj} (so
 * dividends count). The live return is the account's equity change, so deposits and withdrawals show in it: the
 * docs say so.
 */
public final class LivePerformance {

    private final Connection store;
    private final NyseCalendar calendar;

    public LivePerformance(Connection store, NyseCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    /**
     * One period per executed run, oldest first, then the periods chained into a total (its rebalance date the first
     * one's).
     *
     * @param runs          the executed picks, oldest first ({@link ExecutionRecords#runs})
     * @param equityNow     the account's equity now: the end of the last period
     * @param lastSession   the last session of the store: the end of the last period
     */
    public List<PerformancePeriod> periods(List<RecordedRun> runs, BigDecimal equityNow, LocalDate lastSession) {
        if (runs.isEmpty()) {
            throw KairosException.failure("No execution is recorded for this account: run kairos execute --picks ... --execute first.");
        }
        List<PerformancePeriod> periods = new ArrayList<>();
        double live = 1;
        double picks = 1;
        double universe = 1;
        for (int i = 0; i < runs.size(); i++) {
            RecordedRun run = runs.get(i);
            boolean last = i == runs.size() - 1;
            LocalDate end = last ? lastSession : runs.get(i + 1).dataDate();
            BigDecimal endEquity = last ? equityNow : runs.get(i + 1).equity();
            Map<String, Double> returns = returns(run.dataDate(), end);
            PerformancePeriod period = new PerformancePeriod(run.rebalanceDate(), run.dataDate(), end, sessions(run.dataDate(), end),
                    endEquity.divide(run.equity(), MathContext.DECIMAL64).doubleValue() - 1, weighted(run.weights(), returns),
                    returns.values().stream().mapToDouble(Double::doubleValue).average().orElse(0));
            periods.add(period);
            live *= 1 + period.live();
            picks *= 1 + period.picks();
            universe *= 1 + period.universe();
        }
        LocalDate start = runs.get(0).dataDate();
        periods.add(new PerformancePeriod(runs.get(0).rebalanceDate(), start, lastSession, sessions(start, lastSession), live - 1,
                picks - 1, universe - 1));
        return periods;
    }

    /** The last date with a close in the store on or before {@code today}: where the last period ends. */
    public LocalDate lastPricedSession(LocalDate today) {
        return StoreWork.read("Cannot read the last session of the store", () -> {
            try (PreparedStatement select = store.prepareStatement("SELECT max(date) FROM sep_base WHERE date <= ?")) {
                select.setObject(1, today);
                try (ResultSet rows = select.executeQuery()) {
                    LocalDate last = rows.next() ? rows.getObject(1, LocalDate.class) : null;
                    if (last == null) {
                        throw KairosException.failure("The store has no prices on or before " + today + ": run kairos download first.");
                    }
                    return last;
                }
            }
        });
    }

    private int sessions(LocalDate start, LocalDate end) {
        return end.isAfter(start) ? calendar.sessions(start.plusDays(1), end).size() : 0;
    }

    /** A name without a return (no close on start) counts as cash. */
    private static double weighted(Map<String, Double> weights, Map<String, Double> returns) {
        double sum = 0;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            sum += weight.getValue() * returns.getOrDefault(weight.getKey(), 0.0);
        }
        return sum;
    }

    /**
     * Each ticker's return from its {@code closeadj} on start to its last one on or before end (a name delisted in
     * between ends at its last price).
     */
    private Map<String, Double> returns(LocalDate start, LocalDate end) {
        return StoreWork.read("Cannot read the prices for the performance", () -> {
            Map<String, Double> returns = new HashMap<>();
            try (PreparedStatement select = store.prepareStatement("WITH first AS (SELECT ticker, closeadj AS p0 FROM sep_base"
                    + " WHERE date = ? AND closeadj > 0), latest AS (SELECT ticker, arg_max(closeadj, date) AS p1 FROM sep_base"
                    + " WHERE date BETWEEN ? AND ? AND closeadj > 0 GROUP BY ticker)"
                    + " SELECT ticker, p1 / p0 - 1 FROM first JOIN latest USING (ticker)")) {
                select.setObject(1, start);
                select.setObject(2, start);
                select.setObject(3, end);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        returns.put(rows.getString(1), rows.getDouble(2));
                    }
                }
            }
            return returns;
        });
    }
}
