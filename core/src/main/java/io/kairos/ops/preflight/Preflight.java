package io.kairos.ops.preflight;

import io.kairos.KairosException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code kairos preflight}: runs every check against one {@link PreflightSubject} and reports each. A check never
 * stops the others: one that throws is a FAIL with the error's message, one whose prerequisite is missing is skipped.
 */
public final class Preflight {

    private final List<PreflightCheck> checks;

    public Preflight(List<PreflightCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks of the issue, in the order an operator reads them. */
    public static Preflight standard() {
        return new Preflight(List.of(new ConfigValidCheck(), new ConfigPinCheck(), new BrokerKeysCheck(), new BaseUrlModeCheck(),
                new BrokerReachableCheck(), new AccountNotBlockedCheck(), new BrokerCalendarCheck(), new CalendarCoverageCheck(),
                new KillSwitchOffCheck(), new PipelineIdleCheck(), new StoreWritableCheck(), DiskSpaceCheck.standard(),
                new DataFreshCheck(), new PredictionsCurrentCheck(), new ModelAgeCheck(), new ReconcileCheck(),
                new OpenOrdersCheck(), new AuditChainCheck()));
    }

    public PreflightReport run(PreflightSubject subject) {
        List<PreflightOutcome> outcomes = new ArrayList<>();
        for (PreflightCheck check : checks) {
            Verdict verdict = verdict(check, subject);
            outcomes.add(new PreflightOutcome(check.name(), verdict.status(), verdict.reason(), check.rule(), verdict.details()));
        }
        return new PreflightReport(subject.mode(), subject.now(), outcomes);
    }

    private static Verdict verdict(PreflightCheck check, PreflightSubject subject) {
        try {
            return check.run(subject);
        } catch (PreflightSkip skip) {
            return new Verdict(skip.status(), "skipped: " + skip.getMessage(), List.of());
        } catch (RuntimeException e) {
            return Verdict.fail(message(e));
        }
    }

    /** The error's own words, on one line; an unexpected error also says what it is. */
    private static String message(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        if (e instanceof KairosException && !message.isEmpty()) {
            return message;
        }
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
