package io.kairos.cli;

import io.kairos.calendar.NyseCalendar;
import io.kairos.calendar.RebalanceFrequency;
import io.kairos.calendar.RebalanceSchedule;
import io.kairos.config.ConfigInputs;
import io.kairos.config.ConfigLoader;
import io.kairos.config.EffectiveConfig;
import io.kairos.config.KairosConfig;
import io.kairos.http.RetryPolicy;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.ops.ProgressListener;
import io.kairos.ops.health.HealthProbe;
import io.kairos.risk.KillSwitch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;

/**
 * The composition root: where the environment, the clock, the configuration and the long-lived
 * objects (the calendar, stores) are made, once, and handed to the commands.
 *
 * <p>KAIROS_HOME (set by scripts/kairos) is where config/, .env, data/ and outputs/ live, so the
 * binary works from any folder; paths typed on the command line are taken from the working folder.
 */
final class KairosContext {

    private final Map<String, String> environment;
    private final Clock clock;
    private final Path workingFolder;
    private final boolean terminal;
    private Path explicitConfigFile;
    private NyseCalendar calendar;
    private Path logsFolder;

    KairosContext(Map<String, String> environment, Clock clock, Path workingFolder, boolean terminal) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
        this.terminal = terminal;
    }

    Path home() {
        String home = environment.get("KAIROS_HOME");
        return home == null || home.isBlank() ? workingFolder : resolve(Path.of(home));
    }

    /** A path typed on the command line, taken from the working folder. */
    Path resolve(Path typed) {
        return workingFolder.resolve(typed).normalize();
    }

    void useConfigFile(Path file) {
        explicitConfigFile = file == null ? null : resolve(file);
    }

    EffectiveConfig effectiveConfig(ConfigFlags flags) {
        return ConfigLoader.load(ConfigInputs.standard(home(), explicitConfigFile, environment, flags.values()));
    }

    /** The typed configuration; loading it also starts logging where it says. */
    KairosConfig config(ConfigFlags flags) {
        KairosConfig config = KairosConfig.from(home(), effectiveConfig(flags));
        if (logsFolder == null) {
            logsFolder = config.paths().logs();
            Logging.configure(logsFolder, today());
        }
        return config;
    }

    /** Where the JSON log lines go (known once the configuration is loaded). */
    Path logsFolder() {
        return logsFolder == null ? home().resolve("logs") : logsFolder;
    }

    /** How hard every HTTP client retries a read (http.* settings). */
    static RetryPolicy retryPolicy(KairosConfig config) {
        return new RetryPolicy(config.http().maxAttempts(), config.http().initialBackoff(), config.http().maxBackoff());
    }

    /** The kill switch under KAIROS_HOME/state; it needs no configuration, so it works even when that is broken. */
    KillSwitch killSwitch() {
        return new KillSwitch(home().resolve("state"), clock);
    }

    /** Who runs the command, as the operating system says ($USER or $LOGNAME), for the records that name who acted. */
    Optional<String> user() {
        return Stream.of("USER", "LOGNAME").map(environment::get).filter(name -> name != null && !name.isBlank()).findFirst();
    }

    NyseCalendar calendar() {
        if (calendar == null) {
            calendar = NyseCalendar.create();
        }
        return calendar;
    }

    RebalanceSchedule schedule(KairosConfig config) {
        return new RebalanceSchedule(calendar(), RebalanceFrequency.parse(config.rebalance().frequency()));
    }

    Clock clock() {
        return clock;
    }

    /** Today's date in New York, where trading dates live. */
    LocalDate today() {
        return clock.instant().atZone(NyseCalendar.ZONE).toLocalDate();
    }

    /** The latest session whose close has passed. */
    LocalDate lastCompletedSession() {
        return calendar().lastCompletedSession(clock.instant());
    }

    /** The probe behind health, status and serve. */
    HealthProbe healthProbe(KairosConfig config) {
        return new HealthProbe(config, calendar(), schedule(config), BrokerAccess.forHealth(this, config), clock);
    }

    PriceStore openStore(KairosConfig config, PriceStore.Access access) {
        return PriceStore.open(config.store().db(), access, new StoreSettings(config.store().memoryLimit()));
    }

    /**
     * The HTTP client of every service. OkHttp's own silent retry of dropped connections is off: the
     * retry policy of the configuration decides, and says so in the log.
     */
    OkHttpClient http(KairosConfig config) {
        return new OkHttpClient.Builder()
                .connectTimeout(config.http().timeout())
                .readTimeout(config.http().timeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .build();
    }

    /** A bar on a terminal, periodic log lines otherwise (cron, make, CI). */
    ProgressListener progress(PrintWriter err) {
        return terminal ? new TerminalProgress(err) : new LoggedProgress(clock);
    }
}
