package io.kairos.backtest;

import io.kairos.KairosException;
import io.kairos.backtest.metrics.BacktestMetrics;
import io.kairos.backtest.metrics.DailyPoint;
import io.kairos.backtest.metrics.RebalanceRecord;
import io.kairos.backtest.replay.PricePanel;
import io.kairos.backtest.replay.PortfolioReplay;
import io.kairos.backtest.replay.ReplayResult;
import io.kairos.backtest.replay.TargetSchedule;
import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceFrequency;
import io.kairos.calendar.RebalanceSchedule;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.data.store.StoreWork;
import io.kairos.ops.Folders;
import io.kairos.ops.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code kairos backtest}: the weekly (or monthly) process replayed over history (docs/BACKTEST.md). A scratch copy
 * of the store ({@link BacktestStore}), walk-forward models and their picks ({@link WalkForwardPicks}), the
 * portfolio traded through the simulated broker's fill model ({@link PortfolioReplay}), then the metrics of the
 * whole run and of each refit window.
 */
public final class BacktestRun {

    /** Bars before the first rebalance day that the first fills' volatility and volume read (as the sim's do). */
    static final int HISTORY_SESSIONS = 21;


    private final NyseCalendar calendar;
    private final KairosConfig config;
    private final Clock clock;
    private final ProgressListener progress;

    public BacktestRun(NyseCalendar calendar, KairosConfig config, Clock clock, ProgressListener progress) {
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
        this.progress = progress;
    }

    /**
     * Runs the backtest on {@code source}, which is only read. Its scratch store and the walk-forward models live in a
     * hidden work folder beside {@code request.folder()}, deleted at the end: the outcome keeps what each model was.
     */
    public BacktestOutcome run(Path source, BacktestRequest request) {
        RebalanceSchedule schedule = new RebalanceSchedule(calendar, RebalanceFrequency.parse(config.rebalance().frequency()));
        List<LocalDate> rebalanceDays = schedule.between(request.start(), request.end());
        if (rebalanceDays.isEmpty()) {
            throw KairosException.usage("No " + config.rebalance().frequency() + " rebalance day from " + request.start() + " to "
                    + request.end() + ": widen --start and --end.");
        }
        Path folder = request.folder().toAbsolutePath().normalize();
        Path work = folder.resolveSibling("." + folder.getFileName() + ".work");
        try (PriceStore store = BacktestStore.create(source, work.resolve("work.duckdb"), schedule, request.end(),
                new StoreSettings(config.store().memoryLimit()))) {
            WalkForwardPicks.Result picks = new WalkForwardPicks(calendar, config, clock, progress).run(store, rebalanceDays,
                    request.refitMonths(), work);
            if (picks.targets().isEmpty()) {
                throw KairosException.failure("No rebalance day from " + request.start() + " to " + request.end() + " had picks: "
                        + picks.windows().get(0).skipped().stream().findFirst().orElse(""));
            }
            progress.begin("replaying the portfolio", -1, "sessions");
            LocalDate first = rebalanceDays.get(0);
            PricePanel panel = PricePanel.load(store.connection(), historyStart(first), request.end());
            ReplayResult replay = fromFirstRebalance(PortfolioReplay.run(panel, new TargetSchedule(picks.targets()), request.replay()),
                    first);
            progress.end(String.format("%,d sessions x %,d tickers", panel.sessions(), panel.tickers()));
            BacktestMetrics metrics = BacktestMetrics.of(replay.points(), replay.rebalances(), replay.trades());
            return new BacktestOutcome(request, picks.targets(), replay, metrics, walkForward(picks.windows(), replay),
                    sectors(store));
        } finally {
            deleteWork(work);
        }
    }

    /**
     * The session {@value #HISTORY_SESSIONS} sessions before the first rebalance day: the first fills then estimate
     * their volatility and volume from as many bars as the simulated broker's do.
     */
    private LocalDate historyStart(LocalDate first) {
        List<LocalDate> before = calendar.sessions(first.minusDays(3L * HISTORY_SESSIONS), first);
        return before.get(Math.max(0, before.size() - 1 - HISTORY_SESSIONS));
    }

    /**
     * The replay from the close of the first rebalance day: the sessions before it only lent their bars to the fill
     * model. The first kept close has no return of its own, so its benchmark return is 0.
     */
    static ReplayResult fromFirstRebalance(ReplayResult replay, LocalDate first) {
        int skip = 0;
        while (skip < replay.points().size() && replay.points().get(skip).date().isBefore(first)) {
            skip++;
        }
        List<DailyPoint> points = new ArrayList<>(replay.points().subList(skip, replay.points().size()));
        if (!points.isEmpty()) {
            DailyPoint start = points.get(0);
            points.set(0, new DailyPoint(start.date(), start.equity(), 0, start.grossExposure()));
        }
        return new ReplayResult(points, replay.cash().subList(skip, replay.cash().size()), replay.rebalances(), replay.trades(),
                replay.fills(), replay.positions().stream().filter(position -> !position.date().isBefore(first)).toList(),
                replay.tickerDays());
    }

    /** Each refit window's metrics, from the close of its first rebalance day to the close of the next window's first. */
    private static List<WindowMetrics> walkForward(List<RefitWindow> windows, ReplayResult replay) {
        List<WindowMetrics> summary = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            LocalDate from = windows.get(w).refit();
            LocalDate to = w + 1 < windows.size() ? windows.get(w + 1).refit() : LocalDate.MAX;
            List<DailyPoint> points = replay.points().stream()
                    .filter(point -> !point.date().isBefore(from) && !point.date().isAfter(to)).toList();
            List<RebalanceRecord> rebalances = replay.rebalances().stream()
                    .filter(record -> !record.date().isBefore(from) && record.date().isBefore(to)).toList();
            if (!points.isEmpty()) {
                summary.add(new WindowMetrics(windows.get(w), BacktestMetrics.of(points, rebalances, replay.trades().stream()
                        .filter(trade -> !trade.exitDate().isBefore(from) && trade.exitDate().isBefore(to)).toList())));
            }
        }
        return summary;
    }

    private static Map<String, String> sectors(PriceStore store) {
        return StoreWork.read("Cannot read the sectors", () -> {
            Map<String, String> sectors = new TreeMap<>();
            try (Statement statement = store.connection().createStatement();
                    ResultSet rows = statement.executeQuery("SELECT ticker, sector FROM tickers WHERE sector IS NOT NULL")) {
                while (rows.next()) {
                    sectors.put(rows.getString(1), rows.getString(2));
                }
            }
            return sectors;
        });
    }

    private static void deleteWork(Path work) {
        try {
            Folders.deleteRecursively(work);
        } catch (IOException e) {
            throw KairosException.failure("Cannot delete the backtest's work folder " + work + ": " + e.getMessage(), e);
        }
    }
}
