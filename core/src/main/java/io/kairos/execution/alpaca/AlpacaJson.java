package io.kairos.execution.alpaca;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.execution.Account;
import io.kairos.execution.Asset;
import io.kairos.execution.BrokerException;
import io.kairos.execution.BrokerOrder;
import io.kairos.execution.BrokerSession;
import io.kairos.execution.MarketClock;
import io.kairos.execution.OrderSide;
import io.kairos.execution.OrderStatus;
import io.kairos.execution.OrderType;
import io.kairos.execution.Position;
import io.kairos.execution.TimeInForce;
import io.kairos.http.BodyExcerpt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Trading API's objects leniently: unknown fields are ignored, only the fields Kairos cannot
 * work without are required, money and quantities are decimal strings read as {@link BigDecimal}
 * (numbers are accepted too), timestamps are RFC 3339 with any number of fractional digits and
 * {@code Z} or an offset. An order's side, type or time in force that Kairos never sends (a stop
 * leg, {@code ioc}) reads as null; an order state it does not know reads as {@link OrderStatus#UNKNOWN}.
 * An answer that cannot be read is a {@link BrokerException} of kind UNAVAILABLE naming the field
 * and the request it came from.
 */
final class AlpacaJson {

    private static final Logger LOG = LoggerFactory.getLogger(AlpacaJson.class);

    private AlpacaJson() {
    }

    /** {@code blocked} when either the account or its trading is blocked; the pre-July-2026 day-trading fields are ignored. */
    static Account account(JsonNode node, String from) {
        return new Account(text(node, "id", from), text(node, "status", from), decimal(node, "equity", from),
                decimal(node, "last_equity", from), decimal(node, "cash", from), decimal(node, "buying_power", from),
                node.path("account_blocked").asBoolean(false) || node.path("trading_blocked").asBoolean(false));
    }

    static MarketClock clock(JsonNode node, String from) {
        return new MarketClock(instant(node, "timestamp", from), bool(node, "is_open", from), instant(node, "next_open", from),
                instant(node, "next_close", from));
    }

    /** One calendar day: a plain date and New York wall-clock times ({@code 09:30}), no zone conversion. */
    static BrokerSession session(JsonNode node, String from) {
        String date = text(node, "date", from);
        String open = text(node, "open", from);
        String close = text(node, "close", from);
        try {
            return new BrokerSession(LocalDate.parse(date), LocalTime.parse(open), LocalTime.parse(close));
        } catch (DateTimeParseException e) {
            throw unreadable("has a calendar day whose date or times cannot be read", node, from);
        }
    }

    /** A missing {@code tradable} or {@code fractionable} reads as false: do not trade what the broker does not vouch for. */
    static Asset asset(JsonNode node, String from) {
        return new Asset(text(node, "symbol", from), node.path("tradable").asBoolean(false),
                node.path("fractionable").asBoolean(false), optionalText(node, "exchange"));
    }

    static Position position(JsonNode node, String from) {
        return new Position(text(node, "symbol", from), decimal(node, "qty", from), optionalDecimal(node, "avg_entry_price", from),
                optionalDecimal(node, "current_price", from), optionalDecimal(node, "market_value", from));
    }

    /** {@code qty} is null for a notional order; {@code filled_qty} is zero when absent. */
    static BrokerOrder order(JsonNode node, String from) {
        String id = text(node, "id", from);
        String wireStatus = optionalText(node, "status");
        OrderStatus status = OrderStatus.fromWire(wireStatus);
        if (status == OrderStatus.UNKNOWN) {
            LOG.warn("Alpaca reports order {} in the state '{}', which Kairos does not know; it is treated as UNKNOWN", id,
                    wireStatus);
        }
        BigDecimal filledQty = optionalDecimal(node, "filled_qty", from);
        return new BrokerOrder(id, optionalText(node, "client_order_id"), text(node, "symbol", from),
                known(OrderSide.class, optionalText(node, "side")), optionalDecimal(node, "qty", from),
                known(OrderType.class, optionalText(node, "type")), known(TimeInForce.class, optionalText(node, "time_in_force")),
                status, filledQty == null ? BigDecimal.ZERO : filledQty, optionalDecimal(node, "filled_avg_price", from),
                optionalInstant(node, "submitted_at", from), optionalInstant(node, "filled_at", from));
    }

    /** The elements of an array answer. */
    static List<JsonNode> elements(JsonNode node, String from) {
        if (!node.isArray()) {
            throw unreadable("is not a list", node, from);
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    private static <E extends Enum<E>> E known(Class<E> type, String wire) {
        if (wire == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field, String from) {
        String value = optionalText(node, field);
        if (value == null || value.isEmpty()) {
            throw unreadable("has no '" + field + "'", node, from);
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static boolean bool(JsonNode node, String field, String from) {
        JsonNode value = node.path(field);
        if (!value.isBoolean()) {
            throw unreadable("has no true or false '" + field + "'", node, from);
        }
        return value.booleanValue();
    }

    private static BigDecimal decimal(JsonNode node, String field, String from) {
        BigDecimal value = optionalDecimal(node, field, from);
        if (value == null) {
            throw unreadable("has no '" + field + "'", node, from);
        }
        return value;
    }

    private static BigDecimal optionalDecimal(JsonNode node, String field, String from) {
        String text = optionalText(node, field);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw unreadable("has '" + field + "' = '" + text + "', which is not a decimal number", node, from);
        }
    }

    private static Instant instant(JsonNode node, String field, String from) {
        Instant value = optionalInstant(node, field, from);
        if (value == null) {
            throw unreadable("has no '" + field + "'", node, from);
        }
        return value;
    }

    private static Instant optionalInstant(JsonNode node, String field, String from) {
        String text = optionalText(node, field);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw unreadable("has '" + field + "' = '" + text + "', which is not an RFC 3339 time", node, from);
        }
    }

    private static BrokerException unreadable(String what, JsonNode node, String from) {
        return new BrokerException(BrokerException.Kind.UNAVAILABLE, 200, "Alpaca's answer to " + from + " " + what + ": "
                + BodyExcerpt.of(node.toString()) + ". Run the command again; if it keeps happening, Alpaca's answers have"
                + " changed shape and Kairos needs an update.");
    }
}
