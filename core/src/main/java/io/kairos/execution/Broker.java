package io.kairos.execution;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A broker Kairos can trade at: the Alpaca Trading API ({@code alpaca}) or the simulated broker kept in
 * the store ({@code sim}). Every order reaches a broker through the order manager, after the pre-trade
 * checks and the kill switch; nothing else calls {@link #submit}.
 *
 * <p>Reads may be retried by an implementation; {@link #submit} never is: when its outcome is unknown it
 * throws {@link BrokerException} of kind {@link BrokerException.Kind#UNKNOWN_OUTCOME} and the caller looks
 * the order up by its client order id.
 */
public interface Broker {

    /** "alpaca" or "sim". */
    String name();

    /** True for a paper (or simulated) account, false when real money is at stake. */
    boolean paper();

    /** True when the broker takes bracket orders (an entry with take-profit and stop-loss legs). */
    boolean takesBrackets();

    Account account();

    MarketClock clock();

    /** The broker's trading sessions from {@code from} to {@code to}, both included. */
    List<BrokerSession> calendar(LocalDate from, LocalDate to);

    /** The asset, or empty when the broker does not know the symbol. */
    Optional<Asset> asset(String symbol);

    /**
     * Sends one order. Throws {@link BrokerException}: REFUSED when the broker definitively refused it,
     * DUPLICATE when an order with its client order id already exists, UNKNOWN_OUTCOME when it may or may
     * not have been accepted.
     */
    BrokerOrder submit(OrderRequest request);

    /** The order with this client order id, or empty when the broker has none. */
    Optional<BrokerOrder> orderByClientId(String clientOrderId);

    /** Orders, open ones only or all recent ones, oldest first. */
    List<BrokerOrder> orders(boolean openOnly);

    List<Position> positions();

    /** Requests the cancellation of every open order; returns the orders it asked to cancel. */
    List<BrokerOrder> cancelAllOrders();

    /** Cancels every open order and closes every position; returns the closing orders. */
    List<BrokerOrder> closeAllPositions();
}
