package io.kairos.ops.preflight;

import io.kairos.KairosException;
import io.kairos.calendar.NyseCalendar;
import io.kairos.config.EffectiveConfig;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.execution.Account;
import io.kairos.execution.Broker;
import io.kairos.execution.sim.SimBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the preflight checks look at, each part made once on first use: the configuration, the store (opened
 * read-write, as a trading run would), the broker and its account. The check that owns a part reports its failure
 * whole ({@link #loadConfig()}, {@link #openStore()}, {@link #readAccount()}); the checks that merely need it are
 * skipped ({@link #config()}, {@link #store()}, {@link #broker()}, {@link #account()}).
 */
public final class PreflightSubject implements AutoCloseable {

    private final PreflightMode mode;
    private final Clock clock;
    private final NyseCalendar calendar;
    private final Path home;
    private final Memo<EffectiveConfig> effective;
    private final Memo<KairosConfig> config;
    private final Memo<PriceStore> store;
    private final Memo<Optional<Broker>> broker;
    private final Memo<Account> account;

    /**
     * @param home      KAIROS_HOME: its state/ folder holds the kill switch, the pipeline lock and the config pin
     * @param effective the effective settings (flags, environment, .env, files, defaults)
     * @param typed     the same settings typed and validated
     */
    public PreflightSubject(PreflightMode mode, Clock clock, NyseCalendar calendar, Path home, Supplier<EffectiveConfig> effective,
            Supplier<KairosConfig> typed, BrokerOpener brokers) {
        this.mode = mode;
        this.clock = clock;
        this.calendar = calendar;
        this.home = home.toAbsolutePath().normalize();
        this.effective = new Memo<>(effective);
        this.config = new Memo<>(typed);
        this.store = new Memo<>(this::open);
        this.broker = new Memo<>(() -> pickBroker(brokers));
        this.account = new Memo<>(() -> unasked().account());
    }

    public PreflightMode mode() {
        return mode;
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today in New York, where trading dates live. */
    public LocalDate today() {
        return now().atZone(NyseCalendar.ZONE).toLocalDate();
    }

    public NyseCalendar calendar() {
        return calendar;
    }

    /** The latest session whose close has passed. */
    public LocalDate lastCompletedSession() {
        return calendar.lastCompletedSession(now());
    }

    public Path stateFolder() {
        return home.resolve("state");
    }

    /** A path as the operator knows it: relative to KAIROS_HOME when inside it. */
    public String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(home) && !absolute.equals(home) ? home.relativize(absolute).toString() : absolute.toString();
    }

    // ---- the configuration

    /** The typed configuration, or the error that says why it is invalid. */
    public KairosConfig loadConfig() {
        return config.get();
    }

    /** The typed configuration; checks needing it are skipped (FAIL) when it is invalid. */
    public KairosConfig config() {
        return needed(config, PreflightStatus.FAIL, "configuration invalid");
    }

    /** The valid configuration when it loaded, without loading it. */
    public Optional<KairosConfig> loadedConfig() {
        return config.made();
    }

    /** The effective raw settings; skipped (FAIL) when they cannot even be read. */
    public EffectiveConfig effective() {
        return needed(effective, PreflightStatus.FAIL, "configuration unreadable");
    }

    // ---- the store

    /** The store, opened read-write, or the error that says why it cannot be. */
    public PriceStore openStore() {
        return store.get();
    }

    /** The store; checks needing it are skipped (FAIL) when it cannot be opened. */
    public PriceStore store() {
        return needed(store, PreflightStatus.FAIL, "the store cannot be opened");
    }

    private PriceStore open() {
        KairosConfig settings = config();
        Path file = settings.store().db();
        if (!Files.isRegularFile(file)) {
            throw KairosException.failure("No store at " + shown(file) + ": load prices first (kairos download --source ...)"
                    + " or point --db at the store.");
        }
        return PriceStore.open(file, PriceStore.Access.READ_WRITE, new StoreSettings(settings.store().memoryLimit()));
    }

    // ---- the broker

    /** The broker when there is one to ask, or the error that says why it cannot be made; empty without one. */
    public Optional<Broker> brokerIfAny() {
        return broker.get();
    }

    /** The broker's account, asked once: the error when the broker cannot be reached. */
    public Account readAccount() {
        return account.get();
    }

    /** The broker, once its account answered; checks needing it are skipped when there is none or it did not answer. */
    public Broker broker() {
        Broker found = unasked();
        account();
        return found;
    }

    /** The broker, before its account answered. */
    private Broker unasked() {
        return needed(broker, PreflightStatus.FAIL, "the broker cannot be set up").orElseThrow(
                () -> new PreflightSkip(PreflightStatus.WARN, "no broker to ask: no Alpaca keys and no simulated account yet"));
    }

    /** The account; checks needing it are skipped (FAIL) when the broker did not answer. */
    public Account account() {
        return needed(account, PreflightStatus.FAIL, "the broker did not answer");
    }

    /** The broker's now: the simulated broker lives at its own session's close, Alpaca at this machine's time. */
    public Instant brokerNow() {
        return broker() instanceof SimBroker sim ? sim.clock().timestamp() : now();
    }

    private Optional<Broker> pickBroker(BrokerOpener brokers) {
        KairosConfig settings = config();
        if (mode == PreflightMode.LIVE && !settings.secrets().alpacaKeys()) {
            throw new PreflightSkip(PreflightStatus.FAIL, "live mode needs the Alpaca keys, and they are not set");
        }
        return brokers.open(settings, this::store);
    }

    /** The part, or a skip with {@code status} and {@code why} when it could not be made (a skip inside is kept). */
    private static <T> T needed(Memo<T> part, PreflightStatus status, String why) {
        try {
            return part.get();
        } catch (PreflightSkip skip) {
            throw skip;
        } catch (RuntimeException e) {
            throw new PreflightSkip(status, why);
        }
    }

    @Override
    public void close() {
        store.made().ifPresent(PriceStore::close);
    }
}
