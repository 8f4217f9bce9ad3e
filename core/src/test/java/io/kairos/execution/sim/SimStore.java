package io.kairos.execution.sim;

import io.kairos.calendar.NyseCalendar;
import io.kairos.data.store.PriceStore;
import io.kairos.data.store.StoreSettings;
import io.kairos.execution.fill.FillModel;
import io.kairos.testsupport.StoreSql;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A store in a temp folder for the simulated broker: prices decided on {@link #DAY} (a Thursday), filled on
 * {@link #NEXT} (Friday) and {@link #AFTER} (Monday).
 */
public final class SimStore implements AutoCloseable {

    public static final NyseCalendar CALENDAR = NyseCalendar.create();
    public static final LocalDate DAY = LocalDate.of(2026, 3, 5);
    public static final LocalDate NEXT = LocalDate.of(2026, 3, 6);
    public static final LocalDate AFTER = LocalDate.of(2026, 3, 9);
    public static final BigDecimal INITIAL_CASH = new BigDecimal("200000");

    public final PriceStore store;

    public SimStore(Path folder) {
        store = PriceStore.open(folder.resolve("kairos.duckdb"), PriceStore.Access.READ_WRITE, StoreSettings.DEFAULTS);
    }

    /**
     * 21 sessions up to {@link #DAY}, close and closeadj 100 and 102 in turn (100 on DAY), 100,000 shares a day. Before
     * {@link #NEXT}: 20 log returns of +-ln(1.02), ten each, so a daily volatility of ln(1.02) * sqrt(20 / 19) =
     * 0.0203171; dollar volume 10.0M and 10.2M in turn, so an ADV of 10.1M.
     */
    public void history(String ticker) {
        List<LocalDate> sessions = CALENDAR.sessions(DAY.minusDays(40), DAY);
        sessions = sessions.subList(sessions.size() - 21, sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            double close = i % 2 == 0 ? 100 : 102;
            bar(ticker, sessions.get(i), close, close, close, close, 100_000);
        }
        StoreSql.execute(store, "INSERT INTO tickers (ticker, exchange) VALUES ('" + ticker + "', 'NYSE')");
    }

    public void bar(String ticker, LocalDate date, double open, double high, double low, double close, double volume) {
        StoreSql.execute(store, "INSERT INTO sep_base (ticker, date, open, high, low, close, volume, closeadj, closeunadj) VALUES ('"
                + ticker + "', DATE '" + date + "', " + open + ", " + high + ", " + low + ", " + close + ", " + volume + ", " + close
                + ", " + close + ")");
    }

    public SimBroker broker(LocalDate asOf) {
        return SimBroker.open(store, CALENDAR, FillModel.DEFAULTS, INITIAL_CASH, asOf);
    }

    @Override
    public void close() {
        store.close();
    }
}
