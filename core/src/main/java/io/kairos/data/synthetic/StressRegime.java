package io.kairos.data.synthetic;

import java.util.SplittableRandom;

/**
 * Occasional market-wide stress periods: a two-state Markov chain that enters stress about once
 * every three years and stays for about six weeks, so that a 10-year history holds a few sell-offs
 * with high volatility, falling prices and heavy volume, like 2008, 2011, 2015, 2020 or 2022.
 */
final class StressRegime {

    /** Daily chance that a calm market turns stressed (once per 750 sessions, about three years). */
    static final double ENTRY_CHANCE = 1.0 / 750;
    /** Daily chance that stress ends (mean stay 30 sessions). */
    static final double EXIT_CHANCE = 1.0 / 30;

    private StressRegime() {
    }

    /** Which of {@code sessions} sessions are stressed; the first is calm. */
    static boolean[] simulate(SplittableRandom random, int sessions) {
        boolean[] stressed = new boolean[sessions];
        boolean now = false;
        for (int t = 1; t < sessions; t++) {
            double u = random.nextDouble();
            now = now ? u >= EXIT_CHANCE : u < ENTRY_CHANCE;
            stressed[t] = now;
        }
        return stressed;
    }
}
