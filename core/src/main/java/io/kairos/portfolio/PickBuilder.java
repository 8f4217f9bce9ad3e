package io.kairos.portfolio;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.config.KairosConfig;
import io.kairos.risk.SizingInput;
import io.kairos.risk.SizingMethod;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code kairos generate-picks}, without the writing: readiness, universe, ranking, sizing scaled to the
 * volatility target, caps, and the turnover step (docs/REBALANCE.md). Read-only.
 */
public final class PickBuilder {

    /** Post-trade alerts: a turnover or a single position above these is a WARNING. */
    static final double TURNOVER_ALERT = 0.50;
    static final double POSITION_ALERT = 0.05;

    private final NyseCalendar calendar;
    private final KairosConfig.Portfolio settings;
    private final SizingMethod sizing;

    public PickBuilder(NyseCalendar calendar, KairosConfig.Portfolio settings, SizingMethod sizing) {
        this.calendar = calendar;
        this.settings = settings;
        this.sizing = sizing;
    }

    public Picks build(Connection connection, LocalDate date, PriorRequest priorRequest) {
        Readiness readiness = new ReadinessChecker(calendar, settings).check(connection, date);
        refuseUnlessReady(readiness);
        try {
            PriorHoldings prior = prior(connection, date, priorRequest);
            List<Candidate> listed = CandidateReader.read(connection, settings, readiness.dataDate(), readiness.modelId(),
                    readiness.fold());
            List<Candidate> eligible = listed.stream().filter(candidate -> candidate.eligible(settings.minAdv())).toList();
            if (eligible.isEmpty()) {
                throw KairosException.failure("No name on " + readiness.dataDate() + " has " + settings.advColumn() + " of at least "
                        + settings.minAdv() + " with a " + settings.volColumn() + " and a " + settings.alphaColumn() + ": nothing to pick.");
            }
            List<Candidate> top = eligible.stream()
                    .sorted(Comparator.comparingDouble(Candidate::alpha).reversed().thenComparing(Candidate::ticker))
                    .limit(settings.topN()).toList();
            return decide(connection, readiness, prior, listed, eligible, top);
        } catch (SQLException e) {
            throw KairosException.failure("Cannot read the store for the picks: " + e.getMessage(), e);
        }
    }

    /** Missing predictions are bad input (exit 1); any other critical check refuses (exit 3). */
    private static void refuseUnlessReady(Readiness readiness) {
        if (!readiness.blocked()) {
            return;
        }
        boolean onlyPredictions = readiness.checks().stream()
                .filter(check -> check.severity() == Severity.CRITICAL).allMatch(check -> check.name().equals("predictions"));
        String message = "The rebalance of " + readiness.date() + " is not ready:\n" + readiness.blockingReasons();
        throw onlyPredictions ? KairosException.failure(message) : new KairosException(KairosException.Kind.REFUSED, message);
    }

    private PriorHoldings prior(Connection connection, LocalDate date, PriorRequest request) throws SQLException {
        return switch (request.source()) {
            case NONE -> PriorHoldings.none();
            case STORE -> PriorHoldings.fromStore(connection, date);
            case FILE -> PriorHoldings.fromFile(request.file(), knownTickers(connection));
            case GIVEN -> PriorHoldings.given(request.description(), request.weights(), knownTickers(connection));
        };
    }

    private Picks decide(Connection connection, Readiness readiness, PriorHoldings prior, List<Candidate> listed,
            List<Candidate> eligible, List<Candidate> top) throws SQLException {
        // the names in play: the top names in rank order, then prior holdings outside them by ticker
        Map<String, Candidate> byTicker = new HashMap<>();
        listed.forEach(candidate -> byTicker.put(candidate.ticker(), candidate));
        List<Candidate> names = new ArrayList<>(top);
        Set<String> inPlay = new HashSet<>();
        top.forEach(candidate -> inPlay.add(candidate.ticker()));
        Map<String, String> unlistedSectors = sectorsOf(connection, prior.weights().keySet().stream()
                .filter(ticker -> !byTicker.containsKey(ticker)).toList());
        for (String ticker : prior.weights().keySet()) {
            if (inPlay.add(ticker)) {
                Candidate known = byTicker.get(ticker);
                names.add(known != null ? known : new Candidate(ticker, unlistedSectors.getOrDefault(ticker, Candidate.NO_SECTOR),
                        Double.NaN, Double.NaN, Double.NaN, Double.NaN));
            }
        }
        int n = names.size();
        int k = top.size();

        SectorCaps caps = SectorCaps.of(eligible, names, settings.maxSectorMult());
        int[] sectors = names.stream().mapToInt(name -> caps.index(name.sector())).toArray();
        double[][] covariance = ReturnCovariance.annualised(connection, calendar, names.stream().map(Candidate::ticker).toList(),
                readiness.dataDate(), settings.covarianceDays());

        double[][] topCovariance = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(covariance[i], 0, topCovariance[i], 0, k);
        }
        double[] proportions = sizing.weights(new SizingInput(top.stream().mapToDouble(Candidate::probability).toArray(),
                top.stream().mapToDouble(Candidate::volatility).toArray(), topCovariance));
        double sizedVol = ReturnCovariance.volatility(proportions, topCovariance);
        double targetGross = sum(proportions) == 0 ? 0 : sizedVol > 0 ? Math.min(1, settings.targetVol() / sizedVol) : 1;
        CapAllocator.Result capped = CapAllocator.allocate(targetGross, proportions, Arrays.copyOf(sectors, k),
                settings.maxPositionPct(), caps.caps());

        double[] target = new double[n];
        System.arraycopy(capped.weights(), 0, target, 0, k);
        double[] before = names.stream().mapToDouble(name -> prior.weights().getOrDefault(name.ticker(), 0.0)).toArray();
        List<String> binding = new ArrayList<>();
        describeSizing(binding, proportions, sizedVol, targetGross);
        describeCaps(binding, capped, caps);
        double[] weights;
        double turnover;
        double tradeFraction;
        if (prior.isEmpty()) {
            weights = target;
            turnover = TurnoverControl.turnover(before, target);
            tradeFraction = 1;
            binding.add("max_turnover: no prior holdings, so the target is traded in full (no turnover step)");
        } else {
            boolean[] listedNow = new boolean[n];
            for (int i = 0; i < n; i++) {
                listedNow[i] = byTicker.containsKey(names.get(i).ticker());
            }
            double[] cappedPrior = CapAllocator.clip(before, listedNow, sectors, settings.maxPositionPct(), caps.caps());
            TurnoverControl.Result traded = TurnoverControl.apply(before, cappedPrior, target, settings.lambdaTc(),
                    settings.maxTurnover());
            weights = traded.weights();
            turnover = traded.turnover();
            tradeFraction = traded.tradeFraction();
            describeTurnover(binding, traded);
        }
        double gross = sum(weights);
        List<PickRow> rows = rows(names, weights, before);
        List<SectorWeight> sectorWeights = caps.weights(weights, sectors);
        Readiness checked = readiness.with(resultChecks(turnover, weights, names));
        return new Picks(readiness.date(), readiness.dataDate(), readiness.modelId(), readiness.fold(), sizing.name(),
                prior.source(), listed.size(), eligible.size(), rows, sectorWeights, sizedVol, targetGross, gross,
                ReturnCovariance.volatility(weights, covariance), turnover, tradeFraction, binding, checked);
    }

    private void describeSizing(List<String> binding, double[] proportions, double sizedVol, double targetGross) {
        if (sum(proportions) == 0) {
            binding.add("sizing: " + sizing.name() + " gives no name a weight; everything stays in cash");
        } else if (targetGross < 1) {
            binding.add(String.format(Locale.ROOT, "target_vol: the sized names' ex-ante volatility is %.2f%% at 100%% gross;"
                    + " %.2f%% gross meets %.2f%%", 100 * sizedVol, 100 * targetGross, 100 * settings.targetVol()));
        } else {
            binding.add(String.format(Locale.ROOT, "target_vol: not reached at 100%% gross (ex-ante %.2f%% against %.2f%%);"
                    + " gross is capped at 100%%", 100 * sizedVol, 100 * settings.targetVol()));
        }
    }

    private void describeCaps(List<String> binding, CapAllocator.Result capped, SectorCaps caps) {
        if (capped.namesAtCap() > 0) {
            binding.add(String.format(Locale.ROOT, "max_position_pct: %d names held at %.2f%%", capped.namesAtCap(),
                    100 * settings.maxPositionPct()));
        }
        for (int sector : capped.sectorsAtCap()) {
            binding.add(String.format(Locale.ROOT, "max_sector_mult: %s held at its cap of %.2f%% (%.2f x its %.2f%% of the"
                    + " universe)", caps.name(sector), 100 * caps.caps()[sector], settings.maxSectorMult(),
                    100 * caps.share(sector)));
        }
        if (capped.unplaced() > CapAllocator.TOLERANCE) {
            binding.add(String.format(Locale.ROOT, "caps: %.2f%% of capital could not be placed (every name left is at its"
                    + " position or sector cap) and stays in cash", 100 * capped.unplaced()));
        }
    }

    private void describeTurnover(List<String> binding, TurnoverControl.Result traded) {
        if (traded.forcedTurnover() > settings.maxTurnover()) {
            binding.add(String.format(Locale.ROOT, "max_turnover: forced sales of prior holdings beyond the caps or no longer"
                    + " listed alone turn over %.2f%%, above %.2f%%; the caps come first", 100 * traded.forcedTurnover(),
                    100 * settings.maxTurnover()));
        } else if (traded.bound()) {
            binding.add(String.format(Locale.ROOT, "max_turnover: the trade went %.1f%% of the way to the blend (lambda_tc %.2f),"
                    + " turning over %.2f%%", 100 * traded.tradeFraction(), settings.lambdaTc(), 100 * traded.turnover()));
        }
    }

    private static List<ReadinessCheck> resultChecks(double turnover, double[] weights, List<Candidate> names) {
        List<ReadinessCheck> checks = new ArrayList<>();
        String turnoverText = String.format(Locale.ROOT, "turnover %.2f%%", 100 * turnover);
        checks.add(turnover > TURNOVER_ALERT
                ? new ReadinessCheck("turnover", Severity.WARNING, turnoverText + " is above " + (int) (100 * TURNOVER_ALERT) + "%")
                : new ReadinessCheck("turnover", Severity.PASS, turnoverText));
        int largest = 0;
        for (int i = 1; i < weights.length; i++) {
            if (weights[i] > weights[largest]) {
                largest = i;
            }
        }
        String largestText = weights.length == 0 ? "no position" : String.format(Locale.ROOT, "largest position %s %.2f%%",
                names.get(largest).ticker(), 100 * weights[largest]);
        checks.add(weights.length > 0 && weights[largest] > POSITION_ALERT
                ? new ReadinessCheck("position_size", Severity.WARNING, largestText + " is above " + (int) (100 * POSITION_ALERT) + "%")
                : new ReadinessCheck("position_size", Severity.PASS, largestText));
        return checks;
    }

    private static List<PickRow> rows(List<Candidate> names, double[] weights, double[] before) {
        List<PickRow> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (weights[i] > 0 || before[i] > 0) {
                Candidate name = names.get(i);
                rows.add(new PickRow(name.ticker(), name.sector(), weights[i], name.alpha(), name.probability(), name.volatility(),
                        name.adv(), before[i]));
            }
        }
        rows.sort(Comparator.comparingDouble(PickRow::weight).reversed().thenComparing(PickRow::ticker));
        return rows;
    }

    private static Set<String> knownTickers(Connection connection) throws SQLException {
        Set<String> tickers = new HashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT ticker FROM tickers")) {
            while (rows.next()) {
                tickers.add(rows.getString(1));
            }
        }
        return tickers;
    }

    private static Map<String, String> sectorsOf(Connection connection, List<String> tickers) throws SQLException {
        Map<String, String> sectors = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT sector FROM tickers WHERE ticker = ?")) {
            for (String ticker : tickers) {
                statement.setString(1, ticker);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next() && rows.getString(1) != null) {
                        sectors.put(ticker, rows.getString(1));
                    }
                }
            }
        }
        return sectors;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** For the manifest: the settings the picks were made with. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("top_n", settings.topN());
        parameters.put("target_vol", settings.targetVol());
        parameters.put("min_adv", settings.minAdv());
        parameters.put("max_position_pct", settings.maxPositionPct());
        parameters.put("max_sector_mult", settings.maxSectorMult());
        parameters.put("lambda_tc", settings.lambdaTc());
        parameters.put("max_turnover", settings.maxTurnover());
        parameters.put("alpha_column", settings.alphaColumn());
        parameters.put("vol_column", settings.volColumn());
        parameters.put("adv_column", settings.advColumn());
        parameters.put("sizing", sizing.name());
        parameters.put("covariance_days", settings.covarianceDays());
        return parameters;
    }
}
