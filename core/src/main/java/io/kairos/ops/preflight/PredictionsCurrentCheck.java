package io.kairos.ops.preflight;

import io.kairos.calendar.RebalanceFrequency;
import io.kairos.calendar.RebalanceSchedule;
import io.kairos.config.KairosConfig;
import io.kairos.portfolio.Readiness;
import io.kairos.portfolio.ReadinessCheck;
import io.kairos.portfolio.ReadinessChecker;
import io.kairos.portfolio.Severity;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The latest rebalance date has current features and predictions: check-data's freshness and predictions checks
 * ({@link ReadinessChecker}) on the last rebalance day on or before the last completed session.
 */
final class PredictionsCurrentCheck implements PreflightCheck {

    private static final Set<String> CHECKS = Set.of("data_freshness", "predictions");

    @Override
    public String name() {
        return "predictions current";
    }

    @Override
    public String rule() {
        return "Runs check-data's data_freshness and predictions checks on the last rebalance day (rebalance.frequency) on or"
                + " before the last completed session: feat_matrix reaches it and a model scored its names (calibrated when"
                + " portfolio.alpha_column is prob). CRITICAL there is a FAIL here (run kairos features, kairos train, kairos"
                + " calibrate as it says), WARNING a WARN.";
    }

    @Override
    public Verdict run(PreflightSubject subject) {
        KairosConfig config = subject.config();
        LocalDate rebalance = new RebalanceSchedule(subject.calendar(), RebalanceFrequency.parse(config.rebalance().frequency()))
                .last(subject.lastCompletedSession());
        Readiness readiness = new ReadinessChecker(subject.calendar(), config.portfolio()).check(subject.store().connection(), rebalance);
        List<ReadinessCheck> checks = readiness.checks().stream().filter(check -> CHECKS.contains(check.name())).toList();
        ReadinessCheck worst = checks.stream().max(Comparator.comparing(ReadinessCheck::severity)
                .thenComparing(check -> check.name().equals("predictions"))).orElseThrow();
        String reason = "rebalance day " + rebalance + ": " + worst.message();
        return switch (worst.severity()) {
            case CRITICAL -> Verdict.fail(reason);
            case WARNING -> Verdict.warn(reason);
            case PASS -> Verdict.pass(reason);
        };
    }
}
