package io.kairos.backtest;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceFrequency;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.model.CalibrationRun;
import io.kairos.model.ModelTrainer;
import io.kairos.model.TrainingReport;
import io.kairos.model.TrainingRequest;
import io.kairos.ops.ProgressListener;
import io.kairos.portfolio.PickBuilder;
import io.kairos.portfolio.PickRow;
import io.kairos.portfolio.Picks;
import io.kairos.portfolio.PriorRequest;
import io.kairos.risk.SizingMethods;
import io.kairos.risk.SizingSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The picks a backtest trades, point in time: every {@code refitMonths} a model is trained as of that rebalance day
 * (only labels that ended by then, the purge and embargo of kairos train), calibrated the same way as kairos
 * calibrate, and it scores the rebalance days up to the next refit; on each day the picks come from
 * {@link PickBuilder}, unchanged, with the previous day's targets as the prior holdings.
 */
public final class WalkForwardPicks {

    /** What the walk-forward decided: the target weights of each rebalance day and the models behind them. */
    public record Result(SortedMap<LocalDate, Map<String, Double>> targets, List<RefitWindow> windows) {
    }

    private final NyseCalendar calendar;
    private final KairosConfig config;
    private final Clock clock;
    private final ProgressListener progress;

    public WalkForwardPicks(NyseCalendar calendar, KairosConfig config, Clock clock, ProgressListener progress) {
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
        this.progress = progress;
    }

    /**
     * @param store          the backtest's own store ({@link BacktestStore})
     * @param rebalanceDays  the rebalance days to pick on, ascending
     * @param refitMonths    months between refits (the first refit is the first rebalance day)
     * @param folder         where the models go ({@code <folder>/models/<model id>/})
     */
    public Result run(PriceStore store, List<LocalDate> rebalanceDays, int refitMonths, Path folder) {
        if (rebalanceDays.isEmpty()) {
            throw KairosException.usage("No rebalance day in the backtest's period: widen --start and --end.");
        }
        RebalanceFrequency frequency = RebalanceFrequency.parse(config.rebalance().frequency());
        PickBuilder picker = new PickBuilder(calendar, config.portfolio(), SizingMethods.named(config.portfolio().sizing(),
                SizingSettings.DEFAULTS));
        SortedMap<LocalDate, Map<String, Double>> targets = new TreeMap<>();
        List<RefitWindow> windows = new ArrayList<>();
        Map<String, Double> prior = null;
        for (List<LocalDate> window : windows(rebalanceDays, refitMonths)) {
            LocalDate refit = window.get(0);
            TrainingReport model = new ModelTrainer(calendar, clock).train(store, new TrainingRequest(refit, frequency, config.model(),
                    folder, window.subList(1, window.size())), progress);
            String calibration = new CalibrationRun(folder, clock).run(store, model.modelId()).report().method();
            List<String> skipped = new ArrayList<>();
            for (LocalDate day : window) {
                try {
                    Picks picks = picker.build(store.connection(), day, prior == null ? PriorRequest.NONE
                            : PriorRequest.given("the backtest's previous targets", prior));
                    Map<String, Double> weights = new TreeMap<>();
                    for (PickRow row : picks.rows()) {
                        if (row.weight() > 0) {
                            weights.put(row.ticker(), row.weight());
                        }
                    }
                    targets.put(day, weights);
                    prior = weights;
                } catch (KairosException refused) {
                    skipped.add(day + ": " + refused.getMessage().lines().findFirst().orElse(""));
                }
            }
            windows.add(new RefitWindow(refit, model.modelId(), window, model.test().auc(), calibration, skipped));
        }
        return new Result(targets, windows);
    }

    /** The rebalance days cut at each refit: the first day, then the first day at least refitMonths after the last refit. */
    static List<List<LocalDate>> windows(List<LocalDate> rebalanceDays, int refitMonths) {
        List<List<LocalDate>> windows = new ArrayList<>();
        List<LocalDate> current = new ArrayList<>();
        LocalDate nextRefit = rebalanceDays.get(0);
        for (LocalDate day : rebalanceDays) {
            if (!day.isBefore(nextRefit)) {
                if (!current.isEmpty()) {
                    windows.add(current);
                }
                current = new ArrayList<>();
                nextRefit = day.plusMonths(refitMonths);
            }
            current.add(day);
        }
        windows.add(current);
        return windows;
    }
}
