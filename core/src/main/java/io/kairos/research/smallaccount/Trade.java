package io.kairos.research.smallaccount;

import java.time.LocalDate;
import java.util.List;

/** One round trip: its fills in order (the entry first, the exit last) and why it ended. */
public record Trade(String symbol, List<Fill> fills, ExitReason exitReason) {

    public Trade {
        fills = List.copyOf(fills);
    }

    public LocalDate entryDate() {
        return fills.get(0).date();
    }

    public double entryPrice() {
        return fills.get(0).price();
    }

    public LocalDate exitDate() {
        return fills.get(fills.size() - 1).date();
    }

    public double exitPrice() {
        return fills.get(fills.size() - 1).price();
    }

    /** The fills of one kind, e.g. the add. */
    public List<Fill> fills(FillKind kind) {
        return fills.stream().filter(fill -> fill.kind() == kind).toList();
    }

    /** Dollars made (negative: lost), no costs. */
    public double profit() {
        return fills.stream().mapToDouble(Fill::cashFlow).sum();
    }
}
