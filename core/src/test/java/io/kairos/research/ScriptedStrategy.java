package io.kairos.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A strategy that enters and exits on bars fixed in advance, to test the engine alone; it records what it was asked. */
final class ScriptedStrategy implements Strategy {

    private final int firstBar;
    private final Set<Integer> entries;
    private final Set<Integer> exits;
    final List<String> asked = new ArrayList<>();

    ScriptedStrategy(int firstBar, Set<Integer> entries, Set<Integer> exits) {
        this.firstBar = firstBar;
        this.entries = entries;
        this.exits = exits;
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public Map<String, Number> parameters() {
        return Map.of();
    }

    @Override
    public void prepare(Bars bars) {
    }

    @Override
    public int firstBar() {
        return firstBar;
    }

    @Override
    public boolean wantsEntry(int bar) {
        asked.add("entry?" + bar);
        return entries.contains(bar);
    }

    @Override
    public boolean wantsExit(int bar, int barsHeld) {
        asked.add("exit?" + bar + " held " + barsHeld);
        return exits.contains(bar);
    }
}
