package io.kairos.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The random building blocks: independent streams, unit-variance fat tails, stress episodes. */
class RandomDrawsTest {

    @Test
    void streamsDifferByPurposeAndIndexAndRepeatForTheSameKey() {
        long first = RandomStreams.of(42, RandomStreams.Purpose.PATH, 0).nextLong();
        assertEquals(first, RandomStreams.of(42, RandomStreams.Purpose.PATH, 0).nextLong());
        assertNotEquals(first, RandomStreams.of(42, RandomStreams.Purpose.PATH, 1).nextLong());
        assertNotEquals(first, RandomStreams.of(42, RandomStreams.Purpose.PROFILE, 0).nextLong());
        assertNotEquals(first, RandomStreams.of(43, RandomStreams.Purpose.PATH, 0).nextLong());
    }

    @Test
    void studentTDrawsHaveUnitVarianceAndFatTails() {
        for (int degrees : new int[] {5, 6}) {
            SplittableRandom random = new SplittableRandom(degrees);
            int n = 400_000;
            double sumSquares = 0;
            long beyondFourSd = 0;
            for (int i = 0; i < n; i++) {
                double draw = StudentT.standardized(random, degrees);
                sumSquares += draw * draw;
                beyondFourSd += Math.abs(draw) > 4 ? 1 : 0;
            }
            assertEquals(1, sumSquares / n, 0.05, "variance with " + degrees + " degrees of freedom");
            // a normal puts 6 in 100,000 draws beyond 4 sd; these put tens of times more
            assertTrue(beyondFourSd > 40 * 6 * n / 100_000, degrees + " dof, beyond 4 sd: " + beyondFourSd);
        }
    }

    @Test
    void stressComesAboutEveryThreeYearsForAboutSixWeeks() {
        boolean[] stressed = StressRegime.simulate(new SplittableRandom(1), 252_000);
        int episodes = 0;
        int stressedSessions = 0;
        for (int t = 0; t < stressed.length; t++) {
            stressedSessions += stressed[t] ? 1 : 0;
            episodes += stressed[t] && !stressed[t - 1] ? 1 : 0;
        }
        // 1000 years: one episode per 750 calm plus 30 stressed sessions, about 320 episodes
        assertTrue(episodes > 260 && episodes < 390, "episodes: " + episodes);
        double meanLength = (double) stressedSessions / episodes;
        assertTrue(meanLength > 25 && meanLength < 35, "mean episode length: " + meanLength);
    }
}
