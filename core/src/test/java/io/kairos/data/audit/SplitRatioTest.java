package io.kairos.data.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SplitRatioTest {

    @Test
    void movesWithinFivePercentOfASplitRatioAreNamedAfterIt() {
        assertEquals(Optional.of("split 2:1"), SplitRatio.matching(0.4898), "DISCK 2014-08-07, 2% off 1/2");
        assertEquals(Optional.of("split 3:2"), SplitRatio.matching(0.68));
        assertEquals(Optional.of("split 10:1"), SplitRatio.matching(0.1));
        assertEquals(Optional.of("reverse split 1:2"), SplitRatio.matching(2.05));
        assertEquals(Optional.of("reverse split 1:10"), SplitRatio.matching(9.6));
        assertEquals(Optional.empty(), SplitRatio.matching(0.5557), "BAX 2015-07-01, 11% off 1/2");
        assertEquals(Optional.empty(), SplitRatio.matching(0.3738), "NI 2015-07-02, 12% off 1/3");
    }
}
