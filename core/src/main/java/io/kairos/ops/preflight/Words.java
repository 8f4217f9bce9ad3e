package io.kairos.ops.preflight;

/** Counts in the reasons' words: "1 open order", "2 open orders". */
final class Words {

    private Words() {
    }

    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
